// Generated from mocks/specs/brp/brp-personen-bevragen-v2.7.0-openapi.yaml by scripts/gen-types.mjs. Do not edit.
export interface paths {
    "/personen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Zoek personen
         * @description Zoek personen met één van de onderstaande verplichte combinaties van parameters en vul ze evt. aan met optionele parameters.
         *
         *     1.  Raadpleeg met burgerservicenummer
         *     2.  Zoek met geslachtsnaam en geboortedatum
         *     3.  Zoek met geslachtsnaam, voornamen en gemeente van inschrijving
         *     4.  Zoek met postcode en huisnummer
         *     5.  Zoek met straat, huisnummer en gemeente van inschrijving
         *     6.  Zoek met nummeraanduiding identificatie
         *     7.  Zoek met adresseerbaarobject identificatie
         *
         *     Default krijg je personen terug die nog in leven zijn, tenzij je de inclusiefoverledenpersonen=true opgeeft.
         *
         *     Gebruik de fields parameter om alleen die gegevens op te vragen die je nodig hebt en waarvoor je geautoriseerd bent.
         */
        post: operations["Personen"];
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
        PersonenQuery: {
            type: string;
            /**
             * @description Hiermee kun je de velden opgeven die je wenst te ontvangen.
             *
             *     Velden die automatisch worden geleverd (inOnderzoek, geheimhoudingPersoonsgegevens, opschortingBijhouding, rni en verificatie) mag je niet opgeven in fields.
             *     Opgave van een pad dat verwijst naar een niet-bestaand veld of naar een automatisch geleverd veld leidt tot een 400 Bad Request.
             *
             *     Meer details over hoe fields werkt lees je in het [feature overzicht](https://developer.rvig.nl/brp-api/personen-response-filteren/).
             *     Stel je fields eenvoudig samen met de [fields tool](https://developer.rvig.nl/brp-api/fields-samenstellen/).
             */
            fields: components["schemas"]["Field"][];
            gemeenteVanInschrijving?: components["schemas"]["GemeenteVanInschrijving"];
        };
        /** @description Als je ook overleden personen in het antwoord wilt, geef dan de parameter inclusiefOverledenPersonen op met waarde True. */
        InclusiefOverledenPersonen: boolean;
        /** Format: date */
        DatumFilter: string;
        /** @description De (geslachts)naam waarvan de eventueel aanwezige voorvoegsels zijn afgesplitst. **Gebruik van de wildcard is toegestaan bij invoer van ten minste 3 letters.** **Zoeken met tekstvelden is case-insensitive.** */
        GeslachtsnaamFilter: string;
        /** @description Geeft aan dat de persoon een man of een vrouw is, of dat het geslacht (nog) onbekend is. */
        GeslachtFilter: string;
        /** @description Deel van de geslachtsnaam dat vooraf gaat aan de rest van de geslachtsnaam. **Zoeken met tekstvelden is case-insensitive.** */
        VoorvoegselFilter: string;
        /** @description De verzameling namen die, gescheiden door spaties, aan de geslachtsnaam voorafgaat. **Gebruik van de wildcard is toegestaan.** **Zoeken met tekstvelden is case-insensitive.** */
        VoornamenOptioneelFilter: string;
        ZoekMetGeslachtsnaamEnGeboortedatum: Omit<components["schemas"]["PersonenQuery"], "type"> & {
            inclusiefOverledenPersonen?: components["schemas"]["InclusiefOverledenPersonen"];
            /** @description Je kunt alleen zoeken met een volledige geboortedatum. */
            geboortedatum: components["schemas"]["DatumFilter"];
            geslachtsnaam: components["schemas"]["GeslachtsnaamFilter"];
            geslacht?: components["schemas"]["GeslachtFilter"];
            voorvoegsel?: components["schemas"]["VoorvoegselFilter"];
            voornamen?: components["schemas"]["VoornamenOptioneelFilter"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ZoekMetGeslachtsnaamEnGeboortedatum";
        };
        /** @description De verzameling namen die, gescheiden door spaties, aan de geslachtsnaam voorafgaat. **Gebruik van de wildcard is toegestaan bij invoer van ten minste 3 letters.** **Zoeken met tekstvelden is case-insensitive.** */
        VoornamenVerplichtFilter: string;
        ZoekMetNaamEnGemeenteVanInschrijving: Omit<WithRequired<components["schemas"]["PersonenQuery"], "gemeenteVanInschrijving">, "type"> & {
            inclusiefOverledenPersonen?: components["schemas"]["InclusiefOverledenPersonen"];
            geslacht?: components["schemas"]["GeslachtFilter"];
            geslachtsnaam: components["schemas"]["GeslachtsnaamFilter"];
            voorvoegsel?: components["schemas"]["VoorvoegselFilter"];
            voornamen: components["schemas"]["VoornamenVerplichtFilter"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ZoekMetNaamEnGemeenteVanInschrijving";
        };
        Burgerservicenummer: string;
        RaadpleegMetBurgerservicenummer: Omit<components["schemas"]["PersonenQuery"], "type"> & {
            burgerservicenummer: components["schemas"]["Burgerservicenummer"][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RaadpleegMetBurgerservicenummer";
        };
        /** @description Een toevoeging aan een huisnummer in de vorm van een letter die door de gemeente aan een adresseerbaar object is gegeven. */
        Huisletter: string;
        /** @description Een nummer dat door de gemeente aan een adresseerbaar object is gegeven. */
        Huisnummer: number;
        /** @description Een toevoeging aan een huisnummer of een combinatie van huisnummer en huisletter die door de gemeente aan een adresseerbaar object is gegeven. */
        Huisnummertoevoeging: string;
        /** @description De door PostNL vastgestelde code die bij een bepaalde combinatie van een straatnaam en een huisnummer hoort. */
        Postcode: string;
        ZoekMetPostcodeEnHuisnummer: Omit<components["schemas"]["PersonenQuery"], "type"> & {
            inclusiefOverledenPersonen?: components["schemas"]["InclusiefOverledenPersonen"];
            huisletter?: components["schemas"]["Huisletter"];
            huisnummer: components["schemas"]["Huisnummer"];
            huisnummertoevoeging?: components["schemas"]["Huisnummertoevoeging"];
            postcode: components["schemas"]["Postcode"];
            /** @description Je kunt alleen zoeken met een volledige geboortedatum. */
            geboortedatum?: components["schemas"]["DatumFilter"];
            geslachtsnaam?: components["schemas"]["GeslachtsnaamFilter"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ZoekMetPostcodeEnHuisnummer";
        };
        /** @description Een naam die door de gemeente aan een openbare ruimte is gegeven. **Gebruik van de wildcard is toegestaan bij invoer van ten minste 7 letters.** **Zoeken met tekstvelden is case-insensitive.** */
        StraatFilter: string;
        ZoekMetStraatHuisnummerEnGemeenteVanInschrijving: Omit<WithRequired<components["schemas"]["PersonenQuery"], "gemeenteVanInschrijving">, "type"> & {
            inclusiefOverledenPersonen?: components["schemas"]["InclusiefOverledenPersonen"];
            huisletter?: components["schemas"]["Huisletter"];
            huisnummer: components["schemas"]["Huisnummer"];
            huisnummertoevoeging?: components["schemas"]["Huisnummertoevoeging"];
            straat: components["schemas"]["StraatFilter"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ZoekMetStraatHuisnummerEnGemeenteVanInschrijving";
        };
        /** @description De unieke identificatie van een nummeraanduiding (en het bijbehorende adres) in de BAG. */
        NummeraanduidingIdentificatieFilter: string;
        ZoekMetNummeraanduidingIdentificatie: Omit<components["schemas"]["PersonenQuery"], "type"> & {
            inclusiefOverledenPersonen?: components["schemas"]["InclusiefOverledenPersonen"];
            nummeraanduidingIdentificatie: components["schemas"]["NummeraanduidingIdentificatieFilter"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ZoekMetNummeraanduidingIdentificatie";
        };
        /** @description De identificatiecode van een adresseerbaar object uitgezonderd de standaardwaarde (0000000000000000) */
        AdresseerbaarObjectIdentificatieFilter: string;
        ZoekMetAdresseerbaarObjectIdentificatie: Omit<components["schemas"]["PersonenQuery"], "type"> & {
            inclusiefOverledenPersonen?: components["schemas"]["InclusiefOverledenPersonen"];
            adresseerbaarObjectIdentificatie: components["schemas"]["AdresseerbaarObjectIdentificatieFilter"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ZoekMetAdresseerbaarObjectIdentificatie";
        };
        /** @description Het pad naar een gewenst veld in punt-gescheiden formaat. Bijvoorbeeld "burgerservicenummer", "geboorte.datum", "partners.naam.voornamen". */
        Field: string;
        /** @description Een code die aangeeft in welke gemeente de persoon woont, of de laatste gemeente waar de persoon heeft gewoond, of de gemeente waar de persoon voor het eerst is ingeschreven. */
        GemeenteVanInschrijving: string;
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
        PersonenQueryResponse: {
            type: string;
        };
        AbstractDatum: {
            type: string;
            langFormaat: string;
        };
        /** @description Datum conform iso8601 */
        VolledigeDatum: Omit<components["schemas"]["AbstractDatum"], "type"> & {
            /** Format: date */
            datum: string;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "Datum";
        };
        /** @description representatie voor een volledig onbekend datum */
        DatumOnbekend: Omit<components["schemas"]["AbstractDatum"], "type"> & {
            /** @default true */
            onbekend: boolean;
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "DatumOnbekend";
        };
        /** Format: int32 */
        Jaar: number;
        /** @description representatie voor een datum waarvan maand en dag onbekend zijn */
        JaarDatum: Omit<components["schemas"]["AbstractDatum"], "type"> & {
            jaar: components["schemas"]["Jaar"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "JaarDatum";
        };
        /** Format: int32 */
        Maand: number;
        /** @description representatie voor een datum waarvan de dag onbekend is */
        JaarMaandDatum: Omit<components["schemas"]["AbstractDatum"], "type"> & {
            jaar: components["schemas"]["Jaar"];
            maand: components["schemas"]["Maand"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "JaarMaandDatum";
        };
        GeboorteBasis: {
            /** @description Datum waarop de persoon is geboren. */
            datum?: components["schemas"]["AbstractDatum"];
        };
        InOnderzoek: {
            datumIngangOnderzoek?: components["schemas"]["AbstractDatum"];
        };
        GeboorteInOnderzoekBeperkt: components["schemas"]["InOnderzoek"] & {
            datum?: boolean;
        };
        GeboorteBeperkt: components["schemas"]["GeboorteBasis"] & {
            inOnderzoek?: components["schemas"]["GeboorteInOnderzoekBeperkt"];
        };
        /** @description Indicatie dat persoonsgegevens niet mogen worden verstrekt aan derden / maatschappelijke instellingen. */
        GeheimhoudingPersoonsgegevens: boolean;
        Waardetabel: {
            code?: string;
            omschrijving?: string;
        };
        /**
         * @description Geeft aan welke gegevens van de persoon in onderzoek zijn.
         *     * **datumIngangOnderzoekPersoon** - Deze datum heeft betrekking op burgerservicenummer, geslacht en leeftijd
         */
        PersoonInOnderzoekBeperkt: {
            datumIngangOnderzoekPersoon?: components["schemas"]["AbstractDatum"];
            burgerservicenummer?: boolean;
            geslacht?: boolean;
            leeftijd?: boolean;
        };
        /** @description Leeftijd in jaren op het moment van bevragen. */
        Leeftijd: number;
        /** @description De verzameling namen voor de geslachtsnaam, gescheiden door spaties. */
        Voornamen: string;
        /** @enum {string} */
        AdellijkeTitelPredicaatSoort: "titel" | "predicaat";
        /** @description Wordt gevuld met waarden uit de landelijke tabel 'Adellijke titel/predicaat'. De property soort geeft aan of het een 'predicaat' of een 'titel' is. */
        AdellijkeTitelPredicaatType: components["schemas"]["Waardetabel"] & {
            soort?: components["schemas"]["AdellijkeTitelPredicaatSoort"];
        };
        Voorvoegsel: string;
        /** @description De achternaam van een persoon. */
        Geslachtsnaam: string;
        /** @description De voorletters van de persoon, afgeleid van de voornamen. */
        Voorletters: string;
        /** @description Combinatie van predicaat, voornamen, adellijke titel, voorvoegsels en geslachtsnaam, zonder toevoeging van een eventuele partnernaam. */
        VolledigeNaam: string;
        NaamBasis: {
            voornamen?: components["schemas"]["Voornamen"];
            adellijkeTitelPredicaat?: components["schemas"]["AdellijkeTitelPredicaatType"];
            voorvoegsel?: components["schemas"]["Voorvoegsel"];
            geslachtsnaam?: components["schemas"]["Geslachtsnaam"];
            voorletters?: components["schemas"]["Voorletters"];
            volledigeNaam?: components["schemas"]["VolledigeNaam"];
        };
        /** @description Geeft aan welke gegevens over de naam in onderzoek zijn. */
        NaamInOnderzoek: components["schemas"]["InOnderzoek"] & {
            voornamen?: boolean;
            adellijkeTitelPredicaat?: boolean;
            voorvoegsel?: boolean;
            geslachtsnaam?: boolean;
            voorletters?: boolean;
        };
        NaamPersoonInOnderzoekBeperkt: components["schemas"]["NaamInOnderzoek"] & {
            volledigeNaam?: boolean;
        };
        /** @description Gegevens over de naam van de persoon. */
        NaamPersoonBeperkt: components["schemas"]["NaamBasis"] & {
            inOnderzoek?: components["schemas"]["NaamPersoonInOnderzoekBeperkt"];
        };
        OpschortingBijhoudingBasis: {
            reden?: components["schemas"]["Waardetabel"];
        };
        OpschortingBijhouding: components["schemas"]["OpschortingBijhoudingBasis"] & {
            /** @description De datum waarop de bijhouding van de persoonsgegevens is gestaakt. */
            datum?: components["schemas"]["AbstractDatum"];
        };
        /** @description Het eerste deel van een adres is een combinatie van de straat en huisnummer. */
        Adresregel1: string;
        /** @description Het tweede deel van een adres is een combinatie van woonplaats eventueel in combinatie met de postcode. */
        Adresregel2: string;
        /** @description Het derde deel van een adres is optioneel. Het gaat om een of meer geografische gebieden van het adres in het buitenland. */
        Adresregel3: string;
        /** @description Geeft aan dat is vastgesteld dat de persoon niet meer op de geregistreerde adres/locatie staat ingeschreven. */
        IndicatieVastgesteldVerblijftNietOpAdres: boolean;
        AdresseringBasis: {
            adresregel1?: components["schemas"]["Adresregel1"];
            adresregel2?: components["schemas"]["Adresregel2"];
            adresregel3?: components["schemas"]["Adresregel3"];
            land?: components["schemas"]["Waardetabel"];
            indicatieVastgesteldVerblijftNietOpAdres?: components["schemas"]["IndicatieVastgesteldVerblijftNietOpAdres"];
        };
        /** @description Geeft aan welke gegevens over de adressering in onderzoek zijn. */
        AdresseringInOnderzoekBeperkt: {
            adresregel1?: boolean;
            adresregel2?: boolean;
            adresregel3?: boolean;
            land?: boolean;
            datumIngangOnderzoekVerblijfplaats?: components["schemas"]["AbstractDatum"];
        };
        AdresseringBeperkt: components["schemas"]["AdresseringBasis"] & {
            inOnderzoek?: components["schemas"]["AdresseringInOnderzoekBeperkt"];
        };
        /** @description Omschrijving van het verdrag op basis waarvan een zusterorganisatie in het buitenland de gegevens bij de RNI-deelnemer heeft aangeleverd. */
        OmschrijvingVerdrag: string;
        /** @description Naam van categorie waarop de RNI-deelnemer gegevens heeft aangeleverd */
        Categorie: string;
        /** @description Gegevens over de RNI-deelnemer die de gegevens in de betrokken categorie heeft aangeleverd. */
        RniDeelnemer: {
            deelnemer?: components["schemas"]["Waardetabel"];
            omschrijvingVerdrag?: components["schemas"]["OmschrijvingVerdrag"];
            categorie?: components["schemas"]["Categorie"];
        };
        /** @description Omschrijving van de verificatie van de rni-gegevens */
        OmschrijvingVerificatie: string;
        Verificatie: {
            datum?: components["schemas"]["AbstractDatum"];
            omschrijving?: components["schemas"]["OmschrijvingVerificatie"];
        };
        PersoonBeperkt: {
            burgerservicenummer?: components["schemas"]["Burgerservicenummer"];
            geboorte?: components["schemas"]["GeboorteBeperkt"];
            geheimhoudingPersoonsgegevens?: components["schemas"]["GeheimhoudingPersoonsgegevens"];
            geslacht?: components["schemas"]["Waardetabel"];
            inOnderzoek?: components["schemas"]["PersoonInOnderzoekBeperkt"];
            leeftijd?: components["schemas"]["Leeftijd"];
            naam?: components["schemas"]["NaamPersoonBeperkt"];
            opschortingBijhouding?: components["schemas"]["OpschortingBijhouding"];
            adressering?: components["schemas"]["AdresseringBeperkt"];
            rni?: components["schemas"]["RniDeelnemer"][];
            verificatie?: components["schemas"]["Verificatie"];
        };
        ZoekMetGeslachtsnaamEnGeboortedatumResponse: Omit<components["schemas"]["PersonenQueryResponse"], "type"> & {
            personen?: components["schemas"]["PersoonBeperkt"][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ZoekMetGeslachtsnaamEnGeboortedatum";
        };
        ZoekMetNaamEnGemeenteVanInschrijvingResponse: Omit<components["schemas"]["PersonenQueryResponse"], "type"> & {
            personen?: components["schemas"]["PersoonBeperkt"][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ZoekMetNaamEnGemeenteVanInschrijving";
        };
        /** @description Het A-nummer van de persoon */
        ANummer: string;
        /**
         * @description Geeft aan welke gegevens van de persoon in onderzoek zijn.
         *     * **datumIngangOnderzoekPersoon** - Deze datum heeft betrekking op burgerservicenummer, geslacht en leeftijd
         *     * **datumIngangOnderzoekGemeente** - Deze datum heeft betrekking op gemeenteVanInschrijving en datumInschrijvingInGemeente
         *     * **datumIngangOnderzoekGezag** - Deze datumingang heeft betrekking op indicatieCurateleRegister en indicatieGezagMinderjarige
         */
        PersoonInOnderzoek: {
            datumIngangOnderzoekPersoon?: components["schemas"]["AbstractDatum"];
            datumIngangOnderzoekGemeente?: components["schemas"]["AbstractDatum"];
            datumIngangOnderzoekGezag?: components["schemas"]["AbstractDatum"];
            burgerservicenummer?: boolean;
            geslacht?: boolean;
            leeftijd?: boolean;
            gemeenteVanInschrijving?: boolean;
            datumInschrijvingInGemeente?: boolean;
            indicatieCurateleRegister?: boolean;
            /** @deprecated */
            indicatieGezagMinderjarige?: boolean;
        };
        UitsluitingKiesrechtBasis: {
            uitgeslotenVanKiesrecht?: boolean;
        };
        UitsluitingKiesrecht: components["schemas"]["UitsluitingKiesrechtBasis"] & {
            einddatum?: components["schemas"]["AbstractDatum"];
        };
        EuropeesKiesrechtBasis: {
            /** @description Geeft aan of persoon een oproep moet ontvangen voor verkiezingen voor het Europees parlement. Wordt gevuld met waarden voor 'Europees_Kiesrecht' in 'tabelwaarden.csv'. */
            aanduiding?: components["schemas"]["Waardetabel"];
        };
        EuropeesKiesrecht: components["schemas"]["EuropeesKiesrechtBasis"] & {
            einddatumUitsluiting?: components["schemas"]["AbstractDatum"];
        };
        NaamPersoonInOnderzoek: components["schemas"]["NaamInOnderzoek"] & {
            aanduidingNaamgebruik?: boolean;
            volledigeNaam?: boolean;
        };
        /** @description Gegevens over de naam van de persoon. */
        NaamPersoon: components["schemas"]["NaamBasis"] & {
            aanduidingNaamgebruik?: components["schemas"]["Waardetabel"];
            inOnderzoek?: components["schemas"]["NaamPersoonInOnderzoek"];
        };
        AbstractNationaliteit: {
            type: string;
            /** @description De reden op grond waarvan de persoon de nationaliteit gekregen heeft. Wordt gevuld met waarden uit de landelijke tabel 'Reden opnemen/beëindigen nationaliteit'. */
            redenOpname?: components["schemas"]["Waardetabel"];
            datumIngangGeldigheid?: components["schemas"]["AbstractDatum"];
        };
        /** @description Geeft aan welke gegevens over de nationaliteit in onderzoek zijn. */
        NationaliteitInOnderzoek: components["schemas"]["InOnderzoek"] & {
            type?: boolean;
            redenOpname?: boolean;
        };
        /** @description Geeft aan welke gegevens over de nationaliteit in onderzoek zijn. */
        NationaliteitBekendInOnderzoek: components["schemas"]["NationaliteitInOnderzoek"] & {
            nationaliteit?: boolean;
        };
        NationaliteitBekend: Omit<components["schemas"]["AbstractNationaliteit"], "type"> & {
            /** @description wordt gevuld met waarden uit de landelijke tabel 'Nationaliteiten'. */
            nationaliteit?: components["schemas"]["Waardetabel"];
            inOnderzoek?: components["schemas"]["NationaliteitBekendInOnderzoek"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "Nationaliteit";
        };
        /** @description Geeft aan welke gegevens over de nationaliteit in onderzoek zijn. */
        BijzonderNederlanderschapInOnderzoek: components["schemas"]["InOnderzoek"] & {
            type?: boolean;
            redenOpname?: boolean;
        };
        BehandeldAlsNederlander: Omit<components["schemas"]["AbstractNationaliteit"], "type"> & {
            inOnderzoek?: components["schemas"]["BijzonderNederlanderschapInOnderzoek"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "BehandeldAlsNederlander";
        };
        VastgesteldNietNederlander: Omit<components["schemas"]["AbstractNationaliteit"], "type"> & {
            inOnderzoek?: components["schemas"]["BijzonderNederlanderschapInOnderzoek"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "VastgesteldNietNederlander";
        };
        /** @description Geeft aan welke gegevens over de nationaliteit in onderzoek zijn. */
        StaatloosInOnderzoek: components["schemas"]["InOnderzoek"] & {
            type?: boolean;
            redenOpname?: boolean;
        };
        Staatloos: Omit<components["schemas"]["AbstractNationaliteit"], "type"> & {
            inOnderzoek?: components["schemas"]["StaatloosInOnderzoek"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "Staatloos";
        };
        /** @description Geeft aan welke gegevens over de nationaliteit in onderzoek zijn. */
        NationaliteitOnbekendInOnderzoek: components["schemas"]["InOnderzoek"] & {
            type?: boolean;
            redenOpname?: boolean;
        };
        NationaliteitOnbekend: Omit<components["schemas"]["AbstractNationaliteit"], "type"> & {
            inOnderzoek?: components["schemas"]["NationaliteitOnbekendInOnderzoek"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "NationaliteitOnbekend";
        };
        GeboorteInOnderzoek: components["schemas"]["InOnderzoek"] & {
            datum?: boolean;
            land?: boolean;
            plaats?: boolean;
        };
        /**
         * @description Gegevens over de geboorte.
         *     * **datum** - datum waarop de persoon is geboren.
         *     * **land** - land waar de persoon is geboren. Wordt gevuld met waarden uit de landelijke tabel 'Landen'.
         *     * **plaats** - gemeente waar de persoon is geboren. Wordt gevuld met waarden uit de landelijke tabel "Gemeenten" voor een gemeente in Nederland of als de persoon is geboren buiten Nederland de omschrijving van een buitenlandse plaatsnaam of aanduiding.
         */
        Geboorte: components["schemas"]["GeboorteBasis"] & {
            land?: components["schemas"]["Waardetabel"];
            plaats?: components["schemas"]["Waardetabel"];
            inOnderzoek?: components["schemas"]["GeboorteInOnderzoek"];
        };
        OverlijdenBasis: {
            /** @description land waar de persoon is overleden. Wordt gevuld met waarden uit de landelijke tabel 'Landen'. */
            land?: components["schemas"]["Waardetabel"];
            /** @description gemeente waar de persoon is overleden. Wordt gevuld met waarden uit de landelijke tabel "Gemeenten". */
            plaats?: components["schemas"]["Waardetabel"];
        };
        /** @description Geeft aan welke gegevens over het overlijden van de persoon in onderzoek zijn. */
        OverlijdenInOnderzoek: components["schemas"]["InOnderzoek"] & {
            datum?: boolean;
            land?: boolean;
            plaats?: boolean;
        };
        Overlijden: components["schemas"]["OverlijdenBasis"] & {
            /** @description datum waarop de persoon is overleden. */
            datum?: components["schemas"]["AbstractDatum"];
            inOnderzoek?: components["schemas"]["OverlijdenInOnderzoek"];
        };
        /** @description Gegevens over het verblijf of de woonlocatie van een persoon. */
        AbstractVerblijfplaats: {
            type: string;
            /**
             * @deprecated
             * @description datum waarop de gegevens over de verblijfplaats geldig zijn geworden.
             */
            datumIngangGeldigheid?: components["schemas"]["AbstractDatum"];
        };
        /** @description Het eerste deel van een buitenlands adres. Vaak is dit een combinatie van de straat en huisnummer. */
        Regel1: string;
        /** @description Het tweede deel van een buitenlands adres. Vaak is dit een combinatie van woonplaats eventueel in combinatie met de postcode. */
        Regel2: string;
        /** @description Het derde deel van een buitenlands adres is optioneel. Het gaat om een of meer geografische gebieden van het adres in het buitenland. */
        Regel3: string;
        VerblijfadresBuitenlandInOnderzoek: components["schemas"]["InOnderzoek"] & {
            regel1?: boolean;
            regel2?: boolean;
            regel3?: boolean;
            land?: boolean;
        };
        VerblijfadresBuitenland: {
            regel1?: components["schemas"]["Regel1"];
            regel2?: components["schemas"]["Regel2"];
            regel3?: components["schemas"]["Regel3"];
            land?: components["schemas"]["Waardetabel"];
            inOnderzoek?: components["schemas"]["VerblijfadresBuitenlandInOnderzoek"];
        };
        VerblijfplaatsBuitenlandInOnderzoek: components["schemas"]["InOnderzoek"] & {
            type?: boolean;
            datumVan?: boolean;
            /** @deprecated */
            datumIngangGeldigheid?: boolean;
        };
        VerblijfplaatsBuitenland: Omit<components["schemas"]["AbstractVerblijfplaats"], "type"> & {
            verblijfadres?: components["schemas"]["VerblijfadresBuitenland"];
            datumVan?: components["schemas"]["AbstractDatum"];
            inOnderzoek?: components["schemas"]["VerblijfplaatsBuitenlandInOnderzoek"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "VerblijfplaatsBuitenland";
        };
        /** @description De officiële naam van een openbare ruimte uit de Basisregistratie Gebouwen en Adressen (BAG). */
        OfficieleStraatnaam: string;
        /** @description De officiële naam van een openbare ruimte uit de Basisregistratie Gebouwen en Adressen (BAG), zo nodig verkort tot maximaal 24 tekens, of de straatnaam van een niet-BAG adres. */
        KorteStraatnaam: string;
        /**
         * woonplaats naam
         * @description Een woonplaats is een gedeelte van het grondgebied van de gemeente met een naam.
         */
        Woonplaats: string;
        VerblijfadresBinnenlandInOnderzoek: components["schemas"]["InOnderzoek"] & {
            aanduidingBijHuisnummer?: boolean;
            huisletter?: boolean;
            huisnummer?: boolean;
            huisnummertoevoeging?: boolean;
            officieleStraatnaam?: boolean;
            postcode?: boolean;
            korteStraatnaam?: boolean;
            woonplaats?: boolean;
        };
        VerblijfadresBinnenland: {
            officieleStraatnaam?: components["schemas"]["OfficieleStraatnaam"];
            korteStraatnaam?: components["schemas"]["KorteStraatnaam"];
            huisnummer?: components["schemas"]["Huisnummer"];
            huisletter?: components["schemas"]["Huisletter"];
            huisnummertoevoeging?: components["schemas"]["Huisnummertoevoeging"];
            aanduidingBijHuisnummer?: components["schemas"]["Waardetabel"];
            postcode?: components["schemas"]["Postcode"];
            woonplaats?: components["schemas"]["Woonplaats"];
            inOnderzoek?: components["schemas"]["VerblijfadresBinnenlandInOnderzoek"];
        };
        /** @description De identificatiecode van een adresseerbaar object. */
        AdresseerbaarObjectIdentificatie: string;
        /** @description Unieke identificatie van een nummeraanduiding (en het bijbehorende adres) in de BAG. */
        NummeraanduidingIdentificatie: string;
        AdresInOnderzoek: components["schemas"]["InOnderzoek"] & {
            type?: boolean;
            datumVan?: boolean;
            /** @deprecated */
            datumIngangGeldigheid?: boolean;
            nummeraanduidingIdentificatie?: boolean;
            adresseerbaarObjectIdentificatie?: boolean;
            functieAdres?: boolean;
        };
        /** @description Gegevens over het adres van een persoon. */
        Adres: Omit<components["schemas"]["AbstractVerblijfplaats"], "type"> & {
            verblijfadres?: components["schemas"]["VerblijfadresBinnenland"];
            functieAdres?: components["schemas"]["Waardetabel"];
            adresseerbaarObjectIdentificatie?: components["schemas"]["AdresseerbaarObjectIdentificatie"];
            nummeraanduidingIdentificatie?: components["schemas"]["NummeraanduidingIdentificatie"];
            /** @description de datum van aangifte of ambtshalve melding van verblijf en adres. */
            datumVan?: components["schemas"]["AbstractDatum"];
            indicatieVastgesteldVerblijftNietOpAdres?: components["schemas"]["IndicatieVastgesteldVerblijftNietOpAdres"];
            inOnderzoek?: components["schemas"]["AdresInOnderzoek"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "Adres";
        };
        VerblijfplaatsOnbekendInOnderzoek: components["schemas"]["InOnderzoek"] & {
            type?: boolean;
            datumVan?: boolean;
            /** @deprecated */
            datumIngangGeldigheid?: boolean;
        };
        VerblijfplaatsOnbekend: Omit<components["schemas"]["AbstractVerblijfplaats"], "type"> & {
            datumVan?: components["schemas"]["AbstractDatum"];
            inOnderzoek?: components["schemas"]["VerblijfplaatsOnbekendInOnderzoek"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "VerblijfplaatsOnbekend";
        };
        /** @description Omschrijving van de ligging van een verblijfsobject, standplaats of ligplaats. */
        Locatiebeschrijving: string;
        VerblijfadresLocatieInOnderzoek: components["schemas"]["InOnderzoek"] & {
            locatiebeschrijving?: boolean;
        };
        VerblijfadresLocatie: {
            locatiebeschrijving?: components["schemas"]["Locatiebeschrijving"];
            inOnderzoek?: components["schemas"]["VerblijfadresLocatieInOnderzoek"];
        };
        LocatieInOnderzoek: components["schemas"]["InOnderzoek"] & {
            type?: boolean;
            datumVan?: boolean;
            functieAdres?: boolean;
            /** @deprecated */
            datumIngangGeldigheid?: boolean;
        };
        Locatie: Omit<components["schemas"]["AbstractVerblijfplaats"], "type"> & {
            datumVan?: components["schemas"]["AbstractDatum"];
            functieAdres?: components["schemas"]["Waardetabel"];
            verblijfadres?: components["schemas"]["VerblijfadresLocatie"];
            indicatieVastgesteldVerblijftNietOpAdres?: components["schemas"]["IndicatieVastgesteldVerblijftNietOpAdres"];
            inOnderzoek?: components["schemas"]["LocatieInOnderzoek"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "Locatie";
        };
        ImmigratieBasis: {
            /** @description het land waar de persoon woonde voor (her)vestiging in Nederland. */
            landVanwaarIngeschreven?: components["schemas"]["Waardetabel"];
        };
        ImmigratieInOnderzoek: components["schemas"]["InOnderzoek"] & {
            datumVestigingInNederland?: boolean;
            landVanwaarIngeschreven?: boolean;
            vanuitVerblijfplaatsOnbekend?: boolean;
            indicatieVestigingVanuitBuitenland?: boolean;
        };
        Immigratie: components["schemas"]["ImmigratieBasis"] & {
            datumVestigingInNederland?: components["schemas"]["AbstractDatum"];
            /** @description Geeft aan dat de persoon zich vanuit het buitenland heeft ingeschreven. */
            vanuitVerblijfplaatsOnbekend?: boolean;
            /** @description Geeft aan dat de persoon is teruggekeerd uit een situatie van onbekende verblijfplaats */
            indicatieVestigingVanuitBuitenland?: boolean;
            inOnderzoek?: components["schemas"]["ImmigratieInOnderzoek"];
        };
        /** @description Kun je gebruiken als aanhef in een brief gericht aan persoon. */
        Aanhef: string;
        /** @description Samengestelde naam en aanspreekvorm die je kunt gebruiken in de communicatie met de persoon. */
        Aanschrijfwijze: {
            naam?: string;
            /** @description Deze regel moet als aparte regel boven de samengestelde naam worden geplaatst. Komt alleen voor bij personen met een adellijke titel of predicaat. */
            aanspreekvorm?: string;
        };
        /** @description Naam van persoon die je kunt gebruiken als je in lopende tekst (bijvoorbeeld in een brief) aan persoon refereert. */
        GebruikInLopendeTekst: string;
        /** @description Geeft aan welke gegevens over de adressering in onderzoek zijn. */
        AdresseringInOnderzoek: {
            aanhef?: boolean;
            adresregel1?: boolean;
            adresregel2?: boolean;
            adresregel3?: boolean;
            land?: boolean;
            aanschrijfwijze?: boolean;
            gebruikInLopendeTekst?: boolean;
            datumIngangOnderzoekPersoon?: components["schemas"]["AbstractDatum"];
            datumIngangOnderzoekPartner?: components["schemas"]["AbstractDatum"];
            datumIngangOnderzoekVerblijfplaats?: components["schemas"]["AbstractDatum"];
        };
        Adressering: components["schemas"]["AdresseringBasis"] & {
            aanhef?: components["schemas"]["Aanhef"];
            aanschrijfwijze?: components["schemas"]["Aanschrijfwijze"];
            gebruikInLopendeTekst?: components["schemas"]["GebruikInLopendeTekst"];
            inOnderzoek?: components["schemas"]["AdresseringInOnderzoek"];
        };
        /** @description Geeft aan dat de persoon onder curatele is gesteld. */
        IndicatieCurateleRegister: boolean;
        Gezagsrelatie: {
            type: string;
            minderjarige: components["schemas"]["Minderjarige"];
            /** @description Geeft aan dat de gezagsrelatie in onderzoek is. */
            inOnderzoek?: boolean;
        };
        NaamVolledigeNaam: {
            volledigeNaam?: components["schemas"]["VolledigeNaam"];
        };
        GezagOuder: {
            burgerservicenummer?: components["schemas"]["Burgerservicenummer"];
            naam: components["schemas"]["NaamVolledigeNaam"];
        };
        GezamenlijkOuderlijkGezag: Omit<components["schemas"]["Gezagsrelatie"], "type"> & {
            ouders?: components["schemas"]["GezagOuder"][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "GezamenlijkOuderlijkGezag";
        };
        EenhoofdigOuderlijkGezag: Omit<components["schemas"]["Gezagsrelatie"], "type"> & {
            ouder?: components["schemas"]["GezagOuder"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "EenhoofdigOuderlijkGezag";
        };
        Derde: {
            type: string;
        };
        BekendeDerde: Omit<components["schemas"]["Derde"], "type"> & {
            burgerservicenummer?: components["schemas"]["Burgerservicenummer"];
            naam?: components["schemas"]["NaamVolledigeNaam"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "BekendeDerde";
        };
        OnbekendeDerde: Omit<components["schemas"]["Derde"], "type"> & Record<string, never> & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "OnbekendeDerde";
        };
        GezamenlijkGezag: Omit<components["schemas"]["Gezagsrelatie"], "type"> & {
            ouder?: components["schemas"]["GezagOuder"];
            derde?: components["schemas"]["Derde"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "GezamenlijkGezag";
        };
        Voogdij: Omit<components["schemas"]["Gezagsrelatie"], "type"> & {
            derden?: components["schemas"]["BekendeDerde"][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "Voogdij";
        };
        Toelichting: string;
        TijdelijkGeenGezag: Omit<components["schemas"]["Gezagsrelatie"], "type"> & {
            toelichting: components["schemas"]["Toelichting"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "TijdelijkGeenGezag";
        };
        GezagNietTeBepalen: Omit<components["schemas"]["Gezagsrelatie"], "type"> & {
            toelichting: components["schemas"]["Toelichting"];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "GezagNietTeBepalen";
        };
        Minderjarige: {
            burgerservicenummer: components["schemas"]["Burgerservicenummer"];
            naam?: components["schemas"]["NaamVolledigeNaam"];
            leeftijd?: components["schemas"]["Leeftijd"];
        };
        Gezag: components["schemas"]["Gezagsrelatie"][];
        /** @description Gegevens over de verblijfsrechtelijke status van de persoon. */
        VerblijfstitelBasis: {
            /** @description Verblijfstiteltabel die aangeeft over welke verblijfsrechtelijke status de persoon beschikt. Wordt gevuld met waarden uit de landelijke tabel 'Verblijfstitel'. */
            aanduiding?: components["schemas"]["Waardetabel"];
        };
        /** @description Geeft aan welke gegevens over de verblijfstitel in onderzoek zijn. */
        VerblijfstitelInOnderzoek: components["schemas"]["InOnderzoek"] & {
            aanduiding?: boolean;
            datumEinde?: boolean;
            datumIngang?: boolean;
        };
        Verblijfstitel: components["schemas"]["VerblijfstitelBasis"] & {
            /** @description Datum waarop de geldigheid van de gegevens over de verblijfstitel is beëindigd. */
            datumEinde?: components["schemas"]["AbstractDatum"];
            /** @description Datum waarop de gegevens over de verblijfstitel geldig zijn geworden. */
            datumIngang?: components["schemas"]["AbstractDatum"];
            inOnderzoek?: components["schemas"]["VerblijfstitelInOnderzoek"];
        };
        KindBasis: {
            burgerservicenummer?: components["schemas"]["Burgerservicenummer"];
        };
        /** @description Geeft aan of de gegevens over het kind van de persoon in onderzoek zijn. */
        KindInOnderzoek: components["schemas"]["InOnderzoek"] & {
            burgerservicenummer?: boolean;
        };
        NaamGerelateerde: {
            voornamen?: components["schemas"]["Voornamen"];
            adellijkeTitelPredicaat?: components["schemas"]["AdellijkeTitelPredicaatType"];
            voorvoegsel?: components["schemas"]["Voorvoegsel"];
            geslachtsnaam?: components["schemas"]["Geslachtsnaam"];
            voorletters?: components["schemas"]["Voorletters"];
            inOnderzoek?: components["schemas"]["NaamInOnderzoek"];
        };
        Kind: components["schemas"]["KindBasis"] & {
            inOnderzoek?: components["schemas"]["KindInOnderzoek"];
            naam?: components["schemas"]["NaamGerelateerde"];
            geboorte?: components["schemas"]["Geboorte"];
        };
        OuderAanduiding: string;
        OuderBasis: {
            burgerservicenummer?: components["schemas"]["Burgerservicenummer"];
            /** @description wordt gevuld met waarden voor 'Geslacht' in 'tabelwaarden.csv'. */
            geslacht?: components["schemas"]["Waardetabel"];
            ouderAanduiding?: components["schemas"]["OuderAanduiding"];
        };
        /** @description Geeft aan welke gegevens van de de ouder in onderzoek zijn. */
        OuderInOnderzoek: components["schemas"]["InOnderzoek"] & {
            burgerservicenummer?: boolean;
            datumIngangFamilierechtelijkeBetrekking?: boolean;
            geslacht?: boolean;
        };
        Ouder: components["schemas"]["OuderBasis"] & {
            /** @description De datum waarop de familierechtelijke betrekking is ontstaan. */
            datumIngangFamilierechtelijkeBetrekking?: components["schemas"]["AbstractDatum"];
            naam?: components["schemas"]["NaamGerelateerde"];
            inOnderzoek?: components["schemas"]["OuderInOnderzoek"];
            geboorte?: components["schemas"]["Geboorte"];
        };
        PartnerBasis: {
            burgerservicenummer?: components["schemas"]["Burgerservicenummer"];
            /** @description wordt gevuld met waarden voor 'Geslacht' in 'tabelwaarden.csv'. */
            geslacht?: components["schemas"]["Waardetabel"];
            soortVerbintenis?: components["schemas"]["Waardetabel"];
        };
        /** @description Geeft aan welke gegevens over het huwelijk of het partnerschap in onderzoek zijn. */
        PartnerInOnderzoek: components["schemas"]["InOnderzoek"] & {
            burgerservicenummer?: boolean;
            geslacht?: boolean;
            soortVerbintenis?: boolean;
        };
        AangaanHuwelijkPartnerschapBasis: {
            /** @description Het land waar het huwelijk is voltrokken of het partnerschap is aangegaan. Wordt gevuld met waarden uit de landelijke tabel 'Landen'. */
            land?: components["schemas"]["Waardetabel"];
            /** @description De gemeente waar het huwelijk is voltrokken of het partnerschap is aangegaan. Wordt gevuld met waarden uit de landelijke tabel "Gemeenten" voor een gemeente in Nederland of de omschrijving van een buitenlandse plaats. */
            plaats?: components["schemas"]["Waardetabel"];
        };
        /** @description Geeft aan welke gegevens over het voltrekken van het huwelijk of aangaan van het partnerschap in onderzoek zijn. */
        AangaanHuwelijkPartnerschapInOnderzoek: components["schemas"]["InOnderzoek"] & {
            datum?: boolean;
            land?: boolean;
            plaats?: boolean;
        };
        AangaanHuwelijkPartnerschap: components["schemas"]["AangaanHuwelijkPartnerschapBasis"] & {
            /** @description De datum waarop het huwelijk is voltrokken of het partnerschap is aangegaan. */
            datum?: components["schemas"]["AbstractDatum"];
            inOnderzoek?: components["schemas"]["AangaanHuwelijkPartnerschapInOnderzoek"];
        };
        /** @description Geeft aan welke gegevens over het onbinden van het huwelijk of aangaan van het partnerschap in onderzoek zijn. */
        OntbindingHuwelijkPartnerschapInOnderzoek: components["schemas"]["InOnderzoek"] & {
            datum?: boolean;
        };
        OntbindingHuwelijkPartnerschap: {
            /** @description De datum waarop het huwelijk of het partnerschap is ontbonden. */
            datum?: components["schemas"]["AbstractDatum"];
            inOnderzoek?: components["schemas"]["OntbindingHuwelijkPartnerschapInOnderzoek"];
        };
        Partner: components["schemas"]["PartnerBasis"] & {
            naam?: components["schemas"]["NaamGerelateerde"];
            geboorte?: components["schemas"]["Geboorte"];
            inOnderzoek?: components["schemas"]["PartnerInOnderzoek"];
            aangaanHuwelijkPartnerschap?: components["schemas"]["AangaanHuwelijkPartnerschap"];
            ontbindingHuwelijkPartnerschap?: components["schemas"]["OntbindingHuwelijkPartnerschap"];
        };
        Persoon: {
            aNummer?: components["schemas"]["ANummer"];
            burgerservicenummer?: components["schemas"]["Burgerservicenummer"];
            datumEersteInschrijvingGBA?: components["schemas"]["AbstractDatum"];
            geheimhoudingPersoonsgegevens?: components["schemas"]["GeheimhoudingPersoonsgegevens"];
            geslacht?: components["schemas"]["Waardetabel"];
            inOnderzoek?: components["schemas"]["PersoonInOnderzoek"];
            uitsluitingKiesrecht?: components["schemas"]["UitsluitingKiesrecht"];
            europeesKiesrecht?: components["schemas"]["EuropeesKiesrecht"];
            leeftijd?: components["schemas"]["Leeftijd"];
            naam?: components["schemas"]["NaamPersoon"];
            nationaliteiten?: components["schemas"]["AbstractNationaliteit"][];
            geboorte?: components["schemas"]["Geboorte"];
            opschortingBijhouding?: components["schemas"]["OpschortingBijhouding"];
            overlijden?: components["schemas"]["Overlijden"];
            verblijfplaats?: components["schemas"]["AbstractVerblijfplaats"];
            immigratie?: components["schemas"]["Immigratie"];
            gemeenteVanInschrijving?: components["schemas"]["Waardetabel"];
            datumInschrijvingInGemeente?: components["schemas"]["AbstractDatum"];
            adressering?: components["schemas"]["Adressering"];
            indicatieCurateleRegister?: components["schemas"]["IndicatieCurateleRegister"];
            /** @deprecated */
            indicatieGezagMinderjarige?: components["schemas"]["Waardetabel"];
            gezag?: components["schemas"]["Gezag"];
            verblijfstitel?: components["schemas"]["Verblijfstitel"];
            kinderen?: components["schemas"]["Kind"][];
            ouders?: components["schemas"]["Ouder"][];
            partners?: components["schemas"]["Partner"][];
            rni?: components["schemas"]["RniDeelnemer"][];
            verificatie?: components["schemas"]["Verificatie"];
        };
        RaadpleegMetBurgerservicenummerResponse: Omit<components["schemas"]["PersonenQueryResponse"], "type"> & {
            personen?: components["schemas"]["Persoon"][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "RaadpleegMetBurgerservicenummer";
        };
        ZoekMetPostcodeEnHuisnummerResponse: Omit<components["schemas"]["PersonenQueryResponse"], "type"> & {
            personen?: components["schemas"]["PersoonBeperkt"][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ZoekMetPostcodeEnHuisnummer";
        };
        ZoekMetStraatHuisnummerEnGemeenteVanInschrijvingResponse: Omit<components["schemas"]["PersonenQueryResponse"], "type"> & {
            personen?: components["schemas"]["PersoonBeperkt"][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ZoekMetStraatHuisnummerEnGemeenteVanInschrijving";
        };
        ZoekMetNummeraanduidingIdentificatieResponse: Omit<components["schemas"]["PersonenQueryResponse"], "type"> & {
            personen?: components["schemas"]["PersoonBeperkt"][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ZoekMetNummeraanduidingIdentificatie";
        };
        GezagPersoonBeperkt: components["schemas"]["PersoonBeperkt"] & {
            gezag?: components["schemas"]["Gezag"];
        };
        ZoekMetAdresseerbaarObjectIdentificatieResponse: Omit<components["schemas"]["PersonenQueryResponse"], "type"> & {
            personen?: components["schemas"]["GezagPersoonBeperkt"][];
        } & {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "ZoekMetAdresseerbaarObjectIdentificatie";
        };
        /** @description Details over fouten in opgegeven parameters */
        InvalidParam: {
            /**
             * Format: uri
             * @example https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.1
             */
            type?: string;
            /**
             * @description Naam van de parameter
             * @example huisnummer
             */
            name?: string;
            /**
             * @description Systeemcode die het type fout aangeeft
             * @example integer
             */
            code?: string;
            /**
             * @description Beschrijving van de fout op de parameterwaarde
             * @example Waarde is geen geldig getal.
             */
            reason?: string;
        };
        BadRequestFoutbericht: components["schemas"]["Foutbericht"] & {
            /** @description Foutmelding per fout in een parameter. Alle gevonden fouten worden één keer teruggemeld. */
            invalidParams?: components["schemas"]["InvalidParam"][];
        };
    };
    responses: {
        /** @description Bad Request */
        400: {
            headers: {
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
                 *           "name": "huisnummer",
                 *           "code": "integer",
                 *           "reason": "Waarde is geen geldig getal."
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
        /** @description Unsupported Media Type */
        415: {
            headers: {
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
        /** @description Too Many Requests */
        429: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html",
                 *       "title": "Too many request",
                 *       "status": 429,
                 *       "detail": "The user has sent too many requests in a given amount of time (rate limiting).",
                 *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                 *       "code": "tooManyRequests"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Foutbericht"];
            };
        };
        /** @description Internal Server Error */
        500: {
            headers: {
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
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#sec10.5.4",
                 *       "title": "Bronservice BRP is tijdelijk niet beschikbaar.",
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
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Personen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json; charset=utf-8": components["schemas"]["PersonenQuery"];
            };
        };
        responses: {
            /** @description Zoekactie geslaagd */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json; charset=utf-8": components["schemas"]["PersonenQueryResponse"];
                };
            };
            400: components["responses"]["400"];
            401: components["responses"]["401"];
            403: components["responses"]["403"];
            406: components["responses"]["406"];
            415: components["responses"]["415"];
            429: components["responses"]["429"];
            500: components["responses"]["500"];
            503: components["responses"]["503"];
            default: components["responses"]["500"];
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
