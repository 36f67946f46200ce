// Generated from mocks/contracts/bri.yaml by scripts/gen-types.mjs. Do not edit.
export interface paths {
    "/bri/inkomens/_zoek": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Het geregistreerde inkomen van de ingelogde burger per belastingjaar */
        post: operations["zoekInkomens"];
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
        InkomensResultaat: {
            /**
             * @description Het inkomen per belastingjaar, het oudste jaar eerst (de jaren 2019 tot en met
             *     2025). Een jaar zonder inkomen ontbreekt.
             */
            inkomens: components["schemas"]["Inkomen"][];
        };
        Inkomen: {
            /** @description Het kalenderjaar waarover het inkomen gaat. */
            belastingjaar: number;
            /**
             * @description Het verzamelinkomen in hele euro's: het totaal van inkomen uit werk en woning
             *     (box 1), aanmerkelijk belang (box 2) en sparen en beleggen (box 3), na aftrek.
             *     Kan negatief zijn bij verlies van een onderneming.
             */
            verzamelinkomen: number;
            /**
             * @description Waar het inkomen op is gebaseerd: aangifte = de ingediende aangifte
             *     inkomstenbelasting (nog geen definitieve aanslag); aanslag = de (definitieve)
             *     aanslag inkomstenbelasting; ambtshalve = zonder aangifte door de Belastingdienst
             *     vastgesteld uit de loongegevens van werkgevers en uitkeringsinstanties.
             * @enum {string}
             */
            bron: "aangifte" | "aanslag" | "ambtshalve";
            /**
             * @description definitief = het inkomen staat vast; voorlopig = het kan nog veranderen, bijvoorbeeld na de definitieve aanslag.
             * @enum {string}
             */
            status: "definitief" | "voorlopig";
            /**
             * Format: date
             * @description De datum waarop de Belastingdienst dit inkomen heeft vastgesteld (JJJJ-MM-DD).
             */
            datumVaststelling: string;
            inOnderzoek: components["schemas"]["InOnderzoek"];
            /**
             * Format: date
             * @description De datum waarop dit inkomensgegeven voor het laatst is gewijzigd (JJJJ-MM-DD).
             */
            datumLaatsteWijziging: string;
        };
        /**
         * @description null als niets aan dit inkomen in onderzoek is. Anders twijfelt de Belastingdienst aan de juistheid
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
            gegevens: ("verzamelinkomen" | "bron" | "status" | "datumVaststelling")[];
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
    zoekInkomens: {
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
            /** @description De inkomens per belastingjaar (mogelijk geen). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InkomensResultaat"];
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
