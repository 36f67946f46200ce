// Generated from mocks/specs/brk/brk-bevragen-v2.0.0-openapi.yaml by scripts/gen-types.mjs. Do not edit.
export interface paths {
    "/kadastraalonroerendezaken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Het zoeken van kadastraal onroerende zaken door exact één van de volgende categorieën parameters op te geven.
         *     Het combineren van parameters uit verschillende categorieën is niet toegestaan.
         *     1.  Kadastrale aanduiding
         *         - kadastraleAanduiding
         *         - inclusiefKadastraalOnroerendeZakenUitSplitsing (optioneel)
         *     2.  Niet ingeschreven persoon of niet natuurlijk persoon als zakelijk gerechtigde
         *         -  persoon__identificatie (verplicht)<br/><br/>
         *
         *         LET OP: dit endpoint geeft geen informatie over Zakelijk Gerechtigden (zakelijkGerechtigdeIdentificaties) terug bij een KadastraalOnroerendeZaak.
         *         Voor het raadplegen van de Zakelijk Gerechtigden van een KadastraalOnroerendeZaak kan het endpoint /kadastraalonroerendezaken/{kadastraalOnroerendeZaakIdentificatie}/zakelijkgerechtigden gebruikt worden.
         *
         *     3.  Adres
         *         -  postcode (verplicht)
         *         -  huisnummer (optioneel)
         *         -  huisletter (optioneel)
         *         -  huisnummertoevoeging (optioneel)
         *     4.  Nummeraanduiding
         *         - nummeraanduidingIdentificatie
         *     5.  Kadastrale aanduiding met gemeentecode
         *         - kadastraleAanduidingMetGemeentecode
         *         - inclusiefKadastraalOnroerendeZakenUitSplitsing (optioneel)
         *
         *     Met gebruik van de parameter expand kunnen zakelijkGerechtigden (niet voor categorie 2.) en privaatrechtelijkeBeperkingen direct worden meegeladen.
         *
         *     Het maximale aantal zoekresultaten dat geretourneerd wordt is aan de provider om te bepalen.
         *     Als het resultaat van de de request dit aantal overtreft worden er geen resultaten geretourneerd en volgt er een foutmelding.
         */
        get: operations["GetKadastraalOnroerendeZaken"];
        put?: never;
        /**
         * @description Het zoeken van kadastraal onroerende zaken op basis van een burgerservicenummer.
         *       1.  Ingeschreven persoon als zakelijk gerechtigde
         *           -  burgerservicenummer (verplicht)
         *
         *     Met gebruik van de parameter expand kunnen privaatrechtelijkeBeperkingen direct worden meegeladen.
         *
         *     LET OP: dit endpoint geeft geen informatie over Zakelijk Gerechtigden (zakelijkGerechtigdeIdentificaties) terug bij een KadastraalOnroerendeZaak.
         *     Voor het raadplegen van de Zakelijk Gerechtigden van een KadastraalOnroerendeZaak kan het endpoint /kadastraalonroerendezaken/{kadastraalOnroerendeZaakIdentificatie}/zakelijkgerechtigden gebruikt worden.
         *
         *     Het maximale aantal zoekresultaten dat geretourneerd wordt is aan de provider om te bepalen.
         *     Als het resultaat van de de request dit aantal overtreft worden er geen resultaten geretourneerd en volgt er een foutmelding.
         */
        post: operations["ZoekKadastraalOnroerendeZakenMetBsn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kadastraalonroerendezaken/{kadastraalOnroerendeZaakIdentificatie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Raadpleeg een kadastraal onroerende zaak.
         *     Als je de expand parameter gebruikt kun je zakelijkgerechtigden en privaatrechtelijkebeperkingen direct meeladen.
         */
        get: operations["GetKadastraalOnroerendeZaak"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kadastraalonroerendezaken/{kadastraalOnroerendeZaakIdentificatie}/zakelijkgerechtigden/{zakelijkGerechtigdeIdentificatie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Het raadplegen van een specifieke zakelijk gerechtigde van een kadastraal onroerende zaak. Het aandeel van de zakelijk gerechtigde wordt altijd geleverd in combinatie met het gezamenlijk aandeel (wanneer twee of meer personen een gezamenlijk aandeel hebben in een zakelijk recht, en ieders afzonderlijke aandeel in het gezamenlijk aandeel niet bekend is) */
        get: operations["GetZakelijkGerechtigde"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kadastraalonroerendezaken/{kadastraalOnroerendeZaakIdentificatie}/zakelijkgerechtigden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Zoek zakelijk gerechtigden van een kadastraal onroerende zaak. Het aandeel van de zakelijk gerechtigde wordt altijd geleverd in combinatie met het gezamenlijk aandeel. Er is een gezamenlijk aandeel als twee of meer personen een gezamenlijk aandeel hebben in een zakelijk recht, en ieders afzonderlijke aandeel in het gezamenlijk aandeel niet bekend is. */
        get: operations["GetZakelijkGerechtigden"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kadasternatuurlijkpersonen/{kadasterNatuurlijkPersoonIdentificatie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Raadpleeg een bij het kadaster geregistreerde natuurlijke persoon die niet in de basisregistratie personen (BRP) is ingeschreven,
         *     of wel is ingeschreven maar niet is gekoppeld bij het inschrijven van de akte. Kadasternatuurlijkpersonen worden niet geactualiseerd.
         */
        get: operations["GetKadasterPersoon"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kadasternietnatuurlijkpersonen/{kadasterNietNatuurlijkPersoonIdentificatie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Raadpleeg een bij het kadaster geregistreerde niet natuurlijke persoon die niet in het Handelsregister (HR) is
         *     ingeschreven, of wel is ingeschreven maar niet is gekoppeld bij het inschrijven van de akte.
         *     Kadasternatuurlijkpersonen worden niet geactualiseerd.
         */
        get: operations["GetKadasterNietNatuurlijkPersoon"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kadasternatuurlijkpersonen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Zoek bij het kadaster geregistreerde natuurlijke personen die niet in de basisregistratie personen (BRP) zijn ingeschreven,
         *     of wel zijn ingeschreven maar niet gekoppeld bij het inschrijven van de akte. Kadasternatuurlijkpersonen worden niet geactualiseerd.
         */
        get: operations["GetKadasterPersonen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kadasternietnatuurlijkpersonen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Zoek bij het kadaster geregistreerde niet natuurlijke personen die niet in het Handelsregister (HR) zijn ingeschreven,
         *     of wel zijn ingeschreven maar niet gekoppeld bij het inschrijven van de akte.
         *     Kadasternatuurlijkpersonen worden niet geactualiseerd.
         */
        get: operations["GetKadasterNietNatuurlijkPersonen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kadastraalonroerendezaken/{kadastraalOnroerendeZaakIdentificatie}/hypotheken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Raadpleeg hypotheken die rusten op een kadastraal onroerende zaak en bijbehorende hypotheekhouder(s).
         *     Een hypotheekhouder vestigt als geldverstrekker een recht van hypotheek als zekerheid voor de lening.
         */
        get: operations["GetHypothekenKadastraalOnroerendeZaak"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kadastraalonroerendezaken/{kadastraalOnroerendeZaakIdentificatie}/hypotheken/{hypotheekIdentificatie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Raadpleeg een hypotheek die rust op een kadastraal onroerende zaak en bijbehorende hypotheekhouder(s).
         *     Een hypotheekhouder vestigt als geldverstrekker een recht van hypotheek als zekerheid voor de lening.
         */
        get: operations["GetHypotheek"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kadastraalonroerendezaken/{kadastraalOnroerendeZaakIdentificatie}/beslagen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Raadpleeg beslagen en beslagleggers van een kadastraal onroerende zaak */
        get: operations["GetBeslagenKadastraalOnroerendeZaak"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kadastraalonroerendezaken/{kadastraalOnroerendeZaakIdentificatie}/beslagen/{beslagIdentificatie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Raadpleeg een beslag en beslaglegger(s) van een kadastraal onroerende zaak */
        get: operations["GetBeslag"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kadastraalonroerendezaken/{kadastraalOnroerendeZaakIdentificatie}/privaatrechtelijkebeperkingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Raadpleeg privaatrechtelijke beperkingen op een kadastraal onroerende zaak. */
        get: operations["GetPrivaatrechtelijkeBeperkingen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kadastraalonroerendezaken/{kadastraalOnroerendeZaakIdentificatie}/privaatrechtelijkebeperkingen/{privaatrechtelijkeBeperkingIdentificatie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Raadpleeg een privaatrechtelijke beperking op een kadastraal onroerende zaak. */
        get: operations["GetPrivaatrechtelijkeBeperking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/publiekrechtelijkebeperkingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Zoek publiekrechtelijke beperkingen op een kadastraal onroerende zaak. */
        get: operations["GetPubliekrechtelijkeBeperkingen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stukken/{stukIdentificatie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Raadplegen van een stuk. In een akte (stuk) zijn meerdere rechtsfeiten (stukdelen) vastgelegd. */
        get: operations["GetStuk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/stukdelen/{stukdeelIdentificatie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description Raadplegen van een stukdeel. In een akte (stuk) zijn meerdere rechtsfeiten (stukdelen) vastgelegd.
         *     Met de stukdeel-identificaties kunnen gegevens over het stukdeel worden opgevraagd.
         */
        get: operations["GetStukdeel"];
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
        KadastraalOnroerendeZaakHalCollectie: {
            _links?: components["schemas"]["HalCollectionLinks"];
            _embedded?: components["schemas"]["KadastraalOnroerendeZaakHalCollectieEmbedded"];
        };
        /** @description HalCollectionLinks bevat de self link die elke HAL Resource minimaal moet hebben in zijn _links property */
        HalCollectionLinks: {
            self?: components["schemas"]["HalLink"];
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
        KadastraalOnroerendeZaakHalCollectieEmbedded: {
            kadastraalOnroerendeZaken?: components["schemas"]["KadastraalOnroerendeZaakHal"][];
        };
        KadastraalOnroerendeZaakHal: components["schemas"]["KadastraalOnroerendeZaak"] & {
            _links?: components["schemas"]["KadastraalOnroerendeZaakLinks"];
            _embedded?: components["schemas"]["KadastraalOnroerendeZaakEmbedded"];
        };
        KadastraalOnroerendeZaakLinks: {
            self?: components["schemas"]["HalLink"];
            zakelijkGerechtigden?: components["schemas"]["HalLink"][];
            privaatrechtelijkeBeperkingen?: components["schemas"]["HalLink"][];
            hypotheken?: components["schemas"]["HalLink"][];
            isOntstaanUit?: components["schemas"]["HalLink"][];
            isOvergegaanIn?: components["schemas"]["HalLink"][];
            beslagen?: components["schemas"]["HalLink"][];
            stukken?: components["schemas"]["HalLink"][];
            stukdelen?: components["schemas"]["HalLink"][];
            adressen?: components["schemas"]["HalLink"][];
            adresseerbareObjecten?: components["schemas"]["HalLink"][];
            bijbehorendeGrondpercelen?: components["schemas"]["HalLink"][];
            bijbehorendeAppartementsrechten?: components["schemas"]["HalLink"][];
        };
        KadastraalOnroerendeZaakEmbedded: {
            zakelijkGerechtigden?: components["schemas"]["ZakelijkGerechtigdeHal"][];
            privaatrechtelijkeBeperkingen?: components["schemas"]["PrivaatrechtelijkeBeperkingHal"][];
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
        BsnBody: {
            burgerservicenummer: string;
            /** @description Hiermee kun je de inhoud van de resource naar behoefte aanpassen door een door komma's gescheiden lijst van property namen op te geven. Bij opgave van niet-bestaande properties wordt een 400 Bad Request teruggegeven. Wanneer de fields parameter niet is opgegeven, worden alle properties met een waarde teruggegeven. Zie [functionele specificaties](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/fields.feature) */
            fields?: string;
        };
        ZakelijkGerechtigdeHal: components["schemas"]["ZakelijkGerechtigde"] & {
            _links?: components["schemas"]["ZakelijkGerechtigdeLinks"];
        };
        /** @description De links naar stukken en stukdelen betreffen stukken en stukdelen waar een zakelijk recht, erfpachtcanon en/of tenaamstelling op gebaseerd zijn of waar het zakelijk recht, erfpachtcanon en/of de tenaamstelling in vermeld zijn. */
        ZakelijkGerechtigdeLinks: {
            self?: components["schemas"]["HalLink"];
            persoon?: components["schemas"]["HalLink"];
            betrokkenPartner?: components["schemas"]["HalLink"];
            betrokkenSamenwerkingsverband?: components["schemas"]["HalLink"];
            betrokkenGorzenEnAanwassen?: components["schemas"]["HalLink"];
            stukken?: components["schemas"]["HalLink"][];
            stukdelen?: components["schemas"]["HalLink"][];
        };
        ZakelijkGerechtigdeHalCollectie: {
            _links?: components["schemas"]["ZakelijkGerechtigdeHalCollectieLinks"];
            _embedded?: components["schemas"]["ZakelijkGerechtigdeHalCollectieEmbedded"];
            /** @description Geeft aan welk type zakelijk recht gespiltst is. */
            gesplitstZakelijkRecht?: string;
        };
        ZakelijkGerechtigdeHalCollectieLinks: {
            self?: components["schemas"]["HalLink"];
            kadastraalOnroerendeZakenUitSplitsing?: components["schemas"]["HalLink"];
            kadastraalOnroerendeZakenUitSplitsingInclusiefZakelijkGerechtigden?: components["schemas"]["HalLink"];
        };
        ZakelijkGerechtigdeHalCollectieEmbedded: {
            zakelijkGerechtigden?: components["schemas"]["ZakelijkGerechtigdeHal"][];
        };
        /**
         * @description Het type zakelijk recht dat deze gerechtigde heeft. Afgeleid van de aard zakelijk recht:
         *       * `beklemrechthouder` - 1 Beklemrechthouder
         *       * `eigenaar` - 2 Eigenaar
         *       * `erfpachter` - 3 Erfpachter
         *       * `gebruik_bewoning` - 4 Rechthebbende van Gebruik en bewoning
         *       * `grondrente` - 5 Grondrente gerechtigde
         *       * `opstalhouder` - 7 Opstalhouder
         *       * `vaderlandsrecht` - 9 Rechthebbende van Oud-vaderlandsrecht
         *       * `artikel5_3b_geheel` - 10 Zakelijk recht als bedoeld in artikel 5, lid 3, onder b, van de Belemmeringenwet Privaatrecht
         *       * `stadsmeierrecht` - 11 Rechthebbende van Stadsmeierrecht
         *       * `vruchtgebruiker` - 12 Vruchtgebruiker
         *       * `erfpachter_opstalhouder` - 13 Erfpachter en opstalhouder
         *       * `nutsvoorzieningen` - 14 Opstalhouder nutsvoorzieningen
         *       * `brondocument` - 18 Raadpleeg brondocument
         *       * `twee_belastingen` - 20 Zakelijk Rechthebbende na twee of meer zakelijke belastingen
         *       * `belasting_derde` - 21 Zakelijk rechthebbende belasting derde of volgende
         *       * `bp_recht` - 22 BP-gerechtigde
         *       * `nutsvoorzieningen_gedeelte` - 23 Opstalhouder Nutsvoorzieningen op gedeelte van perceel
         *       * `artikel5_3b` - 24 Zakelijk gerechtigde als bedoeld in artikel 5, lid 3, onder b, van de Belemmeringenwet Privaatrecht op gedeelte van perceel
         * @enum {string}
         */
        TypeGerechtigdeEnum: "beklemrechthouder" | "eigenaar" | "erfpachter" | "gebruik_bewoning" | "grondrente" | "opstalhouder" | "vaderlandsrecht" | "artikel5_3b_geheel" | "stadsmeierrecht" | "vruchtgebruiker" | "erfpachter_opstalhouder" | "nutsvoorzieningen" | "brondocument" | "twee_belastingen" | "belasting_derde" | "bp_recht" | "nutsvoorzieningen_gedeelte" | "artikel5_3b";
        KadasterNatuurlijkPersoonHal: components["schemas"]["KadasterNatuurlijkPersoon"] & {
            _links?: components["schemas"]["KadasterPersoonLinks"];
        };
        KadasterPersoonLinks: {
            self?: components["schemas"]["HalLink"];
            woonadres?: components["schemas"]["HalLink"];
            postadres?: components["schemas"]["HalLink"];
            kadastraalOnroerendeZaken?: components["schemas"]["HalLink"][];
        };
        KadasterNietNatuurlijkPersoonHal: components["schemas"]["KadasterNietNatuurlijkPersoon"] & {
            _links?: components["schemas"]["KadasterPersoonLinks"];
        };
        KadasterNatuurlijkPersoonHalCollectie: {
            _links?: components["schemas"]["HalCollectionLinks"];
            _embedded?: components["schemas"]["KadasterNatuurlijkPersoonHalCollectieEmbedded"];
        };
        KadasterNatuurlijkPersoonHalCollectieEmbedded: {
            kadasterNatuurlijkPersonen?: components["schemas"]["KadasterNatuurlijkPersoonHal"][];
        };
        KadasterNietNatuurlijkPersoonHalCollectie: {
            _links?: components["schemas"]["HalCollectionLinks"];
            _embedded?: components["schemas"]["KadasterNietNatuurlijkPersoonHalCollectieEmbedded"];
        };
        KadasterNietNatuurlijkPersoonHalCollectieEmbedded: {
            kadasterNietNatuurlijkPersonen?: components["schemas"]["KadasterNietNatuurlijkPersoonHal"][];
        };
        HypotheekHalCollectie: {
            _links?: components["schemas"]["HalCollectionLinks"];
            _embedded?: components["schemas"]["HypotheekHalCollectieEmbedded"];
        };
        HypotheekHalCollectieEmbedded: {
            hypotheken?: components["schemas"]["HypotheekHal"][];
        };
        HypotheekHal: components["schemas"]["Hypotheek"] & {
            _links?: components["schemas"]["HypotheekLinks"];
        };
        HypotheekLinks: {
            self?: components["schemas"]["HalLink"];
            hypotheekhouders?: components["schemas"]["HalLink"][];
            stukken?: components["schemas"]["HalLink"][];
            stukdelen?: components["schemas"]["HalLink"][];
        };
        BeslagHalCollectie: {
            _links?: components["schemas"]["HalCollectionLinks"];
            _embedded?: components["schemas"]["BeslagHalCollectieEmbedded"];
        };
        BeslagHalCollectieEmbedded: {
            beslagen?: components["schemas"]["BeslagHal"][];
        };
        BeslagHal: components["schemas"]["Beslag"] & {
            _links?: components["schemas"]["BeslagLinks"];
        };
        BeslagLinks: {
            self?: components["schemas"]["HalLink"];
            beslagleggers?: components["schemas"]["HalLink"][];
            stukken?: components["schemas"]["HalLink"][];
            stukdelen?: components["schemas"]["HalLink"][];
        };
        PrivaatrechtelijkeBeperkingHalCollectie: {
            _links?: components["schemas"]["HalCollectionLinks"];
            _embedded?: components["schemas"]["PrivaatrechtelijkeBeperkingHalCollectieEmbedded"];
        };
        PrivaatrechtelijkeBeperkingHalCollectieEmbedded: {
            privaatrechtelijkeBeperkingen?: components["schemas"]["PrivaatrechtelijkeBeperkingHal"][];
        };
        PrivaatrechtelijkeBeperkingHal: components["schemas"]["Aantekening"] & {
            _links?: components["schemas"]["PrivaatrechtelijkeBeperkingLinks"];
        };
        PrivaatrechtelijkeBeperkingLinks: {
            self?: components["schemas"]["HalLink"];
            stukken?: components["schemas"]["HalLink"][];
            stukdelen?: components["schemas"]["HalLink"][];
        };
        PubliekrechtelijkeBeperkingHalCollectie: {
            _links?: components["schemas"]["HalCollectionLinks"];
            _embedded?: components["schemas"]["PubliekrechtelijkeBeperkingHalCollectieEmbedded"];
        };
        PubliekrechtelijkeBeperkingHalCollectieEmbedded: {
            publiekrechtelijkeBeperkingen?: components["schemas"]["PubliekrechtelijkeBeperkingHal"][];
        };
        PubliekrechtelijkeBeperkingHal: components["schemas"]["PubliekrechtelijkeBeperking"] & {
            _links?: components["schemas"]["PubliekrechtelijkeBeperkingLinks"];
        };
        PubliekrechtelijkeBeperkingLinks: {
            bevoegdGezag?: components["schemas"]["HalLink"];
            stukken?: components["schemas"]["HalLink"][];
            stukdelen?: components["schemas"]["HalLink"][];
        };
        StukHal: components["schemas"]["StukHalBasis"] & {
            _embedded?: components["schemas"]["StukEmbedded"];
        };
        StukHalBasis: components["schemas"]["Stuk"] & {
            _links?: components["schemas"]["StukLinks"];
        };
        StukLinks: {
            self?: components["schemas"]["HalLink"];
            stukdelen?: components["schemas"]["HalLink"][];
        };
        StukEmbedded: {
            stukdelen?: components["schemas"]["StukdeelHalBasis"][];
        };
        StukdeelHalBasis: components["schemas"]["Stukdeel"] & {
            _links?: components["schemas"]["StukdeelLinks"];
        };
        StukdeelLinks: {
            self?: components["schemas"]["HalLink"];
            stuk?: components["schemas"]["HalLink"];
        };
        StukdeelHal: components["schemas"]["StukdeelHalBasis"] & {
            _embedded?: components["schemas"]["StukdeelEmbedded"];
        };
        StukdeelEmbedded: {
            stuk?: components["schemas"]["StukHalBasis"];
        };
        /**
         * @description Een kadastraal onroerende zaak is een perceel of een appartementsrecht. Een perceel is een stuk grond waarvan het Kadaster de grenzen heeft gemeten en dat bij het Kadaster een eigen nummer heeft. Een appartementsrecht is het recht dat iemand of een organisatie heeft om eigenaar te zijn van een deel van een gebouw of een stuk grond. In de praktijk wordt dit deel meestal een appartement genoemd.
         *
         *
         *     Waardelijst in deze component :
         *       [aardCultuurBebouwd](http://www.kadaster.nl/schemas/waardelijsten/CultuurcodeBebouwd/) en [aardCultuurOnbebouwd](http://www.kadaster.nl/schemas/waardelijsten/CultuurcodeOnbebouwd/)
         */
        KadastraalOnroerendeZaak: {
            identificatie?: string;
            /** @description Het domein waartoe de identificatie behoort. */
            domein?: string;
            /**
             * @description Vervallen objecten zijn opvraagbaar met de stand van zaken direct voordat het object vervallen is verklaard.
             *     Deze informatie is nodig om de filiatie-"boom" af te kunnen lopen en inzicht te krijgen in betrokken appartementsrechten en grondpercelen.
             */
            indicatieVervallen?: boolean;
            begrenzingPerceel?: components["schemas"]["polygonGeoJSON"];
            /**
             * @description Rotatie van het perceelnummer ten behoeve van visualisatie op de kaart.
             *     Perceelnummers worden bijvoorbeeld gekanteld om in een smal perceel te passen.
             */
            perceelnummerRotatie?: number;
            plaatscoordinaten?: components["schemas"]["pointGeoJSON"];
            koopsom?: components["schemas"]["TypeKoopsom"];
            /**
             * @description Toelichtende tekst bij een onroerende zaak van de bewaarder. De bewaarder is iemand die bij het Kadaster werkt.
             *     Hij schrijft stukken in in de openbare registers en de basisregistratie Kadaster conform de Kadasterwet.
             */
            toelichtingBewaarder?: string;
            type?: components["schemas"]["TypeKadastraalOnroerendeZaakEnum"];
            aardCultuurBebouwd?: components["schemas"]["Waardelijst"];
            aardCultuurOnbebouwd?: components["schemas"]["Waardelijst"];
            kadastraleAanduiding?: string;
            kadastraleGrootte?: components["schemas"]["TypeOppervlak"];
            perceelnummerVerschuiving?: components["schemas"]["TypePerceelnummerVerschuiving"];
            /** @description Alle binnenlandse adressen gekoppeld aan deze kadastraal onroerende zaak */
            adressen?: components["schemas"]["LocatieKadastraalObject"][];
            gesplitstZakelijkRecht?: components["schemas"]["TypeGerechtigdeEnum"];
            /** @description Alle personen en rechtspersonen die een zakelijk recht hebben op deze kadastraal onroerende zaak */
            zakelijkGerechtigdeIdentificaties?: string[];
            /** @description Alle privaatrechtelijkebeperkingen die rusten op deze kadastraal onroerende zaak */
            privaatrechtelijkeBeperkingIdentificaties?: string[];
            /** @description Alle hypotheken die rusten op deze kadastraal onroerende zaak */
            hypotheekIdentificaties?: string[];
            /** @description Alle beslagen die rusten op deze kadastraal onroerende zaak */
            beslagIdentificaties?: string[];
            isOvergegaanIn?: components["schemas"]["Filiatie"];
            isOntstaanUit?: components["schemas"]["Filiatie"];
            /** @description De grondpercelen die bij deze Kadastraal Onroerende Zaak (appartementsrecht) hoort */
            bijbehorendeGrondpercelen?: components["schemas"]["PerceelBasis"][];
            /** @description De actuele appartementsrechten die bij deze KadastraalOnroerende Zaak (grondperceel) horen */
            bijbehorendeAppartementsrechten?: components["schemas"]["AppartementsrechtBasis"][];
            isVermeldInStukdeelIdentificaties?: string[];
            /**
             * @description Identificatie van het stuk. Een stuk is een brondocument dat aanleiding geeft
             *     tot een wijziging van de gegevens in een basisregistratie.
             *     Dit kan een aangeboden stuk of een kadasterstuk zijn.
             */
            stukIdentificaties?: string[];
            indicatieSluimerend?: boolean;
        };
        polygonGeoJSON: {
            /** @enum {string} */
            type: "Polygon";
            coordinates: number[][][];
        };
        pointGeoJSON: {
            /** @enum {string} */
            type: "Point";
            coordinates: number[];
        };
        TypeKoopsom: {
            koopsom?: number;
            koopjaar?: number;
            indicatieMetMeerObjectenVerkregen?: boolean;
        };
        /** @enum {string} */
        TypeKadastraalOnroerendeZaakEnum: "appartementsrecht" | "perceel";
        Waardelijst: {
            code?: string;
            waarde?: string;
        };
        /**
         * @description Oppervlakte
         *
         *
         *     Waardelijst in deze component :
         *       [soortGrootte](http://www.kadaster.nl/schemas/waardelijsten/SoortGrootte/)
         */
        TypeOppervlak: {
            soortGrootte?: components["schemas"]["Waardelijst"];
            /** @description Oppervlak grootte, in vierkante meters */
            waarde?: number;
        };
        /** @description Verschuiving van het perceelnummer ten behoeve van visualisatie op een kaart. Dit voorkomt dat perceelnummers van kleine percelen elkaar overlappen. */
        TypePerceelnummerVerschuiving: {
            /** @description Verschuiving op de X as. */
            deltax?: number;
            /** @description Verschuiving op de Y as. */
            deltay?: number;
        };
        /**
         * @description Waardelijsten in deze component :
         *       [koppelingswijze](http://www.kadaster.nl/schemas/waardelijsten/Koppelingswijze) en [land](http://www.kadaster.nl/schemas/waardelijsten/BRPLand/)
         */
        LocatieKadastraalObject: components["schemas"]["AdresUitgebreid"] & {
            koppelingswijze?: components["schemas"]["Waardelijst"];
            adresseerbaarObjectIdentificatie?: string;
        };
        /**
         * @description Waardelijst in deze component :
         *       [land](http://www.kadaster.nl/schemas/waardelijsten/BRPLand/)
         */
        AdresUitgebreid: components["schemas"]["Adres"] & {
            /**
             * @description Identificatie van het adres in het geval dit adres in BAG geregistreerd is.
             * @example 1234207890123456
             */
            nummeraanduidingIdentificatie?: string;
            /**
             * @description Het eerste deel van een adres is een combinatie van de straat en huisnummer.
             * @example Ln vd l D-Westervoort 1A-bis
             */
            adresregel1?: string;
            /**
             * @description Het tweede deel van een adres is een combinatie van woonplaats eventueel in combinatie met de postcode.
             * @example 6922KZ  Duiven
             */
            adresregel2?: string;
            /**
             * @description Het derde deel van een adres is optioneel een of meer geografische gebieden van het adres in het buitenland.
             * @example Selangor
             */
            adresregel3?: string;
            land?: components["schemas"]["Waardelijst"];
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
        Filiatie: {
            aard?: components["schemas"]["Waardelijst"];
            kadastraalOnroerendeZaken?: components["schemas"]["KadastraalOnroerendeZaakFiliatie"][];
        };
        KadastraalOnroerendeZaakFiliatie: {
            /** @description De identificatie van de Kadastraal Onroerende Zaak. */
            identificatie?: string;
            type: components["schemas"]["TypeKadastraalOnroerendeZaakEnum"];
        };
        AppartementsrechtFiliatie: Omit<components["schemas"]["KadastraalOnroerendeZaakFiliatie"], "type"> & {
            indicatieSluimerend?: boolean;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "appartementsrecht";
        };
        PerceelFiliatie: Omit<components["schemas"]["KadastraalOnroerendeZaakFiliatie"], "type"> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "perceel";
        };
        PerceelBasis: components["schemas"]["KadastraalOnroerendeZaakBasis"];
        KadastraalOnroerendeZaakBasis: {
            identificatie?: string;
        };
        AppartementsrechtBasis: components["schemas"]["KadastraalOnroerendeZaakBasis"] & {
            volgnummer?: number;
            /** @description Indicatie waarmee aangegeven wordt of een appartementsrecht sluimerend is of niet. */
            indicatieSluimerend?: boolean;
        };
        ZakelijkGerechtigde: {
            /** @description Identificatie van de zakelijk gerechtigde. */
            identificatie?: string;
            type?: components["schemas"]["TypeGerechtigdeEnum"];
            /**
             * Format: date
             * @description Datum waarop het zakelijk recht van kracht is geworden.
             */
            aanvangsdatum?: string;
            erfpachtCanon?: components["schemas"]["ErfpachtCanon"];
            tenaamstelling?: components["schemas"]["Tenaamstelling"];
            zakelijkRecht?: components["schemas"]["ZakelijkRecht"];
            persoon?: components["schemas"]["PersoonBeperkt"];
        };
        /**
         * @description Het bedrag dat een erfpachter moet betalen aan de eigenaar van een stuk grond omdat hij zijn grond gebruikt.
         *
         *
         *     Waardelijst in deze component :
         *       [soortErfpachtCanon](http://www.kadaster.nl/schemas/waardelijsten/SoortErfpachtcanon/)
         */
        ErfpachtCanon: {
            soortErfpachtCanon?: components["schemas"]["Waardelijst"];
            jaarlijksBedrag?: components["schemas"]["Bedrag"];
            /** @description Indicatie waarmee wordt aangegeven dat het jaarlijks bedrag meerdere onroerende zaken betreft. */
            betrefMeerOnroerendeZaken?: boolean;
            /** Format: date */
            einddatumAfkoop?: string;
            /** @description Indicatie waarmee wordt aangegeven dat de erfpacht oorspronkelijk gevestigd is bij een perceel dat later is verenigd met een ander perceel. */
            indicatieOudeOnroerendeZaakBetrokken?: boolean;
            /** @description De identificatie van het stukdeel (paragraaf in een akte met een rechtsfeit) waarop deze erfpachtcanon is gebaseerd. */
            isGebaseerdOpStukdeelIdentificatie?: string;
            /** @description De identificaties van de stukdelen (paragrafen in een akte met een rechtsfeit) waarin deze erfpachtcanon is vermeld */
            isVermeldInStukdeelIdentificaties?: string[];
            /**
             * @description Identificatie van het stuk. Een stuk is een brondocument dat aanleiding geeft
             *     tot een wijziging van de gegevens in een basisregistratie.
             *     Dit kan een aangeboden stuk of een kadasterstuk zijn.
             */
            stukIdentificaties?: string[];
        };
        /**
         * @description Hoeveelheid geld in cijfers in een bepaalde valuta.
         *
         *
         *     Waardelijst in deze component :
         *       [Valuta](http://www.kadaster.nl/schemas/waardelijsten/Valuta/)"
         */
        Bedrag: {
            /**
             * Format: float
             * @description Het bedrag. Dit is een waarde met max. 2 decimalen.
             */
            som?: number;
            valuta?: components["schemas"]["Waardelijst"];
        };
        /**
         * @description Een registratie van (een aandeel in) een zakelijk recht dat een persoon heeft, dat rust op een kadastraal onroerende zaak.
         *
         *
         *     Waardelijst in deze component :
         *       [burgerlijkeStaatTenTijdeVanVerkrijging](http://www.kadaster.nl/schemas/waardelijsten/BurgerlijkeStaat/) en [verkregenNamensSamenwerkingsverband](http://www.kadaster.nl/schemas/waardelijsten/Samenwerkingsverband/)
         */
        Tenaamstelling: {
            aandeel?: components["schemas"]["TypeBreuk"];
            burgerlijkeStaatTenTijdeVanVerkrijging?: components["schemas"]["Waardelijst"];
            verkregenNamensSamenwerkingsverband?: components["schemas"]["Waardelijst"];
            /** @description Een aantekening is een verwijzing naar een ter inschrijving aangeboden stuk. Een aantekening op een tenaamstelling van een zakelijk recht is meestal een beperking. Bijvoorbeeld de verkrijging van een aandeel in een zakelijk recht onder opschortende voorwaarde, een beperking van de handelingsbevoegdheid van de zakelijk gerechtigde, of een koopovereenkomst */
            aantekeningen?: components["schemas"]["AantekeningTenaamstelling"][];
            gezamenlijkAandeel?: components["schemas"]["TypeBreuk"];
            betrokkenPartner?: components["schemas"]["NatuurlijkPersoonBeperkt"];
            betrokkenSamenwerkingsverband?: components["schemas"]["NietNatuurlijkPersoonBeperkt"];
            betrokkenGorzenEnAanwassen?: components["schemas"]["NietNatuurlijkPersoonBeperkt"];
            isGebaseerdOpStukdeelIdentificaties?: string[];
            isVermeldInStukdeelIdentificaties?: string[];
            /**
             * @description Identificatie van het stuk. Een stuk is een brondocument dat aanleiding geeft
             *     tot een wijziging van de gegevens in een basisregistratie.
             *     Dit kan een aangeboden stuk of een kadasterstuk zijn.
             */
            stukIdentificaties?: string[];
        };
        /**
         * @description Een deling van twee gehele getallen.
         * @example {
         *       "noemer": 2,
         *       "teller": 1
         *     }
         */
        TypeBreuk: {
            /**
             * noemer
             * @description De noemer van het deel.
             */
            noemer?: number;
            /**
             * teller
             * @description Het aantal delen. De teller is altijd lager dan de noemer.
             */
            teller?: number;
        };
        AantekeningTenaamstelling: components["schemas"]["Aantekening"];
        Aantekening: components["schemas"]["AantekeningBasis"] & {
            identificatie?: string;
            /** @description Het domein waartoe de identificatie behoort. */
            domein?: string;
            /** Format: date */
            einddatum?: string;
            /** Format: date */
            einddatumRecht?: string;
            /**
             * @description Identificatie van het stuk. Een stuk is een brondocument dat aanleiding geeft
             *     tot een wijziging van de gegevens in een basisregistratie.
             *     Dit kan een aangeboden stuk of een kadasterstuk zijn.
             */
            stukIdentificaties?: string[];
            /** @description De identificatie van het stukdeel (paragraaf in een akte met een rechtsfeit) waarop deze aantekening is gebaseerd. */
            isGebaseerdOpStukdeelIdentificatie?: string;
            /** @description De identificaties van de stukdelen (paragrafen in een akte met een rechtsfeit) waarin deze aantekening is vermeld */
            isVermeldInStukdeelIdentificaties?: string[];
        };
        /**
         * @description Waardelijst in deze component :
         *       [aard](http://www.kadaster.nl/schemas/waardelijsten/AardAantekening/)
         */
        AantekeningBasis: {
            aard?: components["schemas"]["Waardelijst"];
            omschrijving?: string;
        };
        NatuurlijkPersoonBeperkt: components["schemas"]["PersoonBasis"] & {
            type?: components["schemas"]["NatuurlijkPersoonTypeEnum"];
        };
        /** @description Een persoon kan een natuurlijk persoon of een niet-natuurlijk persoon zijn. Kan zowel een ingeschreven persoon (in resp. BRP of KvK) of Kadasterpersoon zijn. */
        PersoonBasis: {
            /** @description Unieke identificatie voor de persoon. Voor een Kadasterpersoon is dit de identificatie zoals die door het Kadaster is vastgesteld. Voor een ingeschreven natuurlijk persoon is dit het burgerservicenummer. Voor een ingeschreven niet-natuurlijk persoon is dit het RSIN. Of de waarde in identificatie een burgerservicenummer, een RSIN of een kadasterpersoonidentificatie is kan worden afgeleid uit het type persoon. */
            identificatie?: string;
            /** @description Voor mensen leesbare, herkenbare en identificerende omschrijving van de persoon (met bijvoorbeeld de naam). */
            omschrijving?: string;
        };
        /**
         * @description Een aanduiding die aangeeft of de persoon ingeschreven is in het BRP met een burgerservicenummer, dan wel vastgelegd is bij het Kadaster.
         * @enum {string}
         */
        NatuurlijkPersoonTypeEnum: "ingeschreven_natuurlijk_persoon" | "kadaster_natuurlijk_persoon";
        NietNatuurlijkPersoonBeperkt: components["schemas"]["PersoonBasis"] & {
            type?: components["schemas"]["NietNatuurlijkPersoonTypeEnum"];
        };
        /**
         * @description Een aanduiding die aangeeft of de persoon ingeschreven is in het Handelsregister (KvK) met een rsin, dan wel vastgelegd is bij het Kadaster.
         * @enum {string}
         */
        NietNatuurlijkPersoonTypeEnum: "ingeschreven_niet_natuurlijk_persoon" | "kadaster_niet_natuurlijk_persoon";
        ZakelijkRecht: {
            /**
             * @description Identificatie van het stuk. Een stuk is een brondocument dat aanleiding geeft
             *     tot een wijziging van de gegevens in een basisregistratie.
             *     Dit kan een aangeboden stuk of een kadasterstuk zijn.
             */
            stukIdentificaties?: string[];
            /** @description De identificatie van het stukdeel (paragraaf in een akte met een rechtsfeit) waarop dit zakelijk recht is gebaseerd. */
            isGebaseerdOpStukdeelIdentificaties?: string[];
            /** @description De identificaties van de stukdelen (paragrafen in een akte met een rechtsfeit) waarin dit zakelijk recht is vermeld. */
            isVermeldInStukdeelIdentificaties?: string[];
        };
        PersoonBeperkt: components["schemas"]["PersoonBasis"] & {
            type?: components["schemas"]["PersoonTypeEnum"];
        };
        /**
         * @description Een aanduiding die aangeeft of het een natuurlijk dan wel niet-natuurlijk persoon betreft en of de persoon ingeschreven is in het BRP of Handelsregister (KvK), dan wel vastgelegd is bij het Kadaster.
         * @enum {string}
         */
        PersoonTypeEnum: "ingeschreven_natuurlijk_persoon" | "kadaster_natuurlijk_persoon" | "ingeschreven_niet_natuurlijk_persoon" | "kadaster_niet_natuurlijk_persoon";
        KadasterNatuurlijkPersoon: components["schemas"]["KadasterPersoon"] & {
            landWaarnaarVertrokken?: components["schemas"]["Waardelijst"];
            geslachtsaanduiding?: components["schemas"]["GeslachtEnum"];
            heeftPartnerschap?: components["schemas"]["HeeftPartnerschap"][];
            naam?: components["schemas"]["NaamPersoon"];
            geboorte?: components["schemas"]["Geboorte"];
            overlijden?: components["schemas"]["Overlijden"];
        };
        KadasterPersoon: components["schemas"]["PersoonBasis"] & {
            /** @description Het domein waartoe de identificatie behoort. */
            domein?: string;
            indicatieNietToonbareDiakriet?: boolean;
            beschikkingsbevoegdheid?: components["schemas"]["Waardelijst"];
            woonadres?: components["schemas"]["AdresUitgebreid"];
            postadres?: components["schemas"]["Postadres"];
            kadastraalOnroerendeZaakIdentificaties?: string[];
        };
        Postadres: components["schemas"]["AdresUitgebreid"] & {
            postbusnummer?: number;
        };
        /**
         * @description Een aanduiding die aangeeft dat de ingeschrevene een man of een vrouw is, of dat het geslacht (nog) onbekend is:
         *       * `man` - Man
         *       * `vrouw` - Vrouw
         *       * `onbekend` - Onbekend
         * @enum {string}
         */
        GeslachtEnum: "man" | "vrouw" | "onbekend";
        /** @description Partnerschap is een groep gegevens over de huwelijkse- of partnerschapstatus van een persoon. */
        HeeftPartnerschap: {
            naam?: components["schemas"]["Naam"];
        };
        /** @description Naam is een groep gegevens met de geslachtsnaam, voorletters en voornamen die men wil gebruiken bij aanschrijving. */
        Naam: {
            /** @description De geslachtsnaam is de (achter)naam waarvan eventuele voorvoegsels en adellijke titel zijn afgesplitst. */
            geslachtsnaam?: string;
            /** @description De voornamen zijn de verzameling namen die, gescheiden door spaties, aan de geslachtsnaam voorafgaat. Indien aanwezig, wordt het predikaat afgesplitst. */
            voornamen?: string;
            /**
             * voorvoegselsgeslachtsnaam
             * @description Voorvoegselsgeslachtsnaam is het deel van de geslachtsnaam dat, gescheiden door een spatie, vooraf gaat aan de rest van de geslachtsnaam.
             */
            voorvoegsel?: string;
        };
        NaamPersoon: components["schemas"]["Naam"] & {
            /**
             * @description De aanschrijfwijze wordt gebruikt als eerste regel in de adressering op een envelop, of links bovenaan een brief, direct boven het adres.
             * @example G.H I. In het Veld-van Velzen
             */
            aanschrijfwijze?: string;
            /**
             * @description De aanhef wordt gebruikt bovenaan een brief
             * @example Geachte mevrouw In het Veld-van Velzen
             */
            aanhef?: string;
            /**
             * @description De gebruikInLopendeTekst wordt gebruikt om de persoon aan te duiden binnen een zin in een tekst
             * @example mevrouw In het Veld-van Velzen
             */
            gebruikInLopendeTekst?: string;
        };
        /**
         * @description Geboorte is een groep gegevens over de geboorte van een persoon.
         *
         *
         *     Waardelijst in deze component :
         *       [land](http://www.kadaster.nl/schemas/waardelijsten/BRPLand/)
         */
        Geboorte: {
            /**
             * geboorteplaats
             * @description Plaats of een plaatsbepaling waar de persoon is geboren.
             */
            plaats?: string;
            datum?: components["schemas"]["DatumOnvolledig"];
            land?: components["schemas"]["Waardelijst"];
        };
        /** @description Gegevens over de datums die mogelijk niet volledig zijn. */
        DatumOnvolledig: {
            /**
             * @description Als de dag van de datum bekend is wordt dit element gevuld, ook als de volledige datum bekend is.
             * @example 3
             */
            dag?: number;
            /**
             * Format: date
             * @description Als de volledige datum bekend is wordt de datum gevuld die in de date definitie past.
             * @example 1989-05-03
             */
            datum?: string;
            /**
             * @description Als het jaar van de datum bekend is wordt dit element gevuld, ook als de volledige datum bekend is.
             * @example 1989
             */
            jaar?: number;
            /**
             * @description Als de maand van een datum bekend is wordt dit element gevuld, ook als de volledige datum bekend is.
             * @example 5
             */
            maand?: number;
        };
        /** @description Overlijden is een groep gegevens over het overlijden van een persoon. */
        Overlijden: {
            datum?: components["schemas"]["DatumOnvolledig"];
        };
        KadasterNietNatuurlijkPersoon: components["schemas"]["KadasterPersoon"] & {
            statutaireNaam?: string;
            statutaireZetel?: string;
            rechtsvorm?: components["schemas"]["Waardelijst"];
            kvkNummer?: string;
            rsin?: string;
        };
        /**
         * @description Bij een hypotheek op de kadastraal onroerende zaak dient het eigendomsrecht van de hypotheekgever als onderpand voor een geldlening of krediet bij de hypotheekhouder (geldverstrekker).
         *
         *     Waardelijst in deze component :
         *     - [omschrijvingBetrokkenRecht](http://www.kadaster.nl/schemas/waardelijsten/BetrokkenRecht/)
         */
        Hypotheek: {
            identificatie?: string;
            /** @description Het domein waartoe de identificatie behoort. */
            domein?: string;
            aandeelInBetrokkenRecht?: components["schemas"]["TypeBreuk"];
            gedeeltelijkeBezwaringOudObject?: boolean;
            omschrijvingBetrokkenRecht?: components["schemas"]["Waardelijst"];
            /** @description Toelichtende tekst van de bewaarder. De bewaarder is iemand die bij het Kadaster werkt. Hij schrijft stukken in in de openbare registers en de basisregistratie Kadaster conform de Kadasterwet. */
            toelichtingBewaarder?: string;
            betreftGedeelteVanPerceel?: boolean;
            aantekeningen?: components["schemas"]["AantekeningHypotheek"][];
            /** @description Een hypotheekhouder vestigt als geldverstrekker een recht van hypotheek als zekerheid voor de lening. */
            hypotheekhouders?: components["schemas"]["PersoonBeperkt"][];
            bedragZekerheidsstelling?: components["schemas"]["Bedrag"];
            /**
             * @description Identificatie van het stuk. Een stuk is een brondocument dat aanleiding geeft
             *     tot een wijziging van de gegevens in een basisregistratie.
             *     Dit kan een aangeboden stuk of een kadasterstuk zijn.
             */
            stukIdentificaties?: string[];
            omschrijvingGekozenWoonplaats?: string;
            /** @description De identificatie van het stukdeel (paragraaf in een akte met een rechtsfeit) waarop deze hypotheek is gebaseerd. */
            isGebaseerdOpStukdeelIdentificatie?: string;
            /** @description De identificaties van de stukdelen (paragrafen in een akte met een rechtsfeit) waarin deze hypotheek is vermeld */
            isVermeldInStukdeelIdentificaties?: string[];
        };
        AantekeningHypotheek: components["schemas"]["AantekeningBasis"] & {
            betreftGedeelteVanPerceel?: boolean;
        };
        /**
         * @description Tijdelijke maatregel opgelegd door een partij waardoor de zakelijk gerechtigde niets met de kadastraal onroerende zaak kan doen.
         *
         *     Waardelijst in deze component :
         *     - [omschrijvingBetrokkenRecht](http://www.kadaster.nl/schemas/waardelijsten/BetrokkenRecht/) en [aard](http://www.kadaster.nl/schemas/waardelijsten/AardBeslag/)
         */
        Beslag: {
            identificatie?: string;
            /** @description Het domein waartoe de identificatie behoort. */
            domein?: string;
            aandeelInBetrokkenRecht?: components["schemas"]["TypeBreuk"];
            /** @description Indicatie of het object waarop beslag is gelegd gedeeltelijk uit een inmiddels vervallen object bestaat. */
            gedeeltelijkeBezwaringOudObject?: boolean;
            omschrijvingBetrokkenRecht?: components["schemas"]["Waardelijst"];
            /** @description Toelichtende tekst van de bewaarder. De bewaarder is iemand die bij het Kadaster werkt. Hij schrijft stukken in in de openbare registers en de basisregistratie Kadaster conform de Kadasterwet. */
            toelichtingBewaarder?: string;
            aard?: components["schemas"]["Waardelijst"];
            aantekeningen?: components["schemas"]["AantekeningBasis"][];
            beslagleggers?: components["schemas"]["PersoonBeperkt"][];
            bedragVordering?: components["schemas"]["Bedrag"];
            /**
             * @description Identificatie van het stuk. Een stuk is een brondocument dat aanleiding geeft
             *     tot een wijziging van de gegevens in een basisregistratie.
             *     Dit kan een aangeboden stuk of een kadasterstuk zijn.
             */
            stukIdentificaties?: string[];
            /** @description De identificatie van het stukdeel (paragraaf in een akte met een rechtsfeit) waarop dit beslag is gebaseerd. */
            isGebaseerdOpStukdeelIdentificatie?: string;
            /** @description De identificaties van de stukdelen (paragrafen in een akte met een rechtsfeit) waarin dit beslag is vermeld */
            isVermeldInStukdeelIdentificaties?: string[];
        };
        /** @description Beperkingen op een kadastraal onroerende zaak die door de overheid zijn opgelegd. Deze bepalen wat een eigenaar wel of niet mag doen met een woning, een ander gebouw of een stuk grond. Het gaat het bijvoorbeeld om beschermde monumenten, natuurmonumenten, bodembescherming, eisen die binnen de Woningwet worden gesteld, of maatregelen die nodig zijn voor landsverdediging. */
        PubliekrechtelijkeBeperking: {
            identificatie?: string;
            /** @description Het domein waartoe de identificatie behoort. */
            domein?: string;
            grondslag?: components["schemas"]["Waardelijst"];
            /** Format: date */
            datumInWerking?: string;
            /** Format: date */
            datumBeeindiging?: string;
            bevoegdGezag?: components["schemas"]["NietNatuurlijkPersoonBeperkt"];
            /**
             * @description Identificatie van het stuk. Een stuk is een brondocument dat aanleiding geeft
             *     tot een wijziging van de gegevens in een basisregistratie.
             *     Dit kan een aangeboden stuk of een kadasterstuk zijn.
             */
            stukIdentificaties?: string[];
            /** @description De identificatie van het stukdeel (paragraaf in een akte met een rechtsfeit) waarop deze publiekrechtelijke beperking is gebaseerd. */
            isGebaseerdOpStukdeelIdentificatie?: string;
            /** @description De identificaties van de stukdelen (paragrafen in een akte met een rechtsfeit) waarin deze publiekrechtelijke beperking gerechtigde is vermeld. */
            isVermeldInStukdeelIdentificaties?: string[];
        };
        /**
         * @description Een stuk is een brondocument dat aanleiding geeft tot een wijziging van de gegevens in een basisregistratie.
         *     Waardelijsten in deze component :
         *       [aard](http://www.kadaster.nl/schemas/waardelijsten/AardAangebodenStuk/) en
         *       [status](http://www.kadaster.nl/schemas/waardelijsten/StatusStukOR/)"
         */
        Stuk: {
            identificatie?: string;
            deelEnNummer?: components["schemas"]["DeelEnNummer"];
            /** @description Het domein waartoe de identificatie behoort. */
            domein?: string;
            /**
             * @description Toelichtende tekst bij een onroerende zaak van de bewaarder.
             *     De bewaarder is iemand die bij het Kadaster werkt.
             *     Hij schrijft stukken in in de openbare registers en de basisregistratie Kadaster conform de Kadasterwet.
             */
            toelichtingBewaarder?: string;
            stukdeelIdentificaties?: string[];
            /**
             * @description Correctie in de openbare registers door de bewaarder.
             *     De bewaarder is iemand die bij het Kadaster werkt.
             *     Hij schrijft stukken in in de openbare registers en de basisregistratie Kadaster conform de Kadasterwet.
             */
            bewaardersVerklaring?: string;
            /** @description Geeft aan dat er een tekening van het appartement als bijlage bij het stuk aanwezig is. */
            indicatieTekeningBijgevoegd?: boolean;
            aard?: components["schemas"]["Waardelijst"];
            status?: components["schemas"]["Waardelijst"];
            equivalentieVerklaarder?: components["schemas"]["EquivalentieVerklaarder"];
            kadasterverzoeken?: components["schemas"]["Kadasterverzoek"][];
        };
        /**
         * @description Deel en nummer identificeren een Ter Inschrijving Aangeboden stuk door gebruik te maken van vijf gegevenselementen.
         *     Waardelijst in deze component :
         *       [reeks(http://www.kadaster.nl/schemas/waardelijsten/Reekscode/)
         *       [registercode](http://www.kadaster.nl/schemas/waardelijsten/Registercode/)
         *       [soortRegister](http://www.kadaster.nl/schemas/waardelijsten/SoortRegister/)
         */
        DeelEnNummer: {
            /** @description Identificatie van het stuk binnen zijn soort. */
            deel?: string;
            /** @description Volgnummer van het stuk. */
            nummer?: string;
            reeks?: components["schemas"]["Waardelijst"];
            registercode?: components["schemas"]["Waardelijst"];
            soortRegister?: components["schemas"]["Waardelijst"];
        };
        /**
         * @description De persoon (bijvoorbeeld de notaris) die heeft verklaard dat het stuk dat hij inschrijft in de openbare registers hetzelfde is als
         *     het stuk dat hij zelf onder zich houdt ( equivalentieverklaring).
         */
        EquivalentieVerklaarder: components["schemas"]["Naam"] & {
            /** @description Adres of standplaats/plaats van vestiging van de ondertekenaar. */
            standplaats?: string;
        };
        /**
         * @description Een verzoek om verbetering van een aangeboden stuk, of om de aanbieder te wijzen op het niet inschrijven van het stuk.
         *     Waardelijst in deze component :
         *       [aard](http://www.kadaster.nl/schemas/waardelijsten/AardKadasterverzoek/)
         */
        Kadasterverzoek: {
            aard?: components["schemas"]["Waardelijst"];
            redenenVerzoek?: components["schemas"]["RedenVerzoek"][];
        };
        /**
         * @description De reden om een stuk niet in te schrijven of om verbetering te vragen.
         *     Waardelijst in deze component :
         *     [reden](http://www.kadaster.nl/schemas/waardelijsten/RedenVerzoek/)
         */
        RedenVerzoek: {
            /**
             * @description De omschrijving van de reden voor een kadasterverzoek die afwijkt van de standaard redenen die kunnen worden opgegeven.
             *     Bij opgave van de reden is voor _overig_ gekozen.
             */
            redenOmschrijving?: string;
            reden?: components["schemas"]["Waardelijst"];
        };
        /** @description Een stukdeel is een paragraaf in een akte waarmee een recht gevestigd wordt. */
        Stukdeel: {
            identificatie?: string;
            /** @description Het domein waartoe de identificatie behoort. */
            domein?: string;
            aard?: components["schemas"]["Waardelijst"];
            bedragTransactiesomLevering?: components["schemas"]["Bedrag"];
            omschrijvingKadastraleObjecten?: string;
            omschrijvingTopografischeMutatie?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        api_version: string;
        /** @description CRS van de meegegeven geometrie. epsg:28992 mapt op het RD New Nederlands coordinatenstelsel. */
        contentCrs: "epsg:28992";
        warning: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    GetKadastraalOnroerendeZaken: {
        parameters: {
            query?: {
                /** @description Hiermee kun je opgeven welke gerelateerde resources meegeleverd moeten worden, en hun inhoud naar behoefte aanpassen. Hele resources of enkele properties geef je in de expand parameter kommagescheiden op. Properties die je wil ontvangen geef je op met de resource-naam gevolgd door de property naam, met daartussen een punt. In de definitie van het antwoord kun je bij _embedded zien welke gerelateerde resources meegeleverd kunnen worden. Zie [functionele specificaties](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/expand.feature). */
                expand?: string;
                /** @description Hiermee kun je de inhoud van de resource naar behoefte aanpassen door een door komma's gescheiden lijst van property namen op te geven. Bij opgave van niet-bestaande properties wordt een 400 Bad Request teruggegeven. Wanneer de fields parameter niet is opgegeven, worden alle properties met een waarde teruggegeven. Zie [functionele specificaties](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/fields.feature) */
                fields?: string;
                /**
                 * @description Kadastrale aanduiding is een unieke aanduiding van een onroerende zaak. De volgorde waarin deze string wordt opgebouwd is
                 *
                 *     - [Kadastrale gemeente](http://www.kadaster.nl/schemas/waardelijsten/KadastraleGemeente/).
                 *
                 *     - sectie, 1 of 2 hoofdletters
                 *
                 *     - perceelnummer, 1 tot 5 cijfers
                 *
                 *     - appartementsrechtVolgnummer, Hoofdletter A gevolgd door 1 tot 4 cijfers (optioneel)
                 *
                 *
                 *     gescheiden door een spatie"
                 */
                kadastraleAanduiding?: string;
                /** @description De identificatie van de Kadasterpersoon, een niet-ingeschreven persoon of een rechtspersoon waarvan de gegevens door het kadaster zijn geregistreerd. Deze persoon is zakelijk gerechtigde van de Kadastraal Onroerende Zaak. Door deze query-parameter te gebruiken worden Kadastraal Onroerende Zaken geretourneerd waar deze persoon een zakelijk recht op heeft. */
                persoon__identificatie?: string;
                /** @description De postcode van het adres van de objectlocatie van de kadastraal onroerende zaak. */
                postcode?: string;
                /** @description Het huisnummer van het adres van de objectlocatie van de kadastraal onroerende zaak. */
                huisnummer?: number;
                /** @description De huisletter van het adres van de objectlocatie van de kadastraal onroerende zaak. */
                huisletter?: string;
                /** @description De huisnummertoevoeging van het adres van de objectlocatie van de kadastraal onroerende zaak. */
                huisnummertoevoeging?: string;
                /** @description De nummeraanduidingIdentificatie van een adres dat is geregistreerd als de locatie van deze kadastraal onroerende zaak. */
                nummeraanduidingIdentificatie?: string;
                /**
                 * @description Kadastrale aanduiding is in sommige domeinen opgeslagen met de gemeentecode in plaats van de gemeentenaam.
                 *     Dit is een unieke aanduiding van een onroerende zaak. De volgorde waarin deze string wordt opgebouwd is
                 *
                 *     - [Gemeentecode van de kadastrale gemeente](http://www.kadaster.nl/schemas/waardelijsten/KadastraleGemeente/).
                 *
                 *     - sectie, 1 of 2 hoofdletters
                 *
                 *     - perceelnummer, 1 tot 5 cijfers
                 *
                 *     - appartementsrechtVolgnummer, Hoofdletter A gevolgd door 1 tot 4 cijfers (optioneel)
                 *
                 *
                 *     gescheiden door een spatie"
                 */
                kadastraleAanduidingMetGemeentecode?: string;
                /** @description Bepaalt of ook de Kadastraal onroerende zaken worden geleverd die zijn ontstaan uit splitsing van de gevonden Kadastraal onroerende zaak. */
                inclusiefKadastraalOnroerendeZakenUitSplitsing?: boolean;
            };
            header?: {
                /** @description Gewenste CRS van de coördinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Zoekactie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["KadastraalOnroerendeZaakHalCollectie"];
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
            /** @description Service Unavailable */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4",
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "status": 503,
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
        };
    };
    ZoekKadastraalOnroerendeZakenMetBsn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gewenste CRS van de coördinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BsnBody"];
            };
        };
        responses: {
            /** @description Zoekactie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["KadastraalOnroerendeZaakHalCollectie"];
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
            /** @description Service Unavailable */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4",
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "status": 503,
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
        };
    };
    GetKadastraalOnroerendeZaak: {
        parameters: {
            query?: {
                /** @description Hiermee kun je opgeven welke gerelateerde resources meegeleverd moeten worden, en hun inhoud naar behoefte aanpassen. Hele resources of enkele properties geef je in de expand parameter kommagescheiden op. Properties die je wil ontvangen geef je op met de resource-naam gevolgd door de property naam, met daartussen een punt. In de definitie van het antwoord kun je bij _embedded zien welke gerelateerde resources meegeleverd kunnen worden. Zie [functionele specificaties](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/expand.feature). */
                expand?: string;
                /** @description Hiermee kun je de inhoud van de resource naar behoefte aanpassen door een door komma's gescheiden lijst van property namen op te geven. Bij opgave van niet-bestaande properties wordt een 400 Bad Request teruggegeven. Wanneer de fields parameter niet is opgegeven, worden alle properties met een waarde teruggegeven. Zie [functionele specificaties](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/fields.feature) */
                fields?: string;
            };
            header?: {
                /** @description Gewenste CRS van de coördinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path: {
                /** @description De unieke identificatie van een kadastraal onroerende zaak. */
                kadastraalOnroerendeZaakIdentificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Zoekactie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["KadastraalOnroerendeZaakHal"];
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
            /** @description Service Unavailable */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4",
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "status": 503,
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
        };
    };
    GetZakelijkGerechtigde: {
        parameters: {
            query?: {
                /** @description Hiermee kun je de inhoud van de resource naar behoefte aanpassen door een door komma's gescheiden lijst van property namen op te geven. Bij opgave van niet-bestaande properties wordt een 400 Bad Request teruggegeven. Wanneer de fields parameter niet is opgegeven, worden alle properties met een waarde teruggegeven. Zie [functionele specificaties](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/fields.feature) */
                fields?: string;
            };
            header?: {
                /** @description Gewenste CRS van de coördinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path: {
                /** @description De unieke identificatie van een kadastraal onroerende zaak. */
                kadastraalOnroerendeZaakIdentificatie: string;
                /** @description De identificatie van de zakelijk gerechtigde */
                zakelijkGerechtigdeIdentificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Zoekactie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["ZakelijkGerechtigdeHal"];
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
            /** @description Service Unavailable */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4",
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "status": 503,
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
        };
    };
    GetZakelijkGerechtigden: {
        parameters: {
            query?: {
                /** @description Hiermee kun je de inhoud van de resource naar behoefte aanpassen door een door komma's gescheiden lijst van property namen op te geven. Bij opgave van niet-bestaande properties wordt een 400 Bad Request teruggegeven. Wanneer de fields parameter niet is opgegeven, worden alle properties met een waarde teruggegeven. Zie [functionele specificaties](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/fields.feature) */
                fields?: string;
                /** @description Het type recht dat de zakelijk gerechtigde heeft op de kadastraal onroerende zaak. De waarden van de typering staan in een waardelijst. */
                type?: components["schemas"]["TypeGerechtigdeEnum"];
            };
            header?: {
                /** @description Gewenste CRS van de coördinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path: {
                /** @description De unieke identificatie van een kadastraal onroerende zaak. */
                kadastraalOnroerendeZaakIdentificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Zoekactie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["ZakelijkGerechtigdeHalCollectie"];
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
            /** @description Service Unavailable */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4",
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "status": 503,
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
        };
    };
    GetKadasterPersoon: {
        parameters: {
            query?: {
                /** @description Hiermee kun je de inhoud van de resource naar behoefte aanpassen door een door komma's gescheiden lijst van property namen op te geven. Bij opgave van niet-bestaande properties wordt een 400 Bad Request teruggegeven. Wanneer de fields parameter niet is opgegeven, worden alle properties met een waarde teruggegeven. Zie [functionele specificaties](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/fields.feature) */
                fields?: string;
            };
            header?: never;
            path: {
                kadasterNatuurlijkPersoonIdentificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Zoekactie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["KadasterNatuurlijkPersoonHal"];
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
            /** @description Service Unavailable */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4",
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "status": 503,
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
        };
    };
    GetKadasterNietNatuurlijkPersoon: {
        parameters: {
            query?: {
                /** @description Hiermee kun je de inhoud van de resource naar behoefte aanpassen door een door komma's gescheiden lijst van property namen op te geven. Bij opgave van niet-bestaande properties wordt een 400 Bad Request teruggegeven. Wanneer de fields parameter niet is opgegeven, worden alle properties met een waarde teruggegeven. Zie [functionele specificaties](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/fields.feature) */
                fields?: string;
            };
            header?: never;
            path: {
                kadasterNietNatuurlijkPersoonIdentificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Zoekactie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["KadasterNietNatuurlijkPersoonHal"];
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
            /** @description Service Unavailable */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4",
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "status": 503,
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
        };
    };
    GetKadasterPersonen: {
        parameters: {
            query: {
                /** @description Hiermee kun je de inhoud van de resource naar behoefte aanpassen door een door komma's gescheiden lijst van property namen op te geven. Bij opgave van niet-bestaande properties wordt een 400 Bad Request teruggegeven. Wanneer de fields parameter niet is opgegeven, worden alle properties met een waarde teruggegeven. Zie [functionele specificaties](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/fields.feature) */
                fields?: string;
                /** @description Free query parameter. Dit endpoint evolueert naar free query zoeken. In deze versie kan alleen een combinatie van (het begin van) de geslachtsnaam en geboortedatum [YYYY-mm-dd] worden opgegeven. */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Zoekactie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["KadasterNatuurlijkPersoonHalCollectie"];
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
            /** @description Service Unavailable */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4",
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "status": 503,
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
        };
    };
    GetKadasterNietNatuurlijkPersonen: {
        parameters: {
            query: {
                /** @description Hiermee kun je de inhoud van de resource naar behoefte aanpassen door een door komma's gescheiden lijst van property namen op te geven. Bij opgave van niet-bestaande properties wordt een 400 Bad Request teruggegeven. Wanneer de fields parameter niet is opgegeven, worden alle properties met een waarde teruggegeven. Zie [functionele specificaties](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/fields.feature) */
                fields?: string;
                /** @description Free query parameter. Dit endpoint evolueert naar free query zoeken. In deze versie kan alleen een combinatie van (het begin van de) de statutaire naam en zetel (vestigingsplaats) worden opgegeven. Let op! Een niet natuurlijk persoon kan meerdere keren, en op meer dan één manier voorkomen in de BRK. */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Zoekactie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["KadasterNietNatuurlijkPersoonHalCollectie"];
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
            /** @description Service Unavailable */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4",
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "status": 503,
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
        };
    };
    GetHypothekenKadastraalOnroerendeZaak: {
        parameters: {
            query?: {
                /** @description Hiermee kun je de inhoud van de resource naar behoefte aanpassen door een door komma's gescheiden lijst van property namen op te geven. Bij opgave van niet-bestaande properties wordt een 400 Bad Request teruggegeven. Wanneer de fields parameter niet is opgegeven, worden alle properties met een waarde teruggegeven. Zie [functionele specificaties](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/fields.feature) */
                fields?: string;
            };
            header?: never;
            path: {
                /** @description De unieke identificatie van een kadastraal onroerende zaak. */
                kadastraalOnroerendeZaakIdentificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Zoekactie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["HypotheekHalCollectie"];
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
            /** @description Service Unavailable */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4",
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "status": 503,
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
        };
    };
    GetHypotheek: {
        parameters: {
            query?: {
                /** @description Hiermee kun je de inhoud van de resource naar behoefte aanpassen door een door komma's gescheiden lijst van property namen op te geven. Bij opgave van niet-bestaande properties wordt een 400 Bad Request teruggegeven. Wanneer de fields parameter niet is opgegeven, worden alle properties met een waarde teruggegeven. Zie [functionele specificaties](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/fields.feature) */
                fields?: string;
            };
            header?: never;
            path: {
                /** @description De unieke identificatie van een kadastraal onroerende zaak. */
                kadastraalOnroerendeZaakIdentificatie: string;
                /** @description De unieke identificatie van de hypotheek. */
                hypotheekIdentificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Raadplegen geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["HypotheekHal"];
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
            /** @description Precondition failed */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.13",
                     *       "title": "Precondition Failed",
                     *       "status": 412,
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.16",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "The server is refusing the request because the entity of the request is in a format not supported by the requested resource for the requested method.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "unsupported"
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
            /** @description Service Unavailable */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4",
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "status": 503,
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
        };
    };
    GetBeslagenKadastraalOnroerendeZaak: {
        parameters: {
            query?: {
                /** @description Hiermee kun je de inhoud van de resource naar behoefte aanpassen door een door komma's gescheiden lijst van property namen op te geven. Bij opgave van niet-bestaande properties wordt een 400 Bad Request teruggegeven. Wanneer de fields parameter niet is opgegeven, worden alle properties met een waarde teruggegeven. Zie [functionele specificaties](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/fields.feature) */
                fields?: string;
            };
            header?: never;
            path: {
                /** @description De unieke identificatie van een kadastraal onroerende zaak. */
                kadastraalOnroerendeZaakIdentificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Zoekactie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["BeslagHalCollectie"];
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
            /** @description Service Unavailable */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4",
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "status": 503,
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
        };
    };
    GetBeslag: {
        parameters: {
            query?: {
                /** @description Hiermee kun je de inhoud van de resource naar behoefte aanpassen door een door komma's gescheiden lijst van property namen op te geven. Bij opgave van niet-bestaande properties wordt een 400 Bad Request teruggegeven. Wanneer de fields parameter niet is opgegeven, worden alle properties met een waarde teruggegeven. Zie [functionele specificaties](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/fields.feature) */
                fields?: string;
            };
            header?: never;
            path: {
                /** @description De unieke identificatie van een kadastraal onroerende zaak. */
                kadastraalOnroerendeZaakIdentificatie: string;
                /** @description De unieke identificatie van het beslag. */
                beslagIdentificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Raadplegen geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["BeslagHal"];
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
            /** @description Precondition failed */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.13",
                     *       "title": "Precondition Failed",
                     *       "status": 412,
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
            /** @description Unsupported Media Type */
            415: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.4.16",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "The server is refusing the request because the entity of the request is in a format not supported by the requested resource for the requested method.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "unsupported"
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
            /** @description Service Unavailable */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4",
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "status": 503,
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
        };
    };
    GetPrivaatrechtelijkeBeperkingen: {
        parameters: {
            query?: {
                /** @description Hiermee kun je de inhoud van de resource naar behoefte aanpassen door een door komma's gescheiden lijst van property namen op te geven. Bij opgave van niet-bestaande properties wordt een 400 Bad Request teruggegeven. Wanneer de fields parameter niet is opgegeven, worden alle properties met een waarde teruggegeven. Zie [functionele specificaties](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/fields.feature) */
                fields?: string;
            };
            header?: never;
            path: {
                /** @description De unieke identificatie van een kadastraal onroerende zaak. */
                kadastraalOnroerendeZaakIdentificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Zoekactie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["PrivaatrechtelijkeBeperkingHalCollectie"];
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
            /** @description Service Unavailable */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4",
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "status": 503,
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
        };
    };
    GetPrivaatrechtelijkeBeperking: {
        parameters: {
            query?: {
                /** @description Hiermee kun je de inhoud van de resource naar behoefte aanpassen door een door komma's gescheiden lijst van property namen op te geven. Bij opgave van niet-bestaande properties wordt een 400 Bad Request teruggegeven. Wanneer de fields parameter niet is opgegeven, worden alle properties met een waarde teruggegeven. Zie [functionele specificaties](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/fields.feature) */
                fields?: string;
            };
            header?: never;
            path: {
                /** @description De unieke identificatie van een kadastraal onroerende zaak. */
                kadastraalOnroerendeZaakIdentificatie: string;
                /** @description De unieke identificatie van een privaatrechtelijke beperking. */
                privaatrechtelijkeBeperkingIdentificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Zoekactie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["PrivaatrechtelijkeBeperkingHal"];
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
            /** @description Service Unavailable */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4",
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "status": 503,
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
        };
    };
    GetPubliekrechtelijkeBeperkingen: {
        parameters: {
            query: {
                /** @description Hiermee kun je de inhoud van de resource naar behoefte aanpassen door een door komma's gescheiden lijst van property namen op te geven. Bij opgave van niet-bestaande properties wordt een 400 Bad Request teruggegeven. Wanneer de fields parameter niet is opgegeven, worden alle properties met een waarde teruggegeven. Zie [functionele specificaties](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/fields.feature) */
                fields?: string;
                /**
                 * @description De unieke identificatie van een kadastraal onroerende zaak.
                 *     Gezocht wordt naar publiekrechtelijke beperkingen die rusten op de onroerende zaak
                 */
                kadastraalOnroerendeZaakIdentificatie: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Zoekactie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["PubliekrechtelijkeBeperkingHalCollectie"];
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
            /** @description Service Unavailable */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4",
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "status": 503,
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
        };
    };
    GetStuk: {
        parameters: {
            query?: {
                /** @description Hiermee kun je opgeven welke gerelateerde resources meegeleverd moeten worden, en hun inhoud naar behoefte aanpassen. Hele resources of enkele properties geef je in de expand parameter kommagescheiden op. Properties die je wil ontvangen geef je op met de resource-naam gevolgd door de property naam, met daartussen een punt. In de definitie van het antwoord kun je bij _embedded zien welke gerelateerde resources meegeleverd kunnen worden. Zie [functionele specificaties](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/expand.feature). */
                expand?: string;
                /** @description Hiermee kun je de inhoud van de resource naar behoefte aanpassen door een door komma's gescheiden lijst van property namen op te geven. Bij opgave van niet-bestaande properties wordt een 400 Bad Request teruggegeven. Wanneer de fields parameter niet is opgegeven, worden alle properties met een waarde teruggegeven. Zie [functionele specificaties](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/fields.feature) */
                fields?: string;
            };
            header?: never;
            path: {
                stukIdentificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Zoekactie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["StukHal"];
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
            /** @description Service Unavailable */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4",
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "status": 503,
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
        };
    };
    GetStukdeel: {
        parameters: {
            query?: {
                /** @description Hiermee kun je de inhoud van de resource naar behoefte aanpassen door een door komma's gescheiden lijst van property namen op te geven. Bij opgave van niet-bestaande properties wordt een 400 Bad Request teruggegeven. Wanneer de fields parameter niet is opgegeven, worden alle properties met een waarde teruggegeven. Zie [functionele specificaties](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/fields.feature) */
                fields?: string;
                /** @description Hiermee kun je opgeven welke gerelateerde resources meegeleverd moeten worden, en hun inhoud naar behoefte aanpassen. Hele resources of enkele properties geef je in de expand parameter kommagescheiden op. Properties die je wil ontvangen geef je op met de resource-naam gevolgd door de property naam, met daartussen een punt. In de definitie van het antwoord kun je bij _embedded zien welke gerelateerde resources meegeleverd kunnen worden. Zie [functionele specificaties](https://github.com/VNG-Realisatie/Haal-Centraal-common/blob/v1.2.0/features/expand.feature). */
                expand?: string;
            };
            header?: never;
            path: {
                stukdeelIdentificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Zoekactie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["StukdeelHal"];
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
            /** @description Service Unavailable */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4",
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "status": 503,
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Foutbericht"];
                };
            };
        };
    };
}
