// Generated from mocks/specs/woz/woz-bevragen-v1.0.0-openapi.yaml by scripts/gen-types.mjs. Do not edit.
export interface paths {
    "/wozobjecten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Zoek WOZ-objecten
         * @description Zoek WOZ-objecten op eigenaar of adres. Het resultaat zijn de actuele gegevens van de gevonden objecten.
         */
        get: operations["zoekActueleWozobjecten"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/wozobjecten/{identificatie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Raadpleeg een WOZ-object
         * @description Raadpleeg de actuele eigenschappen van een WOZ-object
         */
        get: operations["raadpleegActueelWozobject"];
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
        Belanghebbende: {
            burgerservicenummer?: string;
            /**
             * Indicatie geheim
             * @description Indien true: op verzoek van deze persoon is het verstrekken van gegevens over deze persoon aan bepaalde derden niet toegestaan.
             */
            geheimhoudingPersoonsgegevens?: boolean;
            kvkNummer?: string;
            /** @example J. de Vries */
            naam?: string;
            /** @description unieke identificatie van een niet-natuurlijk persoon (rechtspersoon of samenwerkingsverband) */
            rsin?: string;
            type?: components["schemas"]["PersoonTypeEnum"];
            vestigingsnummer?: string;
        };
        KadastraleAanduiding: {
            /** @description Waar het kadaster de kadastrale gemeentenaam hanteert in de KadstraleAanduiding is in de WOZ de gemeentecode gebruikt. */
            gemeentecode?: string;
            /** @description Sectie is een onderverdeling van de kadastrale gemeente, bedoeld om het werk van de meetdienst en de kadastrale kaarten overzichtelijk te houden. Per kadastrale gemeente zijn er max. 26x26 secties . Elke sectie heeft een of twee letters (bijv. "A", 'B', ....'AA', 'AB', ....'ZZ' . Alleen de sectieletter 'J' wordt niet gebruikt om verwarring (handgeschreven) te voorkomen met 'I' */
            sectie?: string;
            /** @description Het perceelnummer dat een geheel perceel of een complex uniek identificeert binnen de sectie. */
            perceelnummer?: number;
            deelperceelnummer?: string;
            /** @description Nummer dat het kadastraal object uniek identificeert als een appartementsrecht binnen het complex. */
            appartementsindex?: number;
        };
        KadastraalOnroerendeZaak: {
            identificatie?: string;
            aanduiding?: components["schemas"]["KadastraleAanduiding"];
            /** @description De volledige kadastraleAanduiding waarbij alle delen zijn samengevoegd en waarbij de gemeentenaam is gebruikt. */
            aanduidingMetGemeentenaam?: string;
        };
        ObjectAanduiding: components["schemas"]["Adres"] & {
            /**
             * @description De aanvullende omschrijving van de ligging van een WOZ-object ten opzichte van de dichtstbijzijnde verblijfsobject, standplaats, ligplaats of openbare ruimte.
             * @example Naast de derde brug
             */
            locatieomschrijving?: string;
            /**
             * @description Identificatie van de nummeraanduiding in de BAG waarmee het WOZ-object wordt aangeduid
             * @example 0226200000038923
             */
            nummeraanduidingIdentificatie?: string;
        };
        /** @enum {string} */
        PersoonTypeEnum: "natuurlijk_persoon" | "niet_natuurlijk_persoon" | "vestiging";
        /**
         * @description De status van een beschikking waarmee de waarde is vastgesteld.
         *     * `beschikking_genomen` - 01: beschikking genomen
         *     * `beschikking_vernietigd` - 02: vernietigingbeschikking
         *     * `beschikking_herzien` - 03: herzieningsbeschikking
         *     * `bezwaar_ingediend` - 10: bezwaar ingediend
         *     * `bezwaar_gehandhaafd` - 11: bezwaar afgehandeld, beschikking gehandhaafd
         *     * `bezwaar_veranderd` - 12: bezwaar afgehandeld, vastgestelde waarde veranderd
         *     * `waarde_ambtshalve_verminderd` - 13: waarde ambtshalve verminderd
         *     * `beroep_aangetekend` - 20: beroepaangetekend
         *     * `beroep_gehandhaafd` - 21: uitspraak beroep, beschikking gehandhaafd
         *     * `beroep_veranderd` - 22: uitspraak beroep, vastgestelde waarde veranderd
         *     * `hoger_beroep_aangetekend` - 23: hogerberoep aangetekend
         *     * `hoger_beroep_gehandhaafd` - 24: uitspraak hoger beroep, beschikking gehandhaafd
         *     * `hoger_beroep_veranderd` - 25: uitspraak hoger beroep, vastgestelde waarde veranderd
         *     * `cassatie_ingesteld` - 30: cassatie ingesteld
         *     * `hoge_raad_gehandhaafd` - 31: arrest Hoge Raad, beschikking gehandhaafd
         *     * `hoge_raad_veranderd` - 32: arrest Hoge Raad, vastgestelde waarde veranderd
         *     * `hoge_raad_geding_verwezen` - 33: arrestHogeRaad,geding verwezen
         *     * `voorlopige_aanslag` - 99: waarde te gebruiken voor voorlopige aanslag
         * @enum {string}
         */
        StatusBeschikkingEnum: "beschikking_genomen" | "beschikking_vernietigd" | "beschikking_herzien" | "bezwaar_ingediend" | "bezwaar_gehandhaafd" | "bezwaar_veranderd" | "waarde_ambtshalve_verminderd" | "beroep_aangetekend" | "beroep_gehandhaafd" | "beroep_veranderd" | "hoger_beroep_aangetekend" | "hoger_beroep_gehandhaafd" | "hoger_beroep_veranderd" | "cassatie_ingesteld" | "hoge_raad_gehandhaafd" | "hoge_raad_veranderd" | "hoge_raad_geding_verwezen" | "voorlopige_aanslag";
        /** @description Waarde op de meest recente beschikking met betrekking tot de peildatum */
        Waarde: {
            /**
             * @description Waarde van het WOZ-object op de peildatum in Euro
             * @example 127000
             */
            vastgesteldeWaarde?: number;
            /**
             * Format: date
             * @description Datum waarvoor de vastgestelde waarde geldt
             * @example 2019-01-01
             */
            waardepeildatum?: string;
            /**
             * Format: date
             * @description Datum vanaf wanneer de vastgestelde waarde geldt.
             *
             *     Deze property wordt verwijderd door de BevragenProxy.
             * @example 2020-01-01
             */
            ingangsdatum?: string;
            /**
             * @description Een of meer actuele statussen van de vastgestelde waarde.
             *
             *     Deze property wordt verwijderd door de BevragenProxy.
             */
            beschikkingsStatussen?: components["schemas"]["StatusBeschikkingEnum"][];
            /**
             * @description Heeft de waarde true als de vastgestelde waarde één van de volgende statussen heeft:
             *
             *     - bezwaar_ingediend
             *     - beroep_aangetekend
             *     - hoger_beroep_aangetekend
             *     - cassatie_ingesteld
             *
             *     Deze property wordt gezet door de BevragenProxy.
             */
            indicatieBezwaarBeroep?: boolean;
        };
        WozObject: {
            aanduiding?: components["schemas"]["ObjectAanduiding"];
            /** @description BAG identificaties van verblijfsobjecten, standplaatsen en ligplaatsen die aan dit WOZ-object verbonden zijn. */
            adresseerbaarObjectIdentificaties?: string[];
            belanghebbendeEigenaar?: components["schemas"]["Belanghebbende"];
            belanghebbendeGebruiker?: components["schemas"]["Belanghebbende"];
            /** @description De oppervlakte grond in vierkante meters die behoort tot het WOZ-object. */
            grondoppervlakte?: number;
            /**
             * WOZ-objectnummer
             * @description Unieke identificatie van het WOZ-object
             */
            identificatie?: string;
            kadastraalOnroerendeZaken?: components["schemas"]["KadastraalOnroerendeZaak"][];
            pandIdentificaties?: string[];
            verantwoordelijkeGemeente?: components["schemas"]["Waardetabel"];
            waarden?: components["schemas"]["Waarde"][];
        };
        WozObjectBasisLinks: {
            self?: components["schemas"]["HalLink"];
            adres?: components["schemas"]["HalLink"];
            adresseerbareObjecten?: components["schemas"]["HalLink"][];
            belanghebbendeEigenaar?: components["schemas"]["HalLink"];
            belanghebbendeGebruiker?: components["schemas"]["HalLink"];
            panden?: components["schemas"]["HalLink"][];
            kadastraalOnroerendeZaken?: components["schemas"]["HalLink"][];
        };
        WozObjectHal: components["schemas"]["WozObject"] & {
            _links?: components["schemas"]["WozObjectBasisLinks"];
        };
        WozObjectHalCollectie: {
            _links?: components["schemas"]["HalPaginationLinks"];
            _embedded?: components["schemas"]["WozObjectHalCollectieEmbedded"];
        };
        WozObjectHalCollectieEmbedded: {
            wozObjecten?: components["schemas"]["WozObjectHal"][];
        };
        BadRequestFoutbericht: components["schemas"]["Foutbericht"] & {
            /** @description Foutmelding per fout in een parameter. Alle gevonden fouten worden één keer teruggemeld. */
            invalidParams?: components["schemas"]["InvalidParams"][];
        };
        /** @description Terugmelding bij een fout. JSON representatie in lijn met [RFC7807](https://tools.ietf.org/html/rfc7807). */
        Foutbericht: {
            /**
             * Format: uri
             * @description Link naar meer informatie over deze fout
             */
            type?: string;
            /** @description Beschrijving van de fout */
            title?: string;
            /** @description Http status code */
            status?: number;
            /** @description Details over de fout */
            detail?: string;
            /**
             * Format: uri
             * @description Uri van de aanroep die de fout heeft veroorzaakt
             */
            instance?: string;
            /** @description Systeemcode die het type fout aangeeft */
            code?: string;
        };
        /** @description Details over fouten in opgegeven parameters */
        InvalidParams: {
            /**
             * Format: uri
             * @example https://www.vng.nl/realisatie/api/{major-versie}/validaties/integer
             */
            type?: string;
            /**
             * @description Naam van de parameter
             * @example verblijfplaats__huisnummer
             */
            name?: string;
            /**
             * @description Systeemcode die het type fout aangeeft
             * @example integer
             */
            code?: string;
            /**
             * @description Beschrijving van de fout op de parameterwaarde
             * @example Waarde is geen geldige integer.
             */
            reason?: string;
        };
        /** @description Eigenschappen van het adres die kunnen worden hergebruikt in andere API's waarin adresgegevens worden opgenomen. */
        Adres: {
            /**
             * openbareruimte naam
             * @description Een naam die door de gemeente aan een openbare ruimte is gegeven.
             * @example Laan van de landinrichtingscommissie Duiven-Westervoort
             */
            straat?: string;
            /**
             * @description Een nummer dat door de gemeente aan een adresseerbaar object is gegeven.
             * @example 1
             */
            huisnummer?: number;
            /**
             * @description Een toevoeging aan een huisnummer in de vorm van een letter die door de gemeente aan een adresseerbaar object is gegeven.
             * @example A
             */
            huisletter?: string;
            /**
             * @description Een toevoeging aan een huisnummer of een combinatie van huisnummer en huisletter die door de gemeente aan een adresseerbaar object is gegeven.
             * @example bis
             */
            huisnummertoevoeging?: string;
            /**
             * @description De door PostNL vastgestelde code die bij een bepaalde combinatie van een straatnaam en een huisnummer hoort.
             * @example 6922KZ
             */
            postcode?: string;
            /**
             * woonplaats naam
             * @description Een woonplaats is een gedeelte van het grondgebied van de gemeente met een naam.
             * @example Duiven
             */
            woonplaats?: string;
        };
        Waardetabel: {
            /** @example 6030 */
            code?: string;
            /** @example Nederland */
            omschrijving?: string;
        };
        /** @description De Link Object zoals gespecificeerd in https://tools.ietf.org/html/draft-kelly-json-hal-08#section-5; Deze link kan als templated link worden aangeboden. [URI-templating is hier beschreven](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/uri-templating.feature). */
        HalLink: {
            href: components["schemas"]["Href"];
            templated?: boolean;
            /** @description Voor mens leesbaar label bij de link */
            title?: string;
        };
        /** @example https://datapunt.voorbeeldgemeente.nl/api/v{major-versie}/resourcename/{resource-identificatie} */
        Href: string;
        /**
         * @description HalPaginationLinks bevat de link properties die nodig zijn om te kunnen navigeren in een collectie:
         *
         *     - first: uri voor het opvragen van de eerste pagina van deze collectie
         *     - previous: uri voor het opvragen van de vorige pagina van deze collectie
         *     - next: uri voor het opvragen van de volgende pagina van deze collectie
         * @example {
         *       "self": {
         *         "href": "/resourcenaam?page=4"
         *       },
         *       "first": {
         *         "href": "/resourcenaam?page=1",
         *         "title": "Eerste pagina"
         *       },
         *       "previous": {
         *         "href": "/resourcenaam?page=3",
         *         "title": "Vorige pagina"
         *       },
         *       "next": {
         *         "href": "/resourcenaam?page=5",
         *         "title": "Volgende pagina"
         *       }
         *     }
         */
        HalPaginationLinks: components["schemas"]["HalCollectionLinks"] & {
            first?: components["schemas"]["HalLink"];
            previous?: components["schemas"]["HalLink"];
            next?: components["schemas"]["HalLink"];
        };
        /** @description HalCollectionLinks bevat de self link die elke HAL Resource minimaal moet hebben in zijn _links property */
        HalCollectionLinks: {
            self?: components["schemas"]["HalLink"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        api_version: string;
        X_Pagination_Page: number;
        X_Pagination_Limit: number;
        warning: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    zoekActueleWozobjecten: {
        parameters: {
            query?: {
                /** @description Zoek WOZ-objecten in eigendom van een bij het Handelsregister ingeschreven niet-natuurlijk persoon */
                rsin?: string;
                /** @description Zoek WOZ-objecten in eigendom van een bij het Handelsregister ingeschreven maatschappelijke activiteit of een van de daaronder vallende ondernemingen en vestigingen */
                kvkNummer?: string;
                /** @description Zoek op de BAG identificatie van een adresseerbaar object (verblijfsobject, standplaats of ligplaats) waar het WOZ-object aan verbonden is */
                adresseerbaarObjectIdentificatie?: string;
                /** @description Zoek op de BAG identificatie van een nummeraanduiding (adres) waarmee het WOZ-object wordt aangeduid */
                nummeraanduidingIdentificatie?: string;
                /** @description Zoek WOZ-objecten met postcode, in combinatie met huisnummer en eventueel met huisletter en/of huisnummertoevoeging */
                postcode?: string;
                /** @description Zoek WOZ-objecten met huisnummer, in combinatie met postcode en eventueel met huisletter en/of huisnummertoevoeging" */
                huisnummer?: number;
                /**
                 * @description Zoek met een huisnummertoevoeging, in combinatie met postcode en huisnummer en eventueel huisletter.
                 *     Dit is een toevoeging aan een huisnummer of een combinatie van huisnummer en huisletter.
                 *     Bijvoorbeeld bij Belgiëlaan 1 A3 is 1 het huisnummer, A de huisletter en 3 de huisnummertoevoeging
                 */
                huisnummertoevoeging?: string;
                /**
                 * @description Zoek met een huisletter, in combinatie met postcode en huisnummer en eventueel huisnummertoevoeging.
                 *     Dit is een toevoeging aan een huisnummer en huisnummertoevoeging.
                 *     Bijvoorbeeld bij Belgiëlaan 1 A3 is 1 het huisnummer, A de huisletter en 3 de huisnummertoevoeging
                 */
                huisletter?: string;
                /** @description Hiermee kun je de inhoud van de resource naar behoefte aanpassen door een door komma's gescheiden lijst van property namen op te geven. Bij opgave van niet-bestaande properties wordt een 400 Bad Request teruggegeven. Wanneer de fields parameter niet is opgegeven, worden alle properties met een waarde teruggegeven. Zie [functionele specificaties](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/fields.feature) */
                fields?: string;
                /** @description Pagina nummer */
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    "X-Pagination-Page": components["headers"]["X_Pagination_Page"];
                    "X-Pagination-Limit": components["headers"]["X_Pagination_Limit"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["WozObjectHalCollectie"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.1",
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "status": 400,
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalidParams": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats__huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["BadRequestFoutbericht"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.2",
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "status": 401,
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.4",
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "status": 403,
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
            /** @description Not Acceptable */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.7",
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "status": 406,
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to thr accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.1",
                     *       "title": "Interne server fout.",
                     *       "status": 500,
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
        };
    };
    raadpleegActueelWozobject: {
        parameters: {
            query?: {
                /** @description Hiermee kun je de inhoud van de resource naar behoefte aanpassen door een door komma's gescheiden lijst van property namen op te geven. Bij opgave van niet-bestaande properties wordt een 400 Bad Request teruggegeven. Wanneer de fields parameter niet is opgegeven, worden alle properties met een waarde teruggegeven. Zie [functionele specificaties](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/fields.feature) */
                fields?: string;
            };
            header?: never;
            path: {
                /** @description Unieke identificatie van een WOZ-object */
                identificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["WozObjectHal"];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.1",
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "status": 400,
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalidParams": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats__huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["BadRequestFoutbericht"];
                };
            };
            /** @description Unauthorized */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.2",
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "status": 401,
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
            /** @description Forbidden */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.4",
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "status": 403,
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
            /** @description Not Found */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.5",
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "status": 404,
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
            /** @description Not Acceptable */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.7",
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "status": 406,
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to thr accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.1",
                     *       "title": "Interne server fout.",
                     *       "status": 500,
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
        };
    };
}
