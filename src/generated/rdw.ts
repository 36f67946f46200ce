// Generated from mocks/contracts/rdw.yaml by scripts/gen-types.mjs. Do not edit.
export interface paths {
    "/rdw/voertuigen/_zoek": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** De voertuigen die op naam van de ingelogde burger staan */
        post: operations["zoekVoertuigen"];
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
        VoertuigenResultaat: {
            /** @description De voertuigen die nu op naam van de burger staan, het langst op naam eerst. Leeg als er geen voertuig op naam staat. */
            voertuigen: components["schemas"]["Voertuig"][];
        };
        /**
         * Format: date
         * @description Een datum als JJJJ-MM-DD (in de RDW open data een getal JJJJMMDD).
         */
        Datum: string;
        /** @enum {string} */
        JaNee: "Ja" | "Nee";
        Voertuig: {
            /** @description Het kenteken, in hoofdletters zonder streepjes (zoals in de RDW open data), bijvoorbeeld "GBB12G"; de app zet de streepjes volgens de sidecode (GBB-12-G). */
            kenteken: string;
            /**
             * @description De soort voertuig volgens de RDW.
             * @enum {string}
             */
            voertuigsoort: "Personenauto" | "Bedrijfsauto" | "Motorfiets" | "Bromfiets" | "Aanhangwagen";
            /** @description Het merk, in hoofdletters zoals de RDW het vastlegt (bijvoorbeeld "VOLKSWAGEN"). */
            merk: string;
            /** @description De naam waaronder het model wordt verkocht (bijvoorbeeld "GOLF"). */
            handelsbenaming: string;
            /** @description De carrosserievorm of inrichting (bijvoorbeeld "hatchback", "stationwagen", "gesloten opbouw"). */
            inrichting: string;
            /** @description De hoofdkleur van het voertuig, in hoofdletters. */
            eerste_kleur: string;
            /** @description Een tweede kleur; "Niet geregistreerd" als er geen is. */
            tweede_kleur: string;
            /** @description Het aantal zitplaatsen inclusief de bestuurder; null bij een aanhangwagen. */
            aantal_zitplaatsen: number | null;
            /**
             * @description De Europese voertuigcategorie (M1 = personenauto, N1 = lichte bedrijfsauto, L1e = bromfiets, L3e = motorfiets, O1/O2 = lichte aanhangwagen).
             * @enum {string}
             */
            europese_voertuigcategorie: "M1" | "N1" | "L1e" | "L3e" | "O1" | "O2";
            /**
             * @description De (eerste) brandstof, uit de dataset Gekentekende_voertuigen_brandstof; null bij een aanhangwagen.
             * @enum {string|null}
             */
            brandstof_omschrijving: "Benzine" | "Diesel" | "Elektriciteit" | "LPG" | null;
            /** @description De cilinderinhoud van de motor in cm³; null bij een elektrisch voertuig of aanhangwagen. */
            cilinderinhoud: number | null;
            /** @description De massa van het rijklare voertuig in kg (bij een aanhangwagen de massa van het lege voertuig). */
            massa_rijklaar: number;
            /** @description De catalogusprijs in euro's bij eerste toelating, inclusief btw en bpm; null als de RDW die niet heeft (zoals bij bromfietsen en aanhangwagens). */
            catalogusprijs: number | null;
            /** @description De datum waarop het voertuig voor het eerst (in Nederland of het buitenland) op de weg is toegelaten. */
            datum_eerste_toelating: components["schemas"]["Datum"];
            /** @description De datum waarop het voertuig voor het eerst in Nederland op naam is gezet (later dan de eerste toelating bij een geïmporteerd voertuig). */
            datum_eerste_tenaamstelling_in_nederland: components["schemas"]["Datum"];
            /** @description De datum van de laatste tenaamstelling van het voertuig. */
            datum_tenaamstelling: components["schemas"]["Datum"];
            /** @description De datum waarop de APK-keuring verloopt; null als het voertuig geen APK-plicht heeft (bromfiets, motorfiets, lichte aanhangwagen). */
            vervaldatum_apk: components["schemas"]["Datum"] | null;
            /**
             * @description Of het voertuig WA-verzekerd is volgens de RDW; "N.v.t." als er geen verzekeringsplicht is (aanhangwagen).
             * @enum {string}
             */
            wam_verzekerd: "Ja" | "Nee" | "N.v.t.";
            /** @description "Ja" als er voor dit voertuig een terugroepactie van de fabrikant openstaat. */
            openstaande_terugroepactie_indicator: components["schemas"]["JaNee"];
            /**
             * @description Het oordeel van de RDW over de geregistreerde kilometerstanden.
             * @enum {string}
             */
            tellerstandoordeel: "Logisch" | "Onlogisch" | "Geen oordeel" | "Niet van toepassing";
            /** @description "Ja" als het voertuig is geëxporteerd. */
            export_indicator: components["schemas"]["JaNee"];
            /** @description "Ja" als het voertuig als taxi is geregistreerd. */
            taxi_indicator: components["schemas"]["JaNee"];
            /**
             * @description Eigen veld (niet in de open data, wel in het kentekenregister): sinds wanneer dit
             *     voertuig op naam van de burger staat. Gelijk aan datum_tenaamstelling, tenzij het
             *     kentekenbewijs later opnieuw is uitgegeven zonder andere eigenaar.
             */
            tenaamstellingSinds: components["schemas"]["Datum"];
            inOnderzoek: components["schemas"]["InOnderzoek"];
            /** @description Eigen veld; de datum waarop de RDW de gegevens van dit voertuig voor het laatst heeft gewijzigd (bijvoorbeeld na een APK-keuring). */
            datumLaatsteWijziging: components["schemas"]["Datum"];
        };
        /**
         * @description null als niets aan dit voertuig in onderzoek is. Anders twijfelt de RDW aan de juistheid
         *     van een of meer gegevens en onderzoekt dat; `gegevens` noemt welke velden,
         *     `datumIngangOnderzoek` sinds wanneer.
         */
        InOnderzoek: null | {
            /**
             * Format: date
             * @description De datum waarop het onderzoek is begonnen (JJJJ-MM-DD).
             */
            datumIngangOnderzoek: string;
            /** @description De namen van de velden die in onderzoek zijn. */
            gegevens: ("kenteken" | "merk" | "handelsbenaming" | "eerste_kleur" | "datum_eerste_toelating" | "datum_tenaamstelling" | "tenaamstellingSinds" | "vervaldatum_apk" | "wam_verzekerd" | "tellerstandoordeel" | "massa_rijklaar")[];
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
    zoekVoertuigen: {
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
            /** @description De voertuigen (mogelijk geen). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoertuigenResultaat"];
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
}
