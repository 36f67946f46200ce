// Generated from mocks/contracts/duo.yaml by scripts/gen-types.mjs. Do not edit.
export interface paths {
    "/duo/diplomas/_zoek": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** De diploma's van de ingelogde burger */
        post: operations["zoekDiplomas"];
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
        DiplomasResultaat: {
            /**
             * @description De diploma's, oudste eerst. Leeg als DUO geen diploma van deze persoon kent:
             *     bijvoorbeeld bij kinderen, bij diploma's uit het buitenland en bij oudere
             *     diploma's die niet in het diplomaregister zijn opgenomen.
             */
            diplomas: components["schemas"]["Diploma"][];
        };
        /**
         * @description Het niveau van het diploma: vmbo, havo of vwo (voortgezet onderwijs); mbo-1 tot en met
         *     mbo-4 (middelbaar beroepsonderwijs, niveau 1 tot en met 4); hbo-associate-degree,
         *     hbo-bachelor of hbo-master (hoger beroepsonderwijs); wo-bachelor of wo-master
         *     (universiteit); staatsexamen-nt2 (Staatsexamen Nederlands als tweede taal).
         * @enum {string}
         */
        Onderwijsniveau: "vmbo" | "havo" | "vwo" | "mbo-1" | "mbo-2" | "mbo-3" | "mbo-4" | "hbo-associate-degree" | "hbo-bachelor" | "hbo-master" | "wo-bachelor" | "wo-master" | "staatsexamen-nt2";
        Diploma: {
            /** @description Vaste aanduiding van dit diploma binnen de gegevens van deze persoon. Bevat geen BSN. */
            id: string;
            onderwijsniveau: components["schemas"]["Onderwijsniveau"];
            /**
             * @description De naam van de opleiding zoals DUO die registreert, bijvoorbeeld "B Verpleegkunde"
             *     (B = bachelor, M = master) of "havo, profiel Natuur en gezondheid".
             */
            opleidingsnaam: string;
            /** @description De school, hogeschool of universiteit die het diploma heeft uitgereikt (bij een staatsexamen het College voor Toetsen en Examens). */
            onderwijsinstelling: string;
            /**
             * Format: date
             * @description De datum waarop het diploma is behaald (JJJJ-MM-DD).
             */
            datumBehaald: string;
            inOnderzoek: components["schemas"]["InOnderzoek"];
            /**
             * Format: date
             * @description De datum waarop DUO dit diploma voor het laatst heeft vastgelegd of gewijzigd (JJJJ-MM-DD).
             */
            datumLaatsteWijziging: string;
        };
        /**
         * @description null als niets aan dit diploma in onderzoek is. Anders twijfelt DUO aan de juistheid
         *     van een of meer gegevens en onderzoekt dat; `gegevens` noemt welke velden (de
         *     veldnamen van dit diploma), `datumIngangOnderzoek` sinds wanneer.
         */
        InOnderzoek: null | {
            /**
             * Format: date
             * @description De datum waarop het onderzoek is begonnen (JJJJ-MM-DD).
             */
            datumIngangOnderzoek: string;
            /** @description De namen van de velden die in onderzoek zijn. */
            gegevens: ("onderwijsniveau" | "opleidingsnaam" | "onderwijsinstelling" | "datumBehaald")[];
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
    zoekDiplomas: {
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
            /** @description De diploma's die in het diplomaregister staan (mogelijk geen). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DiplomasResultaat"];
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
