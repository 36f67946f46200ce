// Generated from mocks/contracts/ldv-gateway.yaml by scripts/gen-types.mjs. Do not edit.
import type { RegistryId } from '@/lib/registries';
export interface paths {
    "/rvva/{register}/processing_activities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Een verwerkingsactiviteit in het register van één organisatie (met de velden van de laatste versie) */
        get: operations["getRegisterActivity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rvva/{register}/processing_activities/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén versie van een verwerkingsactiviteit */
        get: operations["getRegisterActivityVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rvva/{register}/entities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Een organisatie (RvVA `Entity`) zoals het register van een organisatie haar kent */
        get: operations["getRegisterEntity"];
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
        /** @description Een LDV-record zoals de gateway het doorgeeft; de standaardvelden plus hooguit `MgAttributes`. */
        Verwerking: {
            /** Format: uuid */
            traceId: string;
            spanId: string;
            /** @description Alleen binnen de eigen trace van dezelfde organisatie. */
            parentSpanId?: string;
            /** @enum {string} */
            status: "Unset" | "Ok" | "Error";
            name: string;
            startTime: number;
            endTime: number;
            resource?: Record<string, never>;
            attributes: {
                /** Format: uri */
                "dpl.core.processing_activity_id": string;
                "dpl.core.data_subject_id": string;
                /** Format: uri */
                "dpl.core.data_subject_id_type": string;
                /** Format: uuid */
                "dpl.core.foreign_operation.trace_id"?: string;
                "dpl.core.foreign_operation.span_id"?: string;
                /** Format: uri */
                "dpl.core.foreign_operation.entity"?: string;
                "mg.data_categories"?: components["schemas"]["MgAttributes"]["mg.data_categories"];
                "mg.human"?: components["schemas"]["MgAttributes"]["mg.human"];
            };
        };
        /**
         * @description Extensies van de gateway (alleen in de standaardmodus, niet in de strikte): feiten per
         *     verwerking die geen register kent. Een client gebruikt ze als ze er zijn en werkt zonder.
         */
        MgAttributes: {
            /** @description De gegevens die bij déze verwerking gebruikt zijn (een deel van de categorieën van de registerversie). */
            "mg.data_categories"?: string[];
            /** @description true als een medewerker keek, false bij geautomatiseerde verwerking. Zonder dit veld volgt het uit `uitvoering` van de registerversie (mens/systeem), of is het onbekend (gemengd). */
            "mg.human"?: boolean;
        };
        /**
         * @description Nederlandse velden die de RvVA v0.1 open laat, naar het VNG-model voor
         *     verwerkingenlogging. Allemaal optioneel; zonder `grondslag` toont een client de
         *     DPV-grondslagen (`legalBasis`) in woorden, zonder `bron` of `verstrekkingswijze` staat
         *     er "onbekend".
         */
        RegisterVersieExtensies: {
            /** @description Korte naam van de handeling. */
            handeling?: string;
            /** @description De wet (met artikel), als tekst. */
            grondslag?: string;
            /** @description De bewaartermijn in woorden, met reden. */
            bewaartermijn?: string;
            /** @description De basisregistratie waaruit de gegevens komen (AVG art. 15(1)(g)). */
            bron?: components["schemas"]["Registratie"];
            /** @enum {string} */
            verstrekkingswijze?: "spontaan" | "adhoc" | "selectie" | "intern";
            /** @enum {string} */
            uitvoering?: "mens" | "systeem" | "gemengd";
            /** @enum {string} */
            vertrouwelijkheid?: "normaal" | "vertrouwelijk";
            ontvangers?: string[];
        };
        RegisterVersie: {
            version: number;
            /** Format: date-time */
            validFrom: string;
            name: string;
            purpose: string;
            legalBasis: string[];
            processingOptions: string[];
            personalData: {
                categories?: string[];
                retentionPeriod?: string;
            };
        } & components["schemas"]["RegisterVersieExtensies"];
        RegisterActiviteit: {
            /** Format: uuid */
            id: string;
            active: boolean;
            latestVersion: number;
        } & components["schemas"]["RegisterVersie"];
        Organisatie: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            type: "LegalEntity" | "NaturalPerson" | "Organisation";
            name: string;
            address?: string;
            postalCode?: string;
            city?: string;
            country?: string;
            phonenumber?: string;
            /** @description Extensie: soort organisatie. */
            soort?: string;
            /**
             * Format: uri
             * @description Extensie: waar de burger de organisatie bereikt.
             */
            website?: string;
        };
        /** @enum {string} */
        Registratie: RegistryId;
    };
    responses: {
        /** @description Probleem (RFC 9457). */
        Probleem: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": {
                    title: string;
                    status: number;
                    detail?: string;
                    code?: string;
                };
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
    getRegisterActivity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                register: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De activiteit (RvVA `ProcessingActivity`) met de velden van de laatste versie erbij. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterActiviteit"];
                };
            };
            401: components["responses"]["Probleem"];
            404: components["responses"]["Probleem"];
        };
    };
    getRegisterActivityVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                register: string;
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De versie (RvVA `ProcessingActivityVersion`) met onze Nederlandse extensies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisterVersie"];
                };
            };
            401: components["responses"]["Probleem"];
            404: components["responses"]["Probleem"];
        };
    };
    getRegisterEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                register: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De organisatie. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisatie"];
                };
            };
            401: components["responses"]["Probleem"];
            404: components["responses"]["Probleem"];
        };
    };
}
