// Generated from mocks/contracts/session.yaml by scripts/gen-types.mjs. Do not edit.
import type { RegistryId } from '@/lib/registries';
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
    "/auth/session/namens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Namens iemand anders handelen (of weer voor uzelf, met het eigen BSN) */
        post: operations["actOnBehalf"];
        /** Terug naar uw eigen gegevens */
        delete: operations["actForSelf"];
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
            /** @description Volledige naam uit de BRP (burger) of naam van de auditor; bij vertegenwoordiging de vertegenwoordiger (wie ingelogd is). */
            naam: string;
            /**
             * @description Alleen bij role=burger: het BSN van de persoon wiens gegevens de sessie dient (het
             *     eigen BSN, of dat van wie men vertegenwoordigt), zodat de app de Haal Centraal-body
             *     kan vullen. Staat alleen in het geheugen van de app, nooit in een URL of opslag.
             */
            bsn?: string;
            namens?: components["schemas"]["Vertegenwoordiging"];
            /**
             * @description Alleen bij role=burger: iedereen met wie de ingelogde persoon een vertegenwoordigings-
             *     relatie heeft, toegestaan of geweigerd (met reden), vandaag volgens de bronnen.
             */
            vertegenwoordiging?: components["schemas"]["Vertegenwoordiging"][];
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
        /**
         * @description Een relatie tussen de ingelogde persoon en iemand voor wie die kan (of kon) handelen.
         *     `bsn` alleen als het mag (nodig om te wisselen); bij een weigering alleen naam en reden.
         */
        Vertegenwoordiging: {
            bsn?: string;
            naam: string;
            /** @enum {string} */
            rol: "ouderMetGezag" | "voogd" | "derdeMetGezag" | "curator" | "mentor" | "bewindvoerder" | "gemachtigde";
            /**
             * @description BRP (gezag), het register van wettelijk vertegenwoordigers (CCBR-model), of het machtigingenregister.
             * @enum {string}
             */
            bron: "brp" | "ccbr" | "machtiging";
            toegestaan: boolean;
            /** @enum {string} */
            reden?: "gezagNietTeBepalen" | "tijdelijkGeenGezag" | "gezagInOnderzoek" | "anderHeeftGezag" | "meerderjarig" | "overleden" | "beeindigd" | "nogNietBegonnen" | "ingetrokken" | "verlopen" | "wachtOpAcceptatie" | "curateleNietInBrp";
            /**
             * Format: date
             * @description De laatste dag waarop de relatie geldt, als die bekend is (18e verjaardag min een dag, einddatum).
             */
            tot?: string;
            diensten: ("gegevens" | "logboek" | "verzoeken")[];
            registers: components["schemas"]["Registratie"][];
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
            /** @description Bij een weigering van vertegenwoordiging (issue 14) de reden (zie Vertegenwoordiging.reden, plus geenRelatie). */
            reden?: string;
            invalidParams?: components["schemas"]["InvalidParam"][];
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
    actOnBehalf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    bsn: string;
                };
            };
        };
        responses: {
            /** @description De sessie dient nu deze persoon; `namens` zegt in welke rol. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sessie"];
                };
            };
            /** @description Geen geldige body. */
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
            /** @description U mag (nu) niet namens deze persoon handelen. `reden` zegt waarom; zonder enige relatie is dat `geenRelatie` (hetzelfde antwoord, zodat niemand hiermee kan uitzoeken wie met wie verbonden is). */
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
    actForSelf: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De sessie dient weer de ingelogde persoon zelf. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Sessie"];
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
