// Generated from mocks/contracts/kvk.yaml by scripts/gen-types.mjs. Do not edit.
export interface paths {
    "/kvk/inschrijvingen/_zoek": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** De eigen inschrijvingen in het Handelsregister van de ingelogde burger */
        post: operations["zoekInschrijvingen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kvk/basisprofielen/{kvkNummer}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Het basisprofiel van een eigen inschrijving (officiële KVK-vorm)
         * @description Alleen voor een inschrijving uit het `_zoek`-resultaat van de ingelogde burger
         *     (eigenaar of vennoot); elk ander KVK-nummer geeft 403. Het 200-antwoord is het
         *     officiële `Basisprofiel` van KVK API Basisprofiel 1.3 (media type
         *     application/hal+json), met alleen een `self`-link naar dit pad.
         */
        get: operations["getBasisprofiel"];
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
        ZoekMetBurgerservicenummer: {
            /** @description Het BSN van de ingelogde burger zelf. Een ander BSN geeft 403. */
            burgerservicenummer: string;
        };
        InschrijvingenResultaat: {
            /**
             * @description De ondernemingen waarvan de burger eigenaar (eenmanszaak) of vennoot (vennootschap
             *     onder firma) is of was, de oudste eerst. Ook beëindigde ondernemingen staan erin.
             *     Leeg als de burger geen eigen onderneming heeft.
             */
            inschrijvingen: components["schemas"]["Inschrijving"][];
        };
        Inschrijving: {
            /** @description Het KVK-nummer van de onderneming (8 cijfers). Hiermee is het basisprofiel op te vragen. */
            kvkNummer: string;
            /** @description De naam van de onderneming (de eerste handelsnaam). */
            naam: string;
            /**
             * @description De rol van de burger in de onderneming; eigenaar van een eenmanszaak, of vennoot in een vennootschap onder firma.
             * @enum {string}
             */
            rol: "eigenaar" | "vennoot";
            /**
             * @description De rechtsvorm, met dezelfde waarden als `rechtsvorm` in het officiële KVK-basisprofiel.
             * @enum {string}
             */
            rechtsvorm: "Eenmanszaak" | "VennootschapOnderFirma";
            /**
             * Format: date
             * @description De datum waarop de onderneming is begonnen (JJJJ-MM-DD).
             */
            datumAanvang: string;
            /** @description De datum waarop de onderneming is beëindigd (JJJJ-MM-DD), of null als die nog bestaat. */
            datumEinde: string | null;
            inOnderzoek: components["schemas"]["InOnderzoek"];
            /**
             * Format: date
             * @description De datum waarop de inschrijving in het Handelsregister voor het laatst is gewijzigd (JJJJ-MM-DD).
             */
            datumLaatsteWijziging: string;
        };
        /**
         * @description null als niets aan deze inschrijving in onderzoek is. Anders twijfelt KVK aan de
         *     juistheid van een of meer gegevens en onderzoekt dat; `gegevens` noemt welke velden
         *     (velden van dit item, of van het basisprofiel: handelsnamen, sbiActiviteiten,
         *     adressen, totaalWerkzamePersonen), `datumIngangOnderzoek` sinds wanneer.
         */
        InOnderzoek: null | {
            /**
             * Format: date
             * @description De datum waarop het onderzoek is begonnen (JJJJ-MM-DD).
             */
            datumIngangOnderzoek: string;
            /** @description De namen van de velden die in onderzoek zijn. */
            gegevens: ("naam" | "rol" | "rechtsvorm" | "datumAanvang" | "datumEinde" | "handelsnamen" | "sbiActiviteiten" | "adressen" | "totaalWerkzamePersonen")[];
        };
        InvalidParam: {
            /** @description De naam van de parameter die niet klopt. */
            name: string;
            /** @description Soort fout: required, pattern, unknownParam of json. */
            code: string;
            /** @description Uitleg van de fout. */
            reason: string;
        };
        /** @description Foutbericht volgens RFC 9457 (application/problem+json). */
        Probleem: {
            /** Format: uri */
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            /** @description Vaste foutcode waarop de app zijn eigen tekst kiest, bijvoorbeeld paramsValidation, unauthorized, forbidden. */
            code?: string;
            invalidParams?: components["schemas"]["InvalidParam"][];
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
    zoekInschrijvingen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ZoekMetBurgerservicenummer"];
            };
        };
        responses: {
            /** @description De inschrijvingen (mogelijk geen). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InschrijvingenResultaat"];
                };
            };
            /** @description De body is geen geldige JSON of bevat een ongeldige of onbekende parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen burger-sessie, of een ander BSN dan dat van de ingelogde burger. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    getBasisprofiel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Het KVK-nummer van de inschrijving (8 cijfers). */
                kvkNummer: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het basisprofiel, in de vorm van het officiële KVK-schema Basisprofiel (zie de beschrijving). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": Record<string, never>;
                };
            };
            /** @description Het KVK-nummer bestaat niet uit 8 cijfers. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd of sessie verlopen. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen burger-sessie, of een inschrijving waarvan de ingelogde burger geen eigenaar of vennoot is. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
}
