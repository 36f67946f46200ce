// Generated from mocks/contracts/audit.yaml by scripts/gen-types.mjs. Do not edit.
import type { RegistryId } from '@/lib/registries';
export interface paths {
    "/audit/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Voortgang van het klaarzetten van de verwerkingen (start het als dat nog niet loopt) */
        get: operations["getAuditStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/bevoegdheid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De bevoegdheid (remit) van de ingelogde auditor */
        get: operations["getAuditBevoegdheid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/catalogus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Keuzelijsten voor de filters (binnen de bevoegdheid) en de uitleg van elke afwijkingsregel */
        get: operations["getAuditCatalogus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verwerkingen van alle betrokkenen zoeken (gepseudonimiseerd)
         * @description Cursor pagination: `volgende` is the cursor of the next page, null on the last page.
         *     A cursor belongs to one query (filters + sort); using it with other filters is a 400.
         *     The first page of a search is recorded on the access trail.
         */
        get: operations["searchAuditRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/aggregates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tellingen voor dezelfde filters */
        get: operations["getAuditAggregates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * CSV-export van een gefilterd resultaat (gestreamd, maximaal 100.000 regels)
         * @description The body is streamed in chunks; `X-Total-Count` is the number of matches and
         *     `X-Export-Rows` the number of rows that follow (at most 100,000), so the client can
         *     show progress while it reads. Recorded on the access trail.
         */
        get: operations["exportAuditRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/subjects/{pseudoniem}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * De identiteit achter een pseudoniem tonen (met reden; wordt vastgelegd)
         * @description The reason is normalised to NFC and trimmed; it is refused (400, `invalidParams[0].code`)
         *     when it has control characters other than a line break (`control`), invisible or
         *     format characters such as zero-width spaces, Hangul fillers or bidi overrides
         *     (`invisible`), a letter with more than three combining marks (`marks`), markup
         *     (`markup`), fewer than 20 visible characters (`tooShort`) or more than 1000
         *     (`tooLong`). What is stored is exactly what was shown.
         *
         *     A person with geheimhouding needs four eyes: the answer is then 202 with the open
         *     request, and nothing about the identity. Asking again returns the same request.
         */
        post: operations["revealAuditSubject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/onthullingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verzoeken om een onthulling met vier ogen, van de eigen organisatie (nieuwste eerst) */
        get: operations["getAuditOnthullingen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/onthullingen/{id}/besluit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een verzoek goedkeuren of afwijzen (een andere auditor dan de aanvrager) */
        post: operations["decideAuditOnthulling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/onthullingen/{id}/onthullen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Na goedkeuring de identiteit tonen (alleen de aanvrager; wordt vastgelegd) */
        post: operations["revealApprovedAuditOnthulling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/trail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Het toegangslogboek van de eigen organisatie en de organisaties waarop zij toezicht houdt (nieuwste eerst)
         * @description Read-only. POST, PUT, PATCH and DELETE here and on `/audit/trail/{id}` answer 405.
         */
        get: operations["getAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/trail/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Het toegangslogboek als CSV (de export zelf staat er ook in)
         * @description Columns: id, tijd, bevoegdheid, auditor_id, auditor_naam, actie, pseudoniem, reden,
         *     verzoek, aantal, filters (`key=value&…`), vorige_hash, hash. `hash` is SHA-256 over the
         *     entry's canonical form; `vorige_hash` links it to the previous entry of the same remit.
         */
        get: operations["exportAuditTrail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit/sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Termijnen van correctieverzoeken per bronhouder (uit de ZGW-zaken), binnen de bevoegdheid */
        get: operations["getAuditSla"];
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
        /** @description Keyed hash of the subject, stable per subject. Never a BSN. */
        Pseudoniem: string;
        Registratie: RegistryId;
        /** @enum {string} */
        Grondslag: "Consent" | "Contract" | "LegalObligation" | "LegitimateInterest" | "OfficialAuthorityOfController" | "PublicInterest" | "VitalInterest";
        /** @enum {string} */
        Uitvoering: "mens" | "systeem";
        /** @enum {string} */
        Afwijking: "geen-grondslag" | "categorie-buiten-doel" | "volume-piek" | "buiten-kantoortijd" | "herhaald-opgevraagd" | "geheim-of-overleden";
        Uitleg: {
            nl: string;
            en: string;
        };
        Voortgang: {
            /** @enum {string} */
            status: "niet-gestart" | "bezig" | "klaar";
            /** @enum {string} */
            fase: "genereren" | "analyseren" | "indexeren" | "klaar";
            records: number;
            doel: number;
            voortgang: number;
            duurMs?: number;
        };
        Verwijzing: {
            /** Format: uuid */
            id: string;
            naam: string;
        };
        Catalogus: {
            organisaties: components["schemas"]["Verwijzing"][];
            activiteiten: {
                /** Format: uuid */
                id: string;
                naam: string;
                /** Format: uuid */
                organisatie: string;
            }[];
            registraties: components["schemas"]["Registratie"][];
            grondslagen: components["schemas"]["Grondslag"][];
            categorieen: string[];
            anomalieen: {
                soort: components["schemas"]["Afwijking"];
                uitleg: components["schemas"]["Uitleg"];
            }[];
            /** @description The thresholds the rules use. */
            regels: {
                [key: string]: number;
            };
        };
        Verwerking: {
            id: string;
            spanId: string;
            /** Format: uuid */
            traceId: string;
            /** Format: date-time */
            tijd: string;
            pseudoniem: components["schemas"]["Pseudoniem"];
            activiteit: {
                /** Format: uuid */
                id: string;
                naam: string;
                inRegister: boolean;
            };
            organisatie: components["schemas"]["Verwijzing"];
            ontvanger?: components["schemas"]["Verwijzing"];
            registratie: components["schemas"]["Registratie"];
            grondslagen: components["schemas"]["Grondslag"][];
            categorieen: string[];
            uitvoering: components["schemas"]["Uitvoering"];
            /** @description Confidential processing (investigation, intelligence); never shown to the citizen. */
            vertrouwelijk: boolean;
            /** @enum {string} */
            status: "Ok" | "Error";
            anomalieen: components["schemas"]["Afwijking"][];
        };
        Zoekresultaat: {
            totaal: number;
            records: components["schemas"]["Verwerking"][];
            volgende: string | null;
        };
        Telling: number;
        Tellingen: {
            totaal: components["schemas"]["Telling"];
            perOrganisatie: {
                /** Format: uuid */
                id: string;
                naam: string;
                aantal: components["schemas"]["Telling"];
            }[];
            perMaand: {
                maand: string;
                aantal: components["schemas"]["Telling"];
            }[];
            perGrondslag: {
                /** @description A DPV legal basis, or `Geen` for processing without one. */
                grondslag: components["schemas"]["Grondslag"] | "Geen";
                aantal: components["schemas"]["Telling"];
            }[];
            perRegistratie: {
                registratie: components["schemas"]["Registratie"];
                aantal: components["schemas"]["Telling"];
            }[];
            perCategorie: {
                categorie: string;
                aantal: components["schemas"]["Telling"];
            }[];
            perAnomalie: {
                soort: components["schemas"]["Afwijking"];
                aantal: components["schemas"]["Telling"];
            }[];
        };
        Bevoegdheid: {
            /** @enum {string} */
            id: "fg-rotterdam" | "rvig" | "ap" | "ctivd";
            auditor: {
                id: string;
                naam: string;
            };
            toezichthouder: components["schemas"]["Verwijzing"];
            /** @enum {string} */
            rol: "functionaris-gegevensbescherming" | "toezichthouder";
            wettelijkeBasis: string;
            uitleg: components["schemas"]["Uitleg"];
            /** @description Organisations whose processing is in the remit as a whole. */
            organisaties: components["schemas"]["Verwijzing"][];
            /** @description Also in the remit: disclosures from this registry, as the receiving organisations logged them. */
            verstrekkingenUit?: {
                registratie: components["schemas"]["Registratie"];
                verstrekkingswijzen: ("spontaan" | "adhoc" | "selectie" | "intern")[];
            };
            vierOgenBijGeheimhouding: boolean;
        };
        Onthullingsverzoek: {
            id: string;
            /** Format: date-time */
            tijd: string;
            pseudoniem: components["schemas"]["Pseudoniem"];
            aangevraagdDoor: components["schemas"]["AuditorRef"];
            reden: string;
            /** @enum {string} */
            status: "wacht" | "goedgekeurd" | "afgewezen";
            beoordeeldDoor?: components["schemas"]["AuditorRef"];
            /** Format: date-time */
            beoordeeldOp?: string;
        };
        AuditorRef: {
            id: string;
            naam: string;
        };
        Onthulling: {
            pseudoniem: components["schemas"]["Pseudoniem"];
            /**
             * @description SYNTHETISCH for the generated subjects that fill the universe to 1,000,000 records.
             * @enum {string}
             */
            identificatieType: "BSN" | "SYNTHETISCH";
            identificatie: string;
            naam?: string;
        };
        Toegangslogboek: {
            acties: {
                id: string;
                /** Format: date-time */
                tijd: string;
                /** @enum {string} */
                bevoegdheid: "fg-rotterdam" | "rvig" | "ap" | "ctivd";
                auditor: components["schemas"]["AuditorRef"];
                /** @enum {string} */
                actie: "zoeken" | "exporteren" | "onthulling-aangevraagd" | "onthulling-goedgekeurd" | "onthulling-afgewezen" | "onthullen" | "logboek-exporteren";
                filters: {
                    [key: string]: string;
                };
                aantal?: number;
                pseudoniem?: components["schemas"]["Pseudoniem"];
                reden?: string;
                /** @description The four-eyes request this entry belongs to. */
                verzoek?: string;
                /** @description Hash of the previous entry of the same remit (64 zeros for the first). */
                vorige: string;
                /** @description SHA-256 over the entry's canonical form. */
                hash: string;
            }[];
        };
        Termijnen: {
            /** Format: date */
            peildatum: string;
            houders: {
                id: string;
                naam: string;
                open: number;
                overTijd: number;
                afgehandeld: number;
                verlengd: number;
                mediaanDagen: number | null;
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
            retryAfter?: number;
            invalidParams?: components["schemas"]["InvalidParam"][];
        };
    };
    responses: {
        /** @description Niet ingelogd. */
        NietIngelogd: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Probleem"];
            };
        };
        /** @description Ingelogd, maar niet als auditor (code `forbidden`), of buiten de bevoegdheid van deze auditor (code `outsideRemit`). */
        GeenToegang: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Probleem"];
            };
        };
        /** @description Een filter, cursor of reden klopt niet. */
        OngeldigVerzoek: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Probleem"];
            };
        };
        /** @description De verwerkingen worden nog klaargezet; zie /audit/status. */
        BezigMetOpbouwen: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Probleem"];
            };
        };
    };
    parameters: {
        /** @description Begindatum (inclusief). */
        van: string;
        /** @description Einddatum (inclusief). */
        tot: string;
        /** @description RvVA-entity-id van de verwerkende organisatie. */
        organisatie: string;
        registratie: components["schemas"]["Registratie"];
        /** @description RvVA-id van de verwerkingsactiviteit. */
        activiteit: string;
        grondslag: components["schemas"]["Grondslag"];
        categorie: string;
        uitvoering: components["schemas"]["Uitvoering"];
        anomalie: components["schemas"]["Afwijking"] | "alle";
        pseudoniem: components["schemas"]["Pseudoniem"];
        sorteer: "tijd" | "-tijd" | "organisatie" | "-organisatie";
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAuditStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De voortgang. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Voortgang"];
                };
            };
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
        };
    };
    getAuditBevoegdheid: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Wat deze auditor mag zien. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Bevoegdheid"];
                };
            };
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
        };
    };
    getAuditCatalogus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Organisaties, activiteiten, registraties, grondslagen, categorieën en regels. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Catalogus"];
                };
            };
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
        };
    };
    searchAuditRecords: {
        parameters: {
            query?: {
                /** @description Begindatum (inclusief). */
                van?: components["parameters"]["van"];
                /** @description Einddatum (inclusief). */
                tot?: components["parameters"]["tot"];
                /** @description RvVA-entity-id van de verwerkende organisatie. */
                organisatie?: components["parameters"]["organisatie"];
                registratie?: components["parameters"]["registratie"];
                /** @description RvVA-id van de verwerkingsactiviteit. */
                activiteit?: components["parameters"]["activiteit"];
                grondslag?: components["parameters"]["grondslag"];
                categorie?: components["parameters"]["categorie"];
                uitvoering?: components["parameters"]["uitvoering"];
                anomalie?: components["parameters"]["anomalie"];
                pseudoniem?: components["parameters"]["pseudoniem"];
                sorteer?: components["parameters"]["sorteer"];
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eén pagina. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Zoekresultaat"];
                };
            };
            400: components["responses"]["OngeldigVerzoek"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            503: components["responses"]["BezigMetOpbouwen"];
        };
    };
    getAuditAggregates: {
        parameters: {
            query?: {
                /** @description Begindatum (inclusief). */
                van?: components["parameters"]["van"];
                /** @description Einddatum (inclusief). */
                tot?: components["parameters"]["tot"];
                /** @description RvVA-entity-id van de verwerkende organisatie. */
                organisatie?: components["parameters"]["organisatie"];
                registratie?: components["parameters"]["registratie"];
                /** @description RvVA-id van de verwerkingsactiviteit. */
                activiteit?: components["parameters"]["activiteit"];
                grondslag?: components["parameters"]["grondslag"];
                categorie?: components["parameters"]["categorie"];
                uitvoering?: components["parameters"]["uitvoering"];
                anomalie?: components["parameters"]["anomalie"];
                pseudoniem?: components["parameters"]["pseudoniem"];
                sorteer?: components["parameters"]["sorteer"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tellingen per organisatie, maand, grondslag, registratie, gegevenscategorie en soort afwijking. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tellingen"];
                };
            };
            400: components["responses"]["OngeldigVerzoek"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            503: components["responses"]["BezigMetOpbouwen"];
        };
    };
    exportAuditRecords: {
        parameters: {
            query?: {
                /** @description Begindatum (inclusief). */
                van?: components["parameters"]["van"];
                /** @description Einddatum (inclusief). */
                tot?: components["parameters"]["tot"];
                /** @description RvVA-entity-id van de verwerkende organisatie. */
                organisatie?: components["parameters"]["organisatie"];
                registratie?: components["parameters"]["registratie"];
                /** @description RvVA-id van de verwerkingsactiviteit. */
                activiteit?: components["parameters"]["activiteit"];
                grondslag?: components["parameters"]["grondslag"];
                categorie?: components["parameters"]["categorie"];
                uitvoering?: components["parameters"]["uitvoering"];
                anomalie?: components["parameters"]["anomalie"];
                pseudoniem?: components["parameters"]["pseudoniem"];
                sorteer?: components["parameters"]["sorteer"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV (RFC 4180) for a spreadsheet in Dutch settings — UTF-8 with BOM, `;` as separator, CRLF, a header row in words, times in Dutch time (DD-MM-JJJJ uu:mm:ss), labels instead of codes, formula-like cells prefixed with `'`. */
            200: {
                headers: {
                    "X-Total-Count"?: number;
                    "X-Export-Rows"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: components["responses"]["OngeldigVerzoek"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            503: components["responses"]["BezigMetOpbouwen"];
        };
    };
    revealAuditSubject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pseudoniem: components["schemas"]["Pseudoniem"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reden: string;
                };
            };
        };
        responses: {
            /** @description De identiteit. De onthulling staat op het toegangslogboek en in het verwerkingenlogboek van de persoon. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Onthulling"];
                };
            };
            /** @description Geheimhouding; een tweede auditor moet eerst goedkeuren. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Onthullingsverzoek"];
                };
            };
            400: components["responses"]["OngeldigVerzoek"];
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            /** @description Geen betrokkene met dit pseudoniem. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            503: components["responses"]["BezigMetOpbouwen"];
        };
    };
    getAuditOnthullingen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De verzoeken. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        verzoeken: components["schemas"]["Onthullingsverzoek"][];
                    };
                };
            };
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
        };
    };
    decideAuditOnthulling: {
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
                    /** @enum {string} */
                    besluit: "goedkeuren" | "afwijzen";
                };
            };
        };
        responses: {
            /** @description Het beoordeelde verzoek. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Onthullingsverzoek"];
                };
            };
            400: components["responses"]["OngeldigVerzoek"];
            401: components["responses"]["NietIngelogd"];
            /** @description Geen auditor, of de aanvrager zelf (code `fourEyes`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Geen verzoek van uw organisatie met dit id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Er is al over besloten. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
        };
    };
    revealApprovedAuditOnthulling: {
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
            /** @description De identiteit. De onthulling staat op het toegangslogboek en in het verwerkingenlogboek van de persoon. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Onthulling"];
                };
            };
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
            /** @description Geen verzoek van uw organisatie met dit id. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            /** @description Nog niet goedgekeurd (`pending`) of afgewezen (`rejected`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Probleem"];
                };
            };
            503: components["responses"]["BezigMetOpbouwen"];
        };
    };
    getAuditTrail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De zoekvragen, exports, verzoeken, besluiten en onthullingen. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Toegangslogboek"];
                };
            };
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
        };
    };
    exportAuditTrail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV (RFC 4180) for a spreadsheet in Dutch settings — UTF-8 with BOM, `;` as separator, CRLF, a header row in words, times in Dutch time (DD-MM-JJJJ uu:mm:ss), labels instead of codes, formula-like cells prefixed with `'`. */
            200: {
                headers: {
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
        };
    };
    getAuditSla: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per bronhouder open, te laat, afgehandeld, verlengd en de mediane doorlooptijd. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Termijnen"];
                };
            };
            401: components["responses"]["NietIngelogd"];
            403: components["responses"]["GeenToegang"];
        };
    };
}
