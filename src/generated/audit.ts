// Generated from mocks/contracts/audit.yaml by scripts/gen-types.mjs. Do not edit.
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
    "/audit/catalogus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Keuzelijsten voor de filters en de uitleg van elke afwijkingsregel */
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
        /** De identiteit achter een pseudoniem tonen (met reden; wordt vastgelegd) */
        post: operations["revealAuditSubject"];
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
        /** Het toegangslogboek van alle auditors (nieuwste eerst) */
        get: operations["getAuditTrail"];
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
        /** Termijnen van correctieverzoeken per bronhouder (uit de ZGW-zaken) */
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
        /** @enum {string} */
        Registratie: "brp" | "bag" | "brk" | "woz" | "rdw" | "kvk" | "bri" | "uwv" | "duo";
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
                auditor: {
                    id: string;
                    naam: string;
                };
                /** @enum {string} */
                actie: "zoeken" | "exporteren" | "onthullen";
                filters: {
                    [key: string]: string;
                };
                aantal?: number;
                pseudoniem?: components["schemas"]["Pseudoniem"];
                reden?: string;
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
        /** @description Ingelogd, maar niet als auditor (bijvoorbeeld als burger). */
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
            /** @description CSV (RFC 4180), UTF-8, with a header row. */
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
            /** @description De identiteit. De onthulling staat op het toegangslogboek. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Onthulling"];
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
    getAuditTrail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alle zoekvragen, exports en onthullingen. */
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
