// Generated from mocks/specs/kvk/kvk-basisprofiel-v1.3-openapi.yaml by scripts/gen-types.mjs. Do not edit.
export interface paths {
    "/v1/basisprofielen/{kvkNummer}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Voor een specifiek bedrijf basisinformatie opvragen. */
        get: operations["getBasisprofielByKvkNummer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/basisprofielen/{kvkNummer}/eigenaar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Voor een specifiek bedrijf eigenaar informatie opvragen. */
        get: operations["getEigenaar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/basisprofielen/{kvkNummer}/hoofdvestiging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Voor een specifiek bedrijf hoofdvestigingsinformatie opvragen. */
        get: operations["getHoofdvestiging"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/basisprofielen/{kvkNummer}/vestigingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Voor een specifiek bedrijf een lijst met vestigingen opvragen. */
        get: operations["getVestigingen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Adres: {
            /** @description Correspondentieadres en/of bezoekadres */
            type?: string;
            /** @description Indicatie of het adres is afgeschermd */
            indAfgeschermd?: string;
            volledigAdres?: string;
            straatnaam?: string;
            /** Format: int32 */
            huisnummer?: number;
            huisnummerToevoeging?: string;
            huisletter?: string;
            aanduidingBijHuisnummer?: string;
            toevoegingAdres?: string;
            postcode?: string;
            /** Format: int32 */
            postbusnummer?: number;
            plaats?: string;
            straatHuisnummer?: string;
            postcodeWoonplaats?: string;
            regio?: string;
            land?: string;
            geoData?: components["schemas"]["GeoData"];
        };
        Basisprofiel: {
            /** @description Nederlands Kamer van Koophandel nummer: bestaat uit 8 cijfers */
            kvkNummer?: string;
            /** @description Hiermee geeft de onderneming aan geen ongevraagde reclame per post of verkoop aan de deur te willen ontvangen */
            indNonMailing?: string;
            /** @description Naam onder Maatschappelijke Activiteit */
            naam?: string;
            /** @description Registratiedatum onderneming in HR */
            formeleRegistratiedatum?: string;
            materieleRegistratie?: components["schemas"]["MaterieleRegistratie"];
            /**
             * Format: int32
             * @description Totaal aantal werkzame personen
             */
            totaalWerkzamePersonen?: number;
            /** @description De naam van de onderneming wanneer er statuten geregistreerd zijn. */
            statutaireNaam?: string;
            /** @description Alle namen waaronder een onderneming of vestiging handelt (op volgorde van registreren) */
            handelsnamen?: components["schemas"]["Handelsnaam"][];
            /** @description Code beschrijving van SBI activiteiten conform SBI 2008 (Standard Industrial Classification). Er wordt geen maximering toegepast in de resultaten. Zie ook KVK.nl/sbi */
            sbiActiviteiten?: components["schemas"]["SBIActiviteit"][];
            links?: components["schemas"]["Link"][];
            _embedded?: components["schemas"]["EmbeddedContainer"];
        };
        Eigenaar: {
            /** @description Rechtspersonen Samenwerkingsverbanden Informatie Nummer */
            rsin?: string;
            rechtsvorm?: string;
            uitgebreideRechtsvorm?: string;
            adressen?: components["schemas"]["Adres"][];
            links?: components["schemas"]["Link"][];
        };
        EmbeddedContainer: {
            hoofdvestiging?: components["schemas"]["Vestiging"];
            eigenaar?: components["schemas"]["Eigenaar"];
        };
        /** @description Basisregistratie Adressen en Gebouwen gegevens uit het kadaster */
        GeoData: {
            /** @description Unieke BAG id */
            addresseerbaarObjectId?: string;
            /** @description Unieke BAG nummeraanduiding id */
            nummerAanduidingId?: string;
            /**
             * Format: double
             * @description Lengtegraad
             */
            gpsLatitude?: number;
            /**
             * Format: double
             * @description Breedtegraad
             */
            gpsLongitude?: number;
            /**
             * Format: double
             * @description Rijksdriehoek X-coördinaat
             */
            rijksdriehoekX?: number;
            /**
             * Format: double
             * @description Rijksdriehoek Y-coördinaat
             */
            rijksdriehoekY?: number;
            /**
             * Format: double
             * @description Rijksdriehoek Z-coördinaat
             */
            rijksdriehoekZ?: number;
        };
        /** @description Alle namen waaronder een onderneming of vestiging handelt (op volgorde van registreren) */
        Handelsnaam: {
            naam?: string;
            /** Format: int32 */
            volgorde?: number;
        };
        Link: {
            rel?: string;
            href?: string;
            hreflang?: string;
            media?: string;
            title?: string;
            type?: string;
            deprecation?: string;
            profile?: string;
            name?: string;
        };
        MaterieleRegistratie: {
            /** @description Startdatum onderneming */
            datumAanvang?: string;
            /** @description Einddatum onderneming */
            datumEinde?: string;
        };
        /** @description Code beschrijving van SBI activiteiten conform SBI 2008 (Standard Industrial Classification). Er wordt geen maximering toegepast in de resultaten. Zie ook KVK.nl/sbi */
        SBIActiviteit: {
            sbiCode?: string;
            sbiOmschrijving?: string;
            indHoofdactiviteit?: string;
        };
        Vestiging: {
            /** @description Vestigingsnummer: uniek nummer dat bestaat uit 12 cijfers */
            vestigingsnummer?: string;
            /** @description Nederlands Kamer van Koophandel nummer: bestaat uit 8 cijfers */
            kvkNummer?: string;
            /** @description Rechtspersonen Samenwerkingsverbanden Informatie Nummer */
            rsin?: string;
            /** @description Hiermee geeft de onderneming aan geen ongevraagde reclame per post of verkoop aan de deur te willen ontvangen */
            indNonMailing?: string;
            /** @description Registratiedatum onderneming in HR */
            formeleRegistratiedatum?: string;
            materieleRegistratie?: components["schemas"]["MaterieleRegistratie"];
            /** @description De naam waaronder een onderneming of vestiging handelt */
            eersteHandelsnaam?: string;
            /** @description Hoofdvestiging (Ja/Nee) */
            indHoofdvestiging?: string;
            /** @description Commerciele vestiging  (Ja/Nee) */
            indCommercieleVestiging?: string;
            /** @description Aantal voltijd werkzame personen */
            voltijdWerkzamePersonen?: number;
            /** @description Totaal aantal werkzame personen */
            totaalWerkzamePersonen?: number;
            /** @description Aantal deeltijd werkzame personen */
            deeltijdWerkzamePersonen?: number;
            adressen?: components["schemas"]["Adres"][];
            websites?: string[];
            /** @description Code beschrijving van SBI activiteiten conform SBI 2008 (Standard Industrial Classification). Er wordt geen maximering toegepast in de resultaten. Zie ook KVK.nl/sbi */
            sbiActiviteiten?: components["schemas"]["SBIActiviteit"][];
            links?: components["schemas"]["Link"][];
        };
        VestigingBasis: {
            /** @description Vestigingsnummer: uniek nummer dat bestaat uit 12 cijfers */
            vestigingsnummer?: string;
            /** @description Nederlands Kamer van Koophandel nummer: bestaat uit 8 cijfers */
            kvkNummer?: string;
            /** @description De naam waaronder een onderneming of vestiging handelt */
            eersteHandelsnaam?: string;
            /** @description Hoofdvestiging (Ja/Nee) */
            indHoofdvestiging?: string;
            /** @description Indicatie of het adres is afgeschermd */
            indAdresAfgeschermd?: string;
            /** @description Commerciele vestiging  (Ja/Nee) */
            indCommercieleVestiging?: string;
            volledigAdres?: string;
            links?: components["schemas"]["Link"][];
        };
        VestigingList: {
            /** @description Nederlands Kamer van Koophandel nummer: bestaat uit 8 cijfers */
            kvkNummer?: string;
            /** Format: int64 */
            aantalCommercieleVestigingen?: number;
            /** Format: int64 */
            aantalNietCommercieleVestigingen?: number;
            /** Format: int64 */
            totaalAantalVestigingen?: number;
            vestigingen?: components["schemas"]["VestigingBasis"][];
            links?: components["schemas"]["Link"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getBasisprofielByKvkNummer: {
        parameters: {
            query?: {
                geoData?: boolean;
            };
            header?: never;
            path: {
                /** @description Nederlands Kamer van Koophandel nummer: bestaat uit 8 cijfers */
                kvkNummer: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description default response */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["Basisprofiel"];
                };
            };
        };
    };
    getEigenaar: {
        parameters: {
            query?: {
                geoData?: boolean;
            };
            header?: never;
            path: {
                /** @description Nederlands Kamer van Koophandel nummer: bestaat uit 8 cijfers */
                kvkNummer: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description default response */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["Eigenaar"];
                };
            };
        };
    };
    getHoofdvestiging: {
        parameters: {
            query?: {
                geoData?: boolean;
            };
            header?: never;
            path: {
                /** @description Nederlands Kamer van Koophandel nummer: bestaat uit 8 cijfers */
                kvkNummer: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description default response */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["Vestiging"];
                };
            };
        };
    };
    getVestigingen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Nederlands Kamer van Koophandel nummer: bestaat uit 8 cijfers */
                kvkNummer: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description default response */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["VestigingList"];
                };
            };
        };
    };
}
