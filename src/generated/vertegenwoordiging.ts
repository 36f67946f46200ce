// Generated from mocks/contracts/vertegenwoordiging.yaml by scripts/gen-types.mjs. Do not edit.
import type { RegistryId } from '@/lib/registries';
export interface paths {
    "/vertegenwoordiging": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Wie namens mij mag handelen, en wat zij namens mij deden */
        get: operations["getVertegenwoordiging"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/machtigingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Machtigingen die ik gaf en die ik kreeg */
        get: operations["listMachtigingen"];
        put?: never;
        /** Iemand machtigen (vanaf vandaag tot en met geldigTot) */
        post: operations["geefMachtiging"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/machtigingen/{id}/accepteren": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** De gemachtigde accepteert */
        post: operations["accepteerMachtiging"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/machtigingen/{id}/intrekken": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Machtiginggever of gemachtigde beëindigt de machtiging (idempotent) */
        post: operations["trekMachtigingIn"];
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
        /** @enum {string} */
        Rol: "ouderMetGezag" | "voogd" | "derdeMetGezag" | "curator" | "mentor" | "bewindvoerder" | "gemachtigde";
        /**
         * @description gegevens = de gegevens in de registraties bekijken; logboek = wie gebruikte de gegevens; verzoeken = correcties en vragen indienen en volgen, met hun berichten.
         * @enum {string}
         */
        Dienst: "gegevens" | "logboek" | "verzoeken";
        Overzicht: {
            vertegenwoordigers: {
                naam: string;
                rol: components["schemas"]["Rol"];
                /** @enum {string} */
                bron: "brp" | "ccbr" | "machtiging";
                /** Format: date */
                tot?: string;
            }[];
            /** @description Nieuwste eerst. Een keer per sessie, dienst en registratie bekeken; een benoemde handeling (verzoekIngediend) elke keer. */
            handelingen: {
                /** Format: uuid */
                id: string;
                /** Format: date-time */
                at: string;
                /** @description De vertegenwoordiger. */
                naam: string;
                rol: components["schemas"]["Rol"];
                dienst: components["schemas"]["Dienst"];
                register?: components["schemas"]["schemas-Registratie"];
                /** @enum {string} */
                handeling?: "verzoekIngediend";
            }[];
        };
        NieuweMachtiging: {
            gemachtigde: {
                bsn: string;
                /** Format: date */
                geboortedatum: string;
            };
            diensten: components["schemas"]["Dienst"][];
            /**
             * Format: date
             * @description Vanaf vandaag
             */
            geldigTot: string;
        };
        Machtiging: {
            /** Format: uuid */
            id: string;
            /** @description De andere partij (gemachtigde of machtiginggever). */
            naam: string;
            diensten: components["schemas"]["Dienst"][];
            /** Format: date */
            geldigVan: string;
            /** Format: date */
            geldigTot: string;
            /** @enum {string} */
            status: "wachtOpAcceptatie" | "actief" | "ingetrokken";
            bruikbaar: boolean;
            /** @enum {string} */
            reden?: "wachtOpAcceptatie" | "nogNietBegonnen" | "verlopen" | "ingetrokken";
            /** Format: date-time */
            aangemaakt: string;
            /** Format: date-time */
            geaccepteerd?: string;
            /** Format: date-time */
            ingetrokken?: string;
            /** @enum {string} */
            ingetrokkenDoor?: "machtiginggever" | "gemachtigde";
        };
        /**
         * @description One court order in the register of legal representatives, after the CCBR: the measure,
         *     the protected person, the representative, the court, the order's date and its period.
         *     Curatele: all affairs (BW 1:381); mentorschap: personal, non-financial affairs (BW
         *     1:453); beschermingsbewind: property (BW 1:438). Served to the gateway only.
         */
        Registratie: {
            id: string;
            /** @enum {string} */
            soort: "curatele" | "beschermingsbewind" | "mentorschap";
            betrokkeneBsn: string;
            vertegenwoordiger: {
                /** @constant */
                soort: "natuurlijkPersoon";
                bsn: string;
                naam: string;
            } | {
                /** @constant */
                soort: "rechtspersoon";
                naam: string;
                kvkNummer: string;
            };
            rechtbank: string;
            /** Format: date */
            uitspraakdatum: string;
            /** Format: date */
            ingangsdatum: string;
            /** Format: date */
            einddatum?: string;
        };
        Probleem: {
            /** Format: uri */
            type: string;
            title: string;
            status: number;
            detail?: string;
            code?: string;
            reden?: string;
            invalidParams?: {
                name: string;
                code: string;
                reason: string;
            }[];
        };
        "schemas-Registratie": RegistryId;
    };
    responses: {
        /** @description Fout (problem+json). */
        Probleem: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Probleem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getVertegenwoordiging: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Overzicht. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Overzicht"];
                };
            };
            401: components["responses"]["Probleem"];
            403: components["responses"]["Probleem"];
        };
    };
    listMachtigingen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Beide lijsten, nieuwste eerst. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        gegeven: components["schemas"]["Machtiging"][];
                        ontvangen: components["schemas"]["Machtiging"][];
                    };
                };
            };
            401: components["responses"]["Probleem"];
            403: components["responses"]["Probleem"];
        };
    };
    geefMachtiging: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NieuweMachtiging"];
            };
        };
        responses: {
            /** @description Gegeven; wacht op acceptatie door de gemachtigde. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Machtiging"];
                };
            };
            400: components["responses"]["Probleem"];
            401: components["responses"]["Probleem"];
            403: components["responses"]["Probleem"];
            /** @description Deze persoon heeft al een lopende machtiging van u. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description BSN en geboortedatum horen niet bij dezelfde persoon (één antwoord voor onbekend en niet passend). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    accepteerMachtiging: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Actief. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Machtiging"];
                };
            };
            404: components["responses"]["Probleem"];
            409: components["responses"]["Probleem"];
        };
    };
    trekMachtigingIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ingetrokken; de volgende aanvraag van de gemachtigde krijgt 403. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Machtiging"];
                };
            };
            404: components["responses"]["Probleem"];
        };
    };
}
