// Generated from mocks/contracts/uwv.yaml by scripts/gen-types.mjs. Do not edit.
export interface paths {
    "/uwv/inkomstenverhoudingen/_zoek": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Banen en uitkeringen van de ingelogde burger */
        post: operations["zoekInkomstenverhoudingen"];
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
        InkomstenverhoudingenResultaat: {
            /**
             * @description Alle banen (dienstbetrekkingen) en uitkeringen vanaf 2006, de oudste eerst. Leeg
             *     voor wie nooit loon of een uitkering kreeg, zoals jonge kinderen.
             */
            inkomstenverhoudingen: components["schemas"]["Inkomstenverhouding"][];
        };
        /** @description Een baan of een uitkering; `soort` zegt welke. */
        Inkomstenverhouding: components["schemas"]["Dienstbetrekking"] | components["schemas"]["Uitkering"];
        Dienstbetrekking: {
            id: components["schemas"]["Id"];
            /**
             * @description Een baan in loondienst.
             * @constant
             */
            soort: "dienstbetrekking";
            werkgever: components["schemas"]["Inhoudingsplichtige"];
            datumAanvang: components["schemas"]["DatumAanvang"];
            datumEinde: components["schemas"]["DatumEinde"];
            /**
             * @description Het brutoloon (loon voor de loonheffingen) in hele euro's over de laatste maand
             *     die de werkgever heeft doorgegeven: de vorige maand bij een lopende baan, de
             *     laatste maand van de baan bij een beëindigde baan.
             */
            loonLaatsteMaand: number;
            /** @description Het aantal uren per week volgens het contract, zoals de werkgever dat doorgeeft. */
            aantalUrenPerWeek: number;
            inOnderzoek: components["schemas"]["InOnderzoek"];
            datumLaatsteWijziging: components["schemas"]["DatumLaatsteWijziging"];
        };
        Uitkering: {
            id: components["schemas"]["Id"];
            /**
             * @description Een uitkering of pensioen waarover loonheffing wordt ingehouden.
             * @constant
             */
            soort: "uitkering";
            /**
             * @description WW = werkloosheidsuitkering (UWV); ZW = Ziektewet-uitkering (UWV); WIA =
             *     arbeidsongeschiktheidsuitkering (UWV); Participatiewet = bijstand (gemeente);
             *     AOW = algemene ouderdomspensioen (Sociale Verzekeringsbank); pensioen =
             *     ouderdomspensioen van een pensioenfonds.
             * @enum {string}
             */
            soortUitkering: "WW" | "ZW" | "WIA" | "Participatiewet" | "AOW" | "pensioen";
            uitkeringsinstantie: components["schemas"]["Inhoudingsplichtige"];
            datumAanvang: components["schemas"]["DatumAanvang"];
            datumEinde: components["schemas"]["DatumEinde"];
            /** @description Het bruto uitkeringsbedrag in hele euro's over de laatste doorgegeven maand. */
            loonLaatsteMaand: number;
            /** @description Altijd null; een uitkering heeft geen uren. */
            aantalUrenPerWeek: null;
            inOnderzoek: components["schemas"]["InOnderzoek"];
            datumLaatsteWijziging: components["schemas"]["DatumLaatsteWijziging"];
        };
        /** @description Vaste aanduiding van deze inkomstenverhouding binnen de gegevens van deze persoon. Bevat geen BSN. */
        Id: string;
        /** @description De werkgever of uitkeringsinstantie die het loon of de uitkering betaalt en de loonheffing inhoudt. */
        Inhoudingsplichtige: {
            /** @description De naam van de werkgever of uitkeringsinstantie. */
            naam: string;
            /** @description Het nummer waaronder deze werkgever of instantie loonheffing afdraagt aan de Belastingdienst (fiscaal nummer, "L" en een volgnummer). */
            loonheffingennummer: string;
        };
        /**
         * Format: date
         * @description De eerste dag van de baan of uitkering (JJJJ-MM-DD). Kan vóór 2006 liggen als de baan of uitkering in 2006 nog liep.
         */
        DatumAanvang: string;
        /** @description De laatste dag van de baan of uitkering (JJJJ-MM-DD), of null als die nog loopt. */
        DatumEinde: string | null;
        /**
         * Format: date
         * @description De datum waarop de gegevens van deze inkomstenverhouding voor het laatst zijn gewijzigd, bijvoorbeeld door een nieuwe loonaangifte (JJJJ-MM-DD).
         */
        DatumLaatsteWijziging: string;
        /**
         * @description null als niets aan dit gegeven in onderzoek is. Anders twijfelt UWV aan de juistheid
         *     van een of meer gegevens en onderzoekt dat; `gegevens` noemt welke velden (de
         *     veldnamen van dit gegeven), `datumIngangOnderzoek` sinds wanneer.
         */
        InOnderzoek: null | {
            /**
             * Format: date
             * @description De datum waarop het onderzoek is begonnen (JJJJ-MM-DD).
             */
            datumIngangOnderzoek: string;
            /** @description De namen van de velden die in onderzoek zijn. */
            gegevens: ("werkgever" | "uitkeringsinstantie" | "datumAanvang" | "datumEinde" | "loonLaatsteMaand" | "aantalUrenPerWeek")[];
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
    zoekInkomstenverhoudingen: {
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
            /** @description De inkomstenverhoudingen (mogelijk geen). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InkomstenverhoudingenResultaat"];
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
