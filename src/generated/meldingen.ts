// Generated from mocks/contracts/meldingen.yaml by scripts/gen-types.mjs. Do not edit.
export interface paths {
    "/meldingen/verwerkingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De eigen keuze voor meldingen over verwerkingen (standaard uit) */
        get: operations["getMeldingenVerwerkingen"];
        /** Zet meldingen over nieuwe eenmalige opvragingen aan of uit */
        put: operations["putMeldingenVerwerkingen"];
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
        Meldingen: {
            /** @description Een bericht in de berichtenbox bij elke nieuwe eenmalige opvraging (verstrekkingswijze adhoc). */
            adHocRaadplegingen: boolean;
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getMeldingenVerwerkingen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De keuze. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meldingen"];
                };
            };
            /** @description Niet ingelogd (of geen burger). */
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
    putMeldingenVerwerkingen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Meldingen"];
            };
        };
        responses: {
            /** @description De opgeslagen keuze. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Meldingen"];
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
            /** @description Niet ingelogd (of geen burger). */
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
}
