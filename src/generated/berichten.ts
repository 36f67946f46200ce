// Generated from mocks/contracts/berichten.yaml by scripts/gen-types.mjs. Do not edit.
import type { RegistryId } from '@/lib/registries';
export interface paths {
    "/berichten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De eigen berichten, nieuwste eerst, met het aantal ongelezen */
        get: operations["listBerichten"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/berichten/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Markeer een bericht als gelezen (of ongelezen) */
        patch: operations["markeerBericht"];
        trace?: never;
    };
    "/bronhouders/{registratie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Wie houdt de gegevens van deze registratie over mij bij, en met welk zaaktype vraag ik correctie? */
        get: operations["getBronhouder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verwerkingsverantwoordelijken/{entityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * De organisatie die een verwerking deed, en het zaaktype om haar te vragen waarom
         * @description Issue 13: "Waarom is dit gebeurd?" gaat naar de verwerkingsverantwoordelijke van die
         *     verwerking (AVG art. 15), niet naar de houder van de bronregistratie. `entityId` is
         *     de organisatie uit het register van verwerkingsactiviteiten waar het logrecord naar
         *     wijst (`/rvva/{entityId}/…`, docs/decisions/020). Elke burger mag elke
         *     verwerkingsverantwoordelijke een vraag stellen.
         */
        get: operations["getVerwerkingsverantwoordelijke"];
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
        Verwerkingsverantwoordelijke: {
            /** @description RSIN van het portaal, voor `bronorganisatie` van de zaak. */
            bronorganisatie: string;
            organisatie: {
                id: string;
                /** Format: uuid */
                entityId: string;
                naam: string;
                /** @enum {string} */
                soort: "gemeente" | "rni" | "landelijk" | "organisatie";
                /** @description Voor `verantwoordelijkeOrganisatie` van de zaak. */
                rsin: string;
                gemeentecode?: string;
                /**
                 * @description Een antwoord van een bestuursorgaan is een besluit (UAVG art. 34): bezwaar. Van
                 *     een andere organisatie (pensioenfonds, verzekeraar, notaris) niet: de rechter
                 *     (UAVG art. 35) of de Autoriteit Persoonsgegevens.
                 */
                bestuursorgaan: boolean;
            };
            zaaktypen: {
                uitleg: components["schemas"]["ZaaktypeVerwijzing"];
            };
        };
        Berichtenbox: {
            ongelezen: number;
            berichten: components["schemas"]["Bericht"][];
        };
        Bericht: {
            /** Format: uuid */
            id: string;
            /**
             * @description Waar het bericht over gaat; de app kiest hiermee de vertaalde tekst. `verwerking`
             *     (issue 4): een nieuwe eenmalige opvraging van de gegevens van de burger, voor wie
             *     daarom vroeg (mocks/contracts/meldingen.yaml); zo'n bericht hoort bij geen zaak.
             *     `beperking` (issue 13): de bronhouder beperkt het gebruik van het gegeven zolang
             *     zij de juistheid onderzoekt, of meldt vooraf wanneer zij de beperking opheft (AVG
             *     art. 18 lid 3).
             * @enum {string}
             */
            soort: "ontvangen" | "status" | "verlenging" | "besluit" | "ingetrokken" | "verwerking" | "beperking";
            /** @description Nederlandse onderwerpregel (van de bronhouder). */
            onderwerp: string;
            /** @description Nederlandse tekst; altijd als tekst tonen */
            inhoud: string;
            /** @description Naam van de bronhouder. */
            afzender: string;
            /** Format: date-time */
            verzonden: string;
            gelezen: boolean;
            /** @description Omschrijving van de huidige status van de zaak. */
            status?: string | null;
            /** @description Alleen bij soort `verwerking`, de verwerking in het logboek (LDV) waar het bericht over gaat. */
            verwerking?: {
                /** Format: uuid */
                traceId: string;
                spanId: string;
            };
            /** @description De zaak van het bericht; null bij soort `verwerking` (geen zaak). */
            zaak: {
                /** Format: uuid */
                uuid: string;
                /**
                 * Format: uri
                 * @description De zaak in de Zaken API.
                 */
                url: string;
                identificatie: string;
            } | null;
        };
        ZaaktypeVerwijzing: {
            /** Format: uuid */
            uuid: string;
            /** Format: uri */
            url: string;
            identificatie: string;
            /** Format: duration */
            doorlooptijd: string;
            /** Format: duration */
            verlengingstermijn: string | null;
        };
        Bronhouder: {
            registratie: components["schemas"]["Registratie"];
            /** @description RSIN van het portaal, voor `bronorganisatie` van de zaak en de documenten. */
            bronorganisatie: string;
            bronhouder: {
                /** @description Stabiele sleutel: gemeente-0599, rvig-rni, kadaster … */
                id: string;
                naam: string;
                /** @enum {string} */
                soort: "gemeente" | "rni" | "landelijk";
                /** @description Voor `verantwoordelijkeOrganisatie` van de zaak. */
                rsin: string;
                gemeentecode?: string;
                /**
                 * Format: uuid
                 * @description De bronhouder als organisatie in de registers van verwerkingsactiviteiten
                 *     (`/rvva/{entityId}`), als die er een heeft: zo telt de app het eigen gebruik
                 *     van de bronhouder niet als ontvanger (AVG art. 19).
                 */
                entityId?: string;
            };
            zaaktypen: {
                correctie: components["schemas"]["ZaaktypeVerwijzing"];
                uitleg: components["schemas"]["ZaaktypeVerwijzing"];
            };
        };
        Probleem: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            code?: string;
            instance?: string;
            invalidParams?: {
                name: string;
                code: string;
                reason: string;
            }[];
        };
        Registratie: RegistryId;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listBerichten: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De berichten. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Berichtenbox"];
                };
            };
            /** @description Niet ingelogd. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    markeerBericht: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    gelezen: boolean;
                };
            };
        };
        responses: {
            /** @description Het bijgewerkte bericht. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bericht"];
                };
            };
            /** @description Ongeldige body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen eigen bericht met dit id (ook als het van een ander is). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    getBronhouder: {
        parameters: {
            query?: {
                /** @description Alleen BAG/WOZ, voor een object in een andere gemeente dan de woongemeente (met gemeentenaam). */
                gemeentecode?: string;
                gemeentenaam?: string;
                /**
                 * @description Alleen BRP: de soort gegeven waarvoor een eigen termijn geldt. Met
                 *     `staat-nationaliteit` is `zaaktypen.correctie` het zaaktype voor
                 *     gegevens over de burgerlijke staat of nationaliteit (vier weken, te verlengen met
                 *     acht weken); zonder is het dat voor de overige BRP-gegevens (vier weken, niet te
                 *     verlengen). Andere registraties kennen geen gegevenssoort (400).
                 */
                gegevenssoort?: "staat-nationaliteit";
            };
            header?: never;
            path: {
                registratie: components["schemas"]["Registratie"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De bronhouder en de zaaktypen. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bronhouder"];
                };
            };
            /** @description Onbekende registratie of ongeldige gemeentecode. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Niet ingelogd. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen bronhouder af te leiden (bijv. BAG zonder adres in Nederland). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    getVerwerkingsverantwoordelijke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                entityId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De organisatie en haar zaaktype voor een vraag om uitleg. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verwerkingsverantwoordelijke"];
                };
            };
            /** @description Niet ingelogd. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen organisatie met dit id in een register van verwerkingsactiviteiten. */
            404: {
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
