// Generated from mocks/contracts/session.yaml by scripts/gen-types.mjs. Do not edit.
export interface paths {
    "/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De huidige sessie (schuift de verlooptijd op) */
        get: operations["getSession"];
        put?: never;
        /** Inloggen (mock DigiD) */
        post: operations["startSession"];
        /** Uitloggen */
        delete: operations["endSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/testpersonen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Alleen testomgevingen — wie kan inloggen
         * @description A real gateway answers 404 here; the sign-in page then offers only DigiD.
         */
        get: operations["listTestpersonen"];
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
        BurgerLogin: {
            /** @description 9 cijfers die de elfproef doorstaan, van een bekende testpersoon. */
            bsn: string;
        };
        AuditorLogin: {
            auditor: string;
        };
        Sessie: {
            /** @enum {string} */
            role: "burger" | "auditor";
            /** @description Volledige naam uit de BRP (burger) of naam van de auditor. */
            naam: string;
            /**
             * @description Alleen bij role=burger: het eigen BSN, zodat de app de Haal Centraal-body kan
             *     vullen. Staat alleen in het geheugen van de app, nooit in een URL of opslag.
             */
            bsn?: string;
            /**
             * @description Alleen bij role=burger: hoe de Logboeken Dataverwerkingen deze burger kennen
             *     (`dpl.core.data_subject_id` en `dpl.core.data_subject_id_type`). Versleuteld, zoals
             *     de standaard aanbeveelt: de app vraagt het eigen logboek hiermee op, nooit met een
             *     onversleuteld BSN (mocks/contracts/ldv-gateway.yaml).
             */
            logboekBetrokkene?: {
                id: string;
                /** Format: uri */
                type: string;
            };
            /**
             * Format: date-time
             * @description Verloopt na 15 minuten zonder verzoek (DigiD-norm); elk verzoek schuift dit op.
             */
            expiresAt: string;
        };
        Testpersonen: {
            personen: {
                burgerservicenummer: string;
                naam: string;
                situatie: string;
            }[];
            auditors: {
                id: string;
                naam: string;
                organisatie: string;
            }[];
        };
        InvalidParam: {
            name: string;
            code: string;
            reason: string;
        };
        Probleem: {
            /** Format: uri */
            type: string;
            title: string;
            status: number;
            detail?: string;
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
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ingelogd. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sessie"];
                };
            };
            /** @description Geen sessiecookie meegestuurd: een anonieme bezoeker. Geen fout, dus geen 401 (die zou in elke browserconsole als fout verschijnen bij het openen van de inlogpagina). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Er is een sessiecookie, maar de sessie bestaat niet (meer) of is verlopen. */
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
    startSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BurgerLogin"] | components["schemas"]["AuditorLogin"];
            };
        };
        responses: {
            /** @description Ingelogd. Zet het sessiecookie. */
            201: {
                headers: {
                    /** @description `mg_session=<opaque id>; Path=/; HttpOnly; SameSite=Strict` (production adds Secure) */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sessie"];
                };
            };
            /** @description Geen geldig BSN (patroon of elfproef) of geen geldige body. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen testpersoon of auditor met deze identificatie. */
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
    endSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Uitgelogd; het cookie is gewist (Max-Age=0). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listTestpersonen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Testpersonen en auditors. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Testpersonen"];
                };
            };
        };
    };
}
