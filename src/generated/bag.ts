// Generated from mocks/specs/bag/bag-individuele-bevragingen-v2.0.0-official-archive-openapi.yaml by scripts/gen-types.mjs. Do not edit.
export interface paths {
    "/adresseerbareobjecten/{adresseerbaarObjectIdentificatie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bevragen van één adresseerbaar object met een adresseerbaar object identificatie.
         * @description Bevragen van één adresseerbaar object (ligplaats, standplaats of verblijfsobject) met de identificatie van een adresseerbaar object. Als geldigOp en/of beschikbaarOp niet wordt opgegeven, worden de actuele gegevens geleverd.  Als expand=heeftAlsHoofdAdres, heeftAlsNevenAdres, maaktDeelUitVan (of een combinatie daarvan) of als expand=true, dan worden de gevraagde of alle gerelateerde resources als geneste resource geleverd.
         */
        get: operations["bevragenAdresseerbaarObject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/adresseerbareobjecten/{adresseerbaarObjectIdentificatie}/lvc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bevragen van de levenscyclus van een adresseerbaar object met een adresseerbaar object identificatie.
         * @description Bevragen van de levenscyclus van een adresseerbaar object (ligplaats, standplaats of verblijfsobject) met de identificatie van een adresseerbaar object. Met de geheleLvc parameter kan worden aangegeven of de gehele levenscyclus (inclusief voorkomens die uit de geldige levenscyclus zijn verwijderd) of alleen de actieve levenscyclus (alleen de voorkomens die onderdeel zijn van de geldige levenscyclus) gewenst zijn.
         */
        get: operations["bevragenAdresseerbaarObjectLvc"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/adresseerbareobjecten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bevragen van één of meer adresseerbare objecten op basis van een nummeraanduiding identificatie.
         * @description Bevragen/zoeken van alle aan een nummeraanduiding identificatie gerelateerde adresseerbare objecten (ligplaats, standplaats of verblijfsobject). Parameter huidig kan worden toegepast. Als geldigOp en/of beschikbaarOp niet wordt opgegeven, worden de actuele gegevens geleverd.  Als expand=heeftAlsHoofdAdres, heeftAlsNevenAdres, maaktDeelUitVan (of een combinatie daarvan) of als expand=true, dan worden de gevraagde of alle gerelateerde resources als geneste resource geleverd.
         */
        get: operations["zoekAdresseerbaarObject"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/adressen/zoek": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Zoeken van huidige adressen
         * @description Zoeken van huidige adressen met postcode, woonplaats, straatnaam, huisnummer, huisletter, huisnummertoevoeging.  Een adres kan worden gevonden door de zoekresultaatidentificatie uit het antwoord als parameter mee te geven in get /adressen. Voor paginering, zie: [functionele specificatie paginering](https://github.com/lvbag/BAG-API/blob/master/Features/paginering.feature).
         */
        get: operations["zoek"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/adressen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bevragen van huidige adressen met een (combinatie van) zoek parameters.
         * @description De volgende bevragingen worden ondersteund: <ol>
         *       <li>
         *         Bevragen van één huidig adres met de identificatie van een zoekresultaat verkregen via /adressen/zoek.
         *       </li>
         *       <li>
         *         Bevragen van één of meer huidige adressen met postcode, huisnummer en optioneel huisnummertoevoeging en huisletter.
         *         Parameter exacteMatch kan worden toegepast.
         *       </li>
         *       <li>
         *         Bevragen van één of meer huidige adressen met de identificatie van een adresseerbaar object.
         *       </li>
         *       <li>
         *         Bevragen van één of meer huidige adressen met woonplaats naam, openbare ruimte naam, huisnummer en optioneel huisnummertoevoeging en/of huisletter.
         *         Parameter exacteMatch kan worden toegepast.
         *       </li>
         *       <li>
         *         Bevragen van één of meer huidige adressen met de identificatie van een pand.
         *         Expand wordt niet ondersteund.
         *       </li>
         *     </ol> Bij de bovenstaande bevragingen kunnen eveneens de volgende parameters worden gebruikt (tenzij anders vermeld):<br/> Als expand=nummeraanduiding, openbareRuimte, woonplaats (of een combinatie daarvan) of als expand=true, dan worden de gevraagde of alle gerelateerde resources als geneste resource geleverd. Voor paginering, zie: [functionele specificatie paginering](https://github.com/lvbag/BAG-API/blob/master/Features/paginering.feature).
         */
        get: operations["bevraagAdressen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/adressen/{nummeraanduidingIdentificatie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bevragen van een huidig adres met de identificatie van een nummeraanduiding.
         * @description Bevragen van een huidig adres met de identificatie van een nummeraanduiding. Als expand=nummeraanduiding, openbareRuimte, woonplaats (of een combinatie daarvan) of als expand=true, dan worden de gevraagde of alle gerelateerde resources als geneste resource geleverd.
         */
        get: operations["bevraagAdressenMetNumId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/adressenuitgebreid/{nummeraanduidingIdentificatie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bevragen van de uitgebreide informatie van één huidig adres met de identificatie van een nummeraanduiding.
         * @description Bevragen van de uitgebreide informatie van één huidig adres met de identificatie van een nummeraanduiding.
         */
        get: operations["bevraagAdresUitgebreidMetNumId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/adressenuitgebreid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bevragen van de uitgebreide informatie van één of meer huidige adressen op basis van verschillende combinaties van parameters.
         * @description De volgende (combinaties van) parameters worden ondersteund: <ol>
         *       <li>Bevragen van de uitgebreide informatie van één of meer huidige adressen met een postcode, huisnummer en optioneel huisnummertoevoeging en huisletter.
         *         Het opgeven van een combinatie van parameters levert niet altijd een exacte match met één adres, bv. in geval van meerdere objecten met huisnummertoevoegingen en/of huisletters.
         *         Met de exacteMatch parameter kan worden aangegeven dat alleen object(en) die exact overeenkomen met de opgegeven parameters, geretourneerd moeten worden.
         *       </li>
         *       <li>Bevragen van de uitgebreide informatie van één of meer huidige adressen met de identificatie van een adresseerbaar object.</li>
         *       <li>Bevragen van de uitgebreide informatie van één of meer huidige adressen met woonplaats naam, openbare ruimte naam, huisnummer en optioneel huisnummertoevoeging en huisletter.
         *         Het opgeven van een combinatie van parameters levert niet altijd een exacte match met één adres, bv. in geval van meerdere objecten met huisnummertoevoegingen en/of huisletters.
         *         Met de exacteMatch parameter kan worden aangegeven dat alleen object(en) die exact overeenkomen met de opgegeven parameters, geretourneerd moeten worden.
         *       </li>
         *     </ol>
         */
        get: operations["zoekAdresUitgebreid"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/info": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Algemene info van de API */
        get: operations["getInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bronhouders/{identificatie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bevragen bronhouder met de bronhouder identificatie (gemeentecode).
         * @description Bevragen/raadplegen van een bronhouder met de identificatie van een bronhouder (gemeentecode). Als geldigOp en/of beschikbaarOp niet wordt opgegeven, worden de actuele gegevens geleverd.
         */
        get: operations["bevragenBronhouder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bronhouders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Bevragen bronhouder met een object identificatie.
         * @description Bevragen/raadplegen van een bronhouder met de identificatie van een object. De identificatie van één van de objecten: woonplaats, openbare ruimte, nummeraanduiding, ligplaats, standplaats, verblijfsobject of pand dient gespecificeerd te worden:<br/> Als geldigOp en/of beschikbaarOp niet wordt opgegeven, worden de actuele gegevens geleverd.
         */
        get: operations["zoekBronhouder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bronhouders/{identificatie}/{versie}/{timestampRegistratieLv}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen voorkomen van een bronhouder met de identificatie van een bronhouder en de identificatie van een voorkomen, bestaande uit een versie en een timestamp van het tijdstip van registratie in de LV BAG.
         * @description Bevragen/raadplegen van een voorkomen van een bronhouder met de identificatie van een bronhouder en de identificatie van een voorkomen, bestaande uit een versie en een timestamp van het tijdstip van registratie in de LV BAG.
         */
        get: operations["bronhouderIdentificatieVoorkomen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ligplaatsen/{identificatie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen 1 ligplaats met de identificatie van een ligplaats.
         * @description Bevragen/raadplegen van een voorkomen van een ligplaats met de identificatie van de ligplaats. Als geldigOp en/of beschikbaarOp niet wordt opgegeven, worden de actuele gegevens geleverd. Als expand=heeftAlsHoofdAdres, heeftAlsNevenAdres of true dan worden de gevraagde of alle objecten als geneste resource geleverd.
         */
        get: operations["ligplaatsIdentificatie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ligplaatsen/{identificatie}/lvc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen levenscyclus van een ligplaats met de identificatie van een ligplaats.
         * @description Bevragen/raadplegen van de levenscyclus van een ligplaats, via de identificatie van de ligplaats.
         */
        get: operations["ligplaatsLvcIdentificatie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ligplaatsen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * bevragen van een ligplaats, op basis van een geometrische locatie.
         * @description Bevragen/raadplegen van één of meer ligplaatsen met een geometrische locatie. Parameter huidig kan worden toegepast. Als geldigOp en/of beschikbaarOp niet wordt opgegeven, worden de actuele gegevens geleverd. Als expand=heeftAlsHoofdAdres, heeftAlsNevenAdres of true dan worden de gevraagde of alle objecten als geneste resource geleverd.
         */
        post: operations["ligplaatsGeometrie"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ligplaatsen/{identificatie}/{versie}/{timestampRegistratieLv}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen voorkomen van een ligplaats met de identificatie van een ligplaats en de identificatie van een voorkomen, bestaande uit een versie en een timestamp van het tijdstip van registratie in de LV BAG.
         * @description Bevragen/raadplegen van een voorkomen van een ligplaats met de identificatie van een ligplaats en de identificatie van een voorkomen, bestaande uit een versie en een timestamp van het tijdstip van registratie in de LV BAG.
         */
        get: operations["ligplaatsIdentificatieVoorkomen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nummeraanduidingen/{nummeraanduidingIdentificatie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen van een nummeraanduiding op basis van de identificatie van een nummeraanduiding
         * @description Bevragen/raadplegen van één nummeraanduiding met de identificatie van een nummeraanduiding. Als geldigOp en/of beschikbaarOp niet wordt opgegeven, worden de actuele gegevens geleverd.  Als expand=ligtInWoonplaats, ligtAanOpenbareRuimte of als expand=true dan worden de gevraagde of alle gerelateerde objecten als geneste resources geleverd.
         */
        get: operations["nummeraanduidingIdentificatie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nummeraanduidingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen nummeraanduiding(en) op basis van verschillende combinaties van parameters.
         * @description De volgende (combinaties van) parameters worden ondersteund:<br/> <ol>
         *       <li>
         *         Bevragen/raadplegen van een (collectie van) nummeraanduiding(en) met postcode en huisnummer (evt. met huisletter en huisnummertoevoeging).
         *       </li>
         *       <li>
         *         Bevragen/raadplegen van een (collectie van) nummeraanduiding(en) met woonplaats naam, openbare ruimte naam, huisnummer en optioneel huisnummertoevoeging en huisletter.
         *       </li>
         *       <li>
         *         Bevragen/zoeken van alle aan een openbare ruimte gerelateerde nummeraanduidingen met een openbare ruimte identificatie.
         *         Expand wordt niet ondersteund.
         *       </li>
         *     </ol> Bij de bovenstaande bevragingen kunnen (tenzij anders vermeld) de volgende parameters worden gebruikt: geldigOp, beschikbaarOp, huidig, page en pageSize.  Voor paginering, zie: [functionele specificatie paginering](https://github.com/lvbag/BAG-API/blob/master/Features/paginering.feature). Als geldigOp en/of beschikbaarOp niet wordt opgegeven, worden de actuele gegevens geleverd. Parameter huidig kan worden toegepast. Als expand=ligtInWoonplaats, ligtAanOpenbareRuimte of als expand=true dan worden de gevraagde of alle gerelateerde objecten als geneste resources geleverd.  Met de exacteMatch parameter kan worden aangegeven dat alleen object(en) die exact overeenkomen met de opgegeven parameters, geretourneerd moeten worden.
         */
        get: operations["zoekNummeraanduiding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nummeraanduidingen/{nummeraanduidingIdentificatie}/lvc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen levenscyclus van een nummeraanduiding met de identificatie van een nummeraanduiding.
         * @description Bevragen/raadplegen van de levenscyclus van één nummeraanduiding met de identificatie van een nummeraanduiding.
         */
        get: operations["nummeraanduidingLvcIdentificatie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nummeraanduidingen/{nummeraanduidingIdentificatie}/{versie}/{timestampRegistratieLv}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen van een voorkomen van een nummeraanduiding, op basis van de identificatie van een nummeraanduiding en de identificatie van een voorkomen, bestaande uit een versie en een timestamp van het tijdstip van registratie in de LV BAG.
         * @description Bevragen/raadplegen van een voorkomen van een nummeraanduiding met de identificatie van een nummeraanduiding en de identificatie van een voorkomen, bestaande uit een versie en een timestamp van het tijdstip van registratie in de LV BAG.
         */
        get: operations["nummeraanduidingIdentificatieVoorkomen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbareruimten/{openbareRuimteIdentificatie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen van een openbare ruimte met de identificatie van een openbare ruimte.
         * @description Bevragen/raadplegen van een openbare ruimte met de identificatie van een openbare ruimte. Als geldigOp en/of beschikbaarOp niet wordt opgegeven, worden de actuele gegevens geleverd.  Als expand=ligtInWoonplaats of true dan wordt de woonplaats als geneste resource geleverd.
         */
        get: operations["openbareruimteIdentificatie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbareruimten/{openbareRuimteIdentificatie}/lvc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen levenscyclus van een openbare ruimte met de identificatie van een openbare ruimte.
         * @description Bevragen/raadplegen van de levenscyclus van één openbare ruimte, via de identificatie van een openbare ruimte.
         */
        get: operations["openbareruimteLvcIdentificatie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbareruimten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen openbare ruimte(n) op basis van de verschillende combinaties van parameters.
         * @description De volgende (combinaties van) parameters worden ondersteund:<br/> <ol>
         *       <li>
         *         Bevragen/raadplegen van een openbare ruimte met een woonplaats naam en een openbare ruimte naam.
         *         Als expand=ligtInWoonplaats of true dan wordt de woonplaats als geneste resource geleverd.
         *       </li>
         *       <li>
         *         Bevragen/raadplegen van een openbare ruimte met een woonplaats identificatie en een openbare ruimte naam.
         *         Als expand=ligtInWoonplaats of true dan wordt de woonplaats als geneste resource geleverd.
         *       </li>
         *       <li>
         *         Bevragen/zoeken van alle aan een woonplaats gerelateerde openbare ruimten met de woonplaats identificatie.
         *         Parameter huidig kan worden toegepast.
         *         Expand wordt niet ondersteund.
         *       </li>
         *     </ol> Bij alle bovenstaande combinaties wordt paginering ondersteund en kunnen de parameters geldigOp en beschikbaarOp worden gebruikt. Voor paginering, zie: [functionele specificatie paginering](https://github.com/lvbag/BAG-API/blob/master/Features/paginering.feature). Als geldigOp en beschikbaarOp niet wordt opgegeven, worden de actuele gegevens geleverd.
         */
        get: operations["zoekOpenbareRuimten"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openbareruimten/{openbareRuimteIdentificatie}/{versie}/{timestampRegistratieLv}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen van een voorkomen van een openbare ruimte met de identificatie van een openbare ruimte en de identificatie van een voorkomen, bestaande uit een versie en een timestamp van het tijdstip van registratie in de LV BAG.
         * @description Bevragen/raadplegen van een voorkomen van een openbare ruimte met de identificatie van een openbare ruimte en de identificatie van een voorkomen, bestaande uit een versie en een timestamp van het tijdstip van registratie in de LV BAG.
         */
        get: operations["openbareruimteIdentificatieVoorkomen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/panden/{identificatie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen van een pand met de identificatie van een pand.
         * @description Bevragen/raadplegen van een voorkomen van een pand met de identificatie van het pand. Als geldigOp en/of beschikbaarOp niet wordt opgegeven, worden de actuele gegevens geleverd.
         */
        get: operations["pandIdentificatie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/panden/{identificatie}/lvc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen levenscyclus van een pand met de identificatie van een pand.
         * @description Bevragen/raadplegen van de levenscyclus van een pand met de identificatie van een pand.
         */
        get: operations["pandLvcIdentificatie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/panden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * bevragen panden met een geometrische locatie.
         * @description Bevragen/raadplegen van een voorkomen van één of meer panden met de geometrische locatie van het pand. Parameter huidig kan worden toegepast. Als geldigOp en/of beschikbaarOp niet wordt opgegeven, worden de actuele gegevens geleverd.
         */
        post: operations["pandGeometrie"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/panden/{identificatie}/{versie}/{timestampRegistratieLv}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen voorkomen van een pand met de identificatie van een pand en de identificatie van een voorkomen, bestaande uit een versie en een timestamp van het tijdstip van registratie in de LV BAG.
         * @description Bevragen/raadplegen van een voorkomen van een pand met de identificatie van een pand en de identificatie van een voorkomen, bestaande uit een versie en een timestamp van het tijdstip van registratie in de LV BAG.
         */
        get: operations["pandIdentificatieVoorkomen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/standplaatsen/{identificatie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen van een standplaats met de identificatie van een standplaats.
         * @description Bevragen/raadplegen van een standplaats met de identificatie van de standplaats. Als geldigOp en/of beschikbaarOp niet wordt opgegeven, worden de actuele gegevens geleverd. Als expand=heeftAlsHoofdAdres, heeftAlsNevenAdres of true dan worden de gevraagde of alle objecten als geneste resource geleverd.
         */
        get: operations["standplaatsIdentificatie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/standplaatsen/{identificatie}/lvc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen levenscyclus van een standplaats met de identificatie van een standplaats.
         * @description Bevragen/raadplegen van de levenscyclus van een standplaats met de identificatie van de standplaats.
         */
        get: operations["standplaatsLvcIdentificatie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/standplaatsen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * bevragen van een standplaats met een geometrische locatie.
         * @description Bevragen/raadplegen van één of meer standplaatsen met een geometrische locatie. Parameter huidig kan worden toegepast. Als geldigOp en/of beschikbaarOp niet wordt opgegeven, worden de actuele gegevens geleverd. Als expand=heeftAlsHoofdAdres, heeftAlsNevenAdres of true dan worden de gevraagde of alle objecten als geneste resource geleverd.
         */
        post: operations["standplaatsGeometrie"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/standplaatsen/{identificatie}/{versie}/{timestampRegistratieLv}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen van een voorkomen van een standplaats met de identificatie van een standplaats en de identificatie van een voorkomen, bestaande uit een versie en een timestamp van het tijdstip van registratie in de LV BAG.
         * @description Bevragen/raadplegen van een voorkomen van een standplaats met de identificatie van een standplaats en de identificatie van een voorkomen, bestaande uit een versie en een timestamp van het tijdstip van registratie in de LV BAG.
         */
        get: operations["standplaatsIdentificatieVoorkomen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verblijfsobjecten/{identificatie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen 1 verblijfsobject met de identificatie van een verblijfsobject.
         * @description Bevragen/raadplegen van één voorkomen van een Verblijfsobject met de identificatie van een verblijfsobject. Als geldigOp en/of beschikbaarOp niet wordt opgegeven, worden de actuele gegevens geleverd. Als expand=heeftAlsHoofdAdres, heeftAlsNevenAdres, maaktDeelUitVan of true, dan worden de gevraagde of alle gerelateerde objecten als geneste resource geleverd.
         */
        get: operations["verblijfsobjectIdentificatie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verblijfsobjecten/{identificatie}/lvc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen levenscyclus van een verblijfsobject met de identificatie van een verblijfsobject.
         * @description Bevragen/raadplegen van de levenscyclus van een Verblijfsobject met de identificatie van de verblijfsobject.
         */
        get: operations["verblijfsobjectLvcIdentificatie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verblijfsobjecten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen van alle aan een pand gerelateerde verblijfsobjecten (met paginering).
         * @description Bevragen/zoeken van alle aan een pand gerelateerde verblijfsobjecten, met een pand identificatie en met paginering. Parameter huidig kan worden toegepast. Als geldigOp en/of beschikbaarOp niet wordt opgegeven, worden de actuele gegevens geleverd. Voor paginering, zie: [functionele specificatie paginering](https://github.com/lvbag/BAG-API/blob/master/Features/paginering.feature).
         */
        get: operations["zoekVerblijfsobjecten"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verblijfsobjecten/{identificatie}/{versie}/{timestampRegistratieLv}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen voorkomen van een verblijfsobject, op basis van de identificatie van een verblijfsobject en de identificatie van een voorkomen
         * @description Bevragen/raadplegen van een voorkomen van een verblijfsobject, met de identificatie van een verblijfsobject en de identificatie van een voorkomen, bestaande uit een versie en een timestamp van het tijdstip van registratie in de LV BAG.
         */
        get: operations["verblijfsobjectIdentificatieVoorkomen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/woonplaatsen/{identificatie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen van een woonplaats met de identificatie van een woonplaats.
         * @description Bevragen/raadplegen van een voorkomen van een Woonplaats met de identificatie van de woonplaats.  Als geldigOp en/of beschikbaarOp niet wordt opgegeven, worden de actuele gegevens geleverd. Als expand=bronhouders, geometrie of true dan worden de gevraagde of alle gerelateerde objecten als geneste resource geleverd.
         */
        get: operations["woonplaatsIdentificatie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/woonplaatsen/{identificatie}/lvc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen van de levenscyclus van een woonplaats met de identificatie van een woonplaats.
         * @description Bevragen/raadplegen van de levenscyclus van een Woonplaats met de identificatie van de woonplaats. Als expand=bronhouders, geometrie of true dan worden de gevraagde of alle gerelateerde objecten als geneste resource geleverd.
         */
        get: operations["woonplaatsLvcIdentificatie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/woonplaatsen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen van één of meer woonplaatsen met een woonplaatsnaam.
         * @description Bevragen/raadplegen van één voorkomen van één of meer woonplaatsen met een woonplaatsnaam. Als geldigOp en/of beschikbaarOp niet wordt opgegeven, worden de actuele gegevens geleverd.  Als expand=bronhouders, geometrie of true dan worden de gevraagde of alle gerelateerde objecten als geneste resource geleverd.
         */
        get: operations["woonplaatsNaam"];
        put?: never;
        /**
         * bevragen van een woonplaats met een geometrische locatie.
         * @description Bevragen/raadplegen van een voorkomen van een Woonplaats met een geometrische locatie. Parameter huidig kan worden toegepast. Als geldigOp en/of beschikbaarOp niet wordt opgegeven, worden de actuele gegevens geleverd.  Als expand=bronhouders, geometrie of true dan worden de gevraagde of alle gerelateerde objecten als geneste resource geleverd.
         */
        post: operations["woonplaatsGeometrie"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/woonplaatsen/{identificatie}/{versie}/{timestampRegistratieLv}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * bevragen van een voorkomen van een woonplaats met de identificatie van een woonplaats en de identificatie van een voorkomen, bestaande uit een versie en een timestamp van het tijdstip van registratie in de LV BAG.
         * @description Bevragen/raadplegen van een voorkomen van een Woonplaats met de identificatie van een woonplaats en de identificatie van een voorkomen, bestaande uit een versie en een timestamp van het tijdstip van registratie in de LV BAG. Als expand=bronhouders, geometrie of true dan worden de gevraagde of alle gerelateerde objecten als geneste resource geleverd.
         */
        get: operations["woonplaatsIdentificatieVoorkomen"];
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
        /** API-info */
        "API-info": {
            /** @description De naam van de API. */
            "api-name"?: string;
            /** @description Versie van de API. */
            "api-version"?: string;
            /** @description Omschrijving van de API. */
            "api-description"?: string;
            /**
             * @description Naam van het informatiemodel dat als basis is genomen voor deze API.
             * @example IMBAGLV
             */
            informationmodel?: string;
            /**
             * @description Versie van het logische informatiemodel dat als basis is genomen voor deze API.
             * @example v20190601
             */
            "informationmodel-version"?: string;
            /**
             * Format: URI
             * @description Locatie (URI) van het logische informatiemodel die als basis is genomen voor deze API.
             */
            "informationmodel-location"?: string;
        };
        /** @description Door het bevoegde gemeentelijke orgaan aan een verblijfsobject, een standplaats of een ligplaats toegekende benaming, bestaande uit een combinatie van de naam van een openbare ruimte, een nummeraanduiding en de naam van een woonplaats. */
        Adres: {
            /**
             * openbare ruimte naam
             * @description Een naam die aan een openbare ruimte is toegekend in een daartoe strekkend formeel gemeentelijk besluit.
             * @example Laan van de landinrichtingscommissie Duiven-Westervoort
             */
            openbareRuimteNaam: string;
            /**
             * korteNaam
             * @description De officiële openbare ruimte naam als deze niet langer is dan 24 tekens of de volgens de NEN5825 verkorte naam van maximaal 24 tekens.
             * @example Ln vd l D-Westervoort
             */
            korteNaam?: string;
            /**
             * huisnummer
             * @description Een door of namens het gemeentebestuur ten aanzien van een adresseerbaar object toegekende nummering.
             * @example 1
             */
            huisnummer: number;
            /**
             * huisletter
             * @description Een door of namens het gemeentebestuur ten aanzien van een adresseerbaar object toegekende toevoeging aan een huisnummer in de vorm van een alfanumeriek teken.
             * @example A
             */
            huisletter?: string;
            /**
             * huisnummer toevoeging
             * @description Een door of namens het gemeentebestuur ten aanzien van een adresseerbaar object toegekende nadere toevoeging aan een huisnummer of een combinatie van huisnummer en huisletter.
             * @example bis
             */
            huisnummertoevoeging?: string;
            /**
             * postcode
             * @description De door PostNL vastgestelde code behorende bij een bepaalde combinatie van een straatnaam en een huisnummer.
             * @example 6922KZ
             */
            postcode?: string;
            /**
             * woonplaats naam
             * @description De benaming van een door het gemeentebestuur aangewezen woonplaats.
             * @example Duiven
             */
            woonplaatsNaam: string;
            nummeraanduidingIdentificatie: components["schemas"]["NummeraanduidingIdentificatie"];
            openbareRuimteIdentificatie: components["schemas"]["OpenbareRuimteIdentificatie"];
            woonplaatsIdentificatie: components["schemas"]["WoonplaatsIdentificatie"];
            adresseerbaarObjectIdentificatie?: components["schemas"]["AdresseerbaarObjectIdentificatie"];
            /** @description Identificatie(s) van het pand of de panden waar het verblijfsobject deel van uit maakt. */
            pandIdentificaties?: components["schemas"]["PandIdentificatie"][];
            /** @description Indicatie dat dit adres een nevenadres is van een adresseerbaar object. Het adres is een hoofdadres als deze indicatie niet wordt meegeleverd. */
            indicatieNevenadres?: boolean;
        };
        AdresIO: components["schemas"]["Adres"] & {
            geconstateerd?: components["schemas"]["Geconstateerd"];
            inonderzoek?: components["schemas"]["AdresInOnderzoek"];
        };
        AdresIOHal: components["schemas"]["AdresIO"] & {
            _embedded?: components["schemas"]["AdresIO_embedded"];
            _links?: components["schemas"]["AdresIO_links"];
        };
        AdresIOHalCollection: {
            _links?: components["schemas"]["HalPaginationLinks"];
            _embedded?: {
                adressen?: components["schemas"]["AdresIOHal"][];
            };
        };
        AdresIO_embedded: {
            openbareRuimte?: components["schemas"]["OpenbareRuimteIOHal"];
            nummeraanduiding?: components["schemas"]["NummeraanduidingIOHal"];
            woonplaats?: components["schemas"]["WoonplaatsIOHal"];
        };
        AdresIO_links: {
            self?: components["schemas"]["HalLink"];
            openbareRuimte?: components["schemas"]["HalLink"];
            nummeraanduiding?: components["schemas"]["HalLink"];
            woonplaats?: components["schemas"]["HalLink"];
            adresseerbaarObject?: components["schemas"]["HalLink"];
            /** @description Het/de aan het adres gerelateerde pand(en). */
            panden?: components["schemas"]["HalLink"][];
        };
        /** @description Wanneer hier een property is opgenomen met de waarde true, dan is de waarde van het gelijknamige property in de resource in onderzoek. De juistheid van dit gegeven wordt op dit moment onderzocht. Onder property toelichting wordt toegelicht wat er mogelijk onjuist is aan het betreffende gegeven. */
        AdresInOnderzoek: {
            openbareRuimteNaam?: boolean;
            korteNaam?: boolean;
            huisnummer?: boolean;
            huisletter?: boolean;
            huisnummertoevoeging?: boolean;
            postcode?: boolean;
            woonplaatsNaam?: boolean;
            /** @description Als de nummeraanduidingLigtIn false is (deze is niet in onderzoek) en de openbareRuimteLigtIn is true (deze is wel in onderzoek) maar is gerelateerd aan een andere woonplaats dan de nummeraanduiding, dan wordt de boolean hier niet gezet. Deze is dan niet relevant omdat dan de woonplaats wordt gebruikt die gerelateerd is aan de nummeraanduiding. */
            openbareRuimteLigtIn?: boolean;
            openbareRuimteStatus?: boolean;
            nummeraanduidingLigtIn?: boolean;
            nummeraanduidingligtAan?: boolean;
            nummeraanduidingStatus?: boolean;
            toelichting?: string[];
        };
        /**
         * AdresUitgebreid
         * @description Een adres is een verzameling van informatie uit adresseerbare objecten, gerelateerde nummeraanduidingen (hoofd- en nevenadres(sen)), aan de nummeraanduiding gerelateerde openbare ruimte en (indien aanwezig) de aan de nummeraanduiding gerelateerde woonplaats en indien deze niet beschikbaar is, de aan de openbare ruimte gerelateerde woonplaats. Waarbij alleen 'huidige' object voorkomen informatie wordt geretourneerd, dit houdt in: het actuele object voorkomen mits deze geen eind status heeft. Adres uitgebreid bevat een adres uitgebreid met adresseerbaar object informatie.
         */
        AdresUitgebreid: components["schemas"]["Adres"] & {
            typeAdresseerbaarObject?: components["schemas"]["TypeAdresseerbaarObject"];
            adresseerbaarObjectGeometrie?: components["schemas"]["PuntOfVlak"];
            adresseerbaarObjectStatus?: string;
            gebruiksdoelen?: components["schemas"]["Gebruiksdoel"][];
            /** oppervlakte */
            oppervlakte?: number;
            oorspronkelijkBouwjaar?: string[];
            geconstateerd?: components["schemas"]["AdresUitgebreidGeconstateerd"];
            inonderzoek?: components["schemas"]["AdresUitgebreidInOnderzoek"];
        };
        AdresUitgebreidGeconstateerd: components["schemas"]["Geconstateerd"] & {
            ligplaats?: boolean;
            standplaats?: boolean;
            verblijfsobject?: boolean;
            pand?: boolean;
        };
        AdresUitgebreidHal: components["schemas"]["AdresUitgebreid"] & {
            _links?: components["schemas"]["AdresUitgebreid_links"];
        };
        AdresUitgebreidHalCollection: {
            _embedded?: {
                adressen?: components["schemas"]["AdresUitgebreidHal"][];
            };
            _links?: components["schemas"]["HalCollectionLinks"];
        };
        AdresUitgebreidInOnderzoek: components["schemas"]["AdresInOnderzoek"] & {
            typeAdresseerbaarObject?: boolean;
            /** @description Een indicatie dat de geometrie van het aan een adres gerelateerde adresseerbare object in onderzoek is. */
            adresseerbaarObjectGeometrie?: boolean;
            /** @description Een indicatie dat de status van het aan een adres gerelateerde adresseerbare object in onderzoek is. */
            adresseerbaarObjectStatus?: boolean;
            adresseerbaarObjectheeftAlsHoofdadres?: boolean;
            adresseerbaarObjectheeftAlsNevenadres?: boolean;
            gebruiksdoelen?: boolean;
            oppervlakte?: boolean;
            maaktDeelUitVan?: boolean;
            oorspronkelijkBouwjaar?: boolean;
        };
        AdresUitgebreid_links: components["schemas"]["AdresIO_links"];
        /**
         * AdresseerbaarObject
         * @description Abstract type adresseerbaar object
         */
        AdresseerbaarObject: {
            heeftAlsHoofdAdres: components["schemas"]["NummeraanduidingIdentificatie"];
            heeftAlsNevenAdres?: components["schemas"]["NummeraanduidingIdentificatie"][];
            type: components["schemas"]["TypeAdresseerbaarObject"];
        };
        /**
         * AdresseerbaarObjectIOHal
         * @description Een adresseerbaar object kan een ligplaats, standplaats of verblijfsobject zijn, er wordt van onderstaande properties dus altijd maar één ingevuld.
         */
        AdresseerbaarObjectIOHal: {
            _links?: components["schemas"]["HalCollectionLinks"];
            ligplaats?: components["schemas"]["LigplaatsIOHal"];
            standplaats?: components["schemas"]["StandplaatsIOHal"];
            verblijfsobject?: components["schemas"]["VerblijfsobjectIOHal"];
        };
        /**
         * identificatie van adresseerbaar object
         * @description Identificatie van een adresseerbaar object (ligplaats, standplaats of verblijfsobject) uit de BAG.
         * @example 0226010000038820
         */
        AdresseerbaarObjectIdentificatie: string;
        AdresseerbaarObjectLvcIOHalCollection: {
            _embedded?: {
                voorkomens?: components["schemas"]["AdresseerbaarObjectIOHal"][];
            };
            _links?: components["schemas"]["HalCollectionLinks"];
        };
        AdresseerbareObjectenIOHalCollection: {
            _embedded?: {
                adresseerbareObjecten?: components["schemas"]["AdresseerbaarObjectIOHal"][];
            };
            _links?: components["schemas"]["HalCollectionLinks"];
        };
        /**
         * Bronhouder
         * @description Een bronhouder is een gemeente of samenwerkingsverband van gemeenten en heeft een code en naam net als een gemeente.
         */
        Bronhouder: {
            /**
             * code
             * @description Een officiële code die aan een gemeente is toegekend, ontleend is aan tabel 33 en zoals bijgehouden in de LVBAG. Dit gegeven is geen officieel BAG gegeven en wordt niet als kenmerk van het BAG object Woonplaats object bijgehouden. Het wordt als hulpgegeven meegeleverd.
             * @example 0226
             */
            code: string;
            /**
             * naam
             * @description Een officiële naam die aan een gemeente is toegekend.
             * @example Duiven
             */
            naam: string;
            /**
             * beginGeldigheid
             * Format: date
             * @description De datum waarop een versie van een bronhouder geldig is in de werkelijkheid. Dit tijdstip wordt vastgelegd in de beginGeldigheid.
             * @example 2019-06-01
             */
            beginGeldigheid?: string;
            /**
             * eindGeldigheid
             * Format: date
             * @description De datum waarop de periode van geldigheid van een versie van een bronhouder eindigt. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
             * @example 2019-06-01
             */
            eindGeldigheid?: string;
            provincie?: components["schemas"]["Provincie"];
        };
        /**
         * BronhouderHal
         * @description Bronhouder aangevuld met HAL link.
         */
        BronhouderHal: {
            bronhouder: components["schemas"]["Bronhouder"];
            _links?: components["schemas"]["Bronhouder_links"];
        };
        BronhouderHalCollection: {
            _embedded?: {
                bronhouders?: components["schemas"]["BronhouderHal"][];
            };
            _links?: components["schemas"]["HalCollectionLinks"];
        };
        Bronhouder_links: {
            self: components["schemas"]["HalLink"];
        };
        /** Error */
        Error: {
            /**
             * @description De HTTP status code.
             * @example 401
             */
            status: number;
            /**
             * @description De titel behorende bij de HTTP status code.
             * @example Niet correct geauthenticeerd
             */
            title: string;
            /**
             * Format: uri
             * @description URI naar een pagina met meer informatie over deze foutmelding voor de ontwikkelaar.
             * @example https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized
             */
            type: string;
            /**
             * @description Een gedetailleerde beschrijving van de HTTP status code.
             * @example Het verzoek vereist gebruikers authenticatie.
             */
            detail: string;
            /**
             * Format: uri
             * @description URI van de aanroep die fout heeft veroorzaakt.
             */
            instance: string;
            /** @description Systeem code die het type fout aangeeft. */
            code?: string;
            "invalid-params"?: components["schemas"]["InvalidParams"][];
        };
        /**
         * Gebruiksdoel
         * @enum {string}
         */
        Gebruiksdoel: "woonfunctie" | "bijeenkomstfunctie" | "celfunctie" | "gezondheidszorgfunctie" | "industriefunctie" | "kantoorfunctie" | "logiesfunctie" | "onderwijsfunctie" | "sportfunctie" | "winkelfunctie" | "overige gebruiksfunctie";
        /** @description Wanneer hier een property is opgenomen met de waarde true, dan is de aan het adres gerelateerde gelijknamige resource geconstateerd. Geconstateerd is een aanduiding waarmee kan worden aangegeven dat een object in de registratie is opgenomen als gevolg van een feitelijke constatering, zonder dat er op het moment van opname sprake was van een regulier brondocument voor deze opname. */
        Geconstateerd: {
            woonplaats?: boolean;
            openbareRuimte?: boolean;
            nummeraanduiding?: boolean;
        };
        HalCollectionLinks: {
            self?: components["schemas"]["HalLink"];
        };
        /** @description Het Link Object zoals gespecificeerd in https://tools.ietf.org/html/draft-kelly-json-hal-08#section-5 */
        HalLink: {
            href: components["schemas"]["Href"];
            templated?: boolean;
            /** @description Voor mens leesbaar label bij de link */
            title?: string;
        };
        HalPaginationLinks: components["schemas"]["HalCollectionLinks"] & {
            /** @description uri voor het opvragen van de eerste pagina van deze collectie */
            first?: {
                /** @example https://{base-uri}/{dienst}/{apinaam}/{major-versie}/resourcenaam?page=1 */
                href?: string;
                templated?: boolean;
                /** @example Eerste pagina */
                title?: string;
            };
            /** @description uri voor het opvragen van de vorige pagina van deze collectie */
            previous?: {
                /** @example https://{base-uri}/{dienst}/{apinaam}/{major-versie}/resourcenaam?page=3 */
                href?: string;
                templated?: boolean;
                /** @example Vorige pagina */
                title?: string;
            };
            /** @description uri voor het opvragen van de volgende pagina van deze collectie */
            next?: {
                /** @example https://{base-uri}/{dienst}/{apinaam}/{major-versie}/resourcenaam?page=5 */
                href?: string;
                templated?: boolean;
                /** @example Volgende pagina */
                title?: string;
            };
            /** @description uri voor het opvragen van de laatste pagina van deze collectie */
            last?: {
                /** @example https://{base-uri}/{dienst}/{apinaam}/{major-versie}/resourcenaam?page=15 */
                href?: string;
                templated?: boolean;
                /** @example Laatste pagina */
                title?: string;
            };
        };
        /** HistorieInOnderzoek */
        HistorieInOnderzoek: {
            /**
             * tijdstipRegistratie
             * Format: date-time
             * @description Het tijdstip waarop een versie van een BAG-object is geregistreerd in de registratie van een bronhouder en daarmee authentiek wordt gemaakt. Dit tijdstip wordt vastgelegd in de tijdstipRegistratie.
             */
            tijdstipRegistratie: string;
            /**
             * eindRegistratie
             * Format: date-time
             * @description Het tijdstip waarop een versie van een BAG-object is beëindigd in de registratie van een bronhouder. Dit tijdstip wordt vastgelegd in de eindRegistratie.
             */
            eindRegistratie?: string;
            /**
             * beginGeldigheid
             * Format: date
             * @description De datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
             * @example 2019-06-01
             */
            beginGeldigheid: string;
            /**
             * eindGeldigheid
             * Format: date
             * @description De datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
             * @example 2019-06-01
             */
            eindGeldigheid?: string;
            /**
             * tijdstipRegistratieLV
             * Format: date-time
             * @description Dit is het tijdstip waarop een versie van een BAG-object is opgenomen in de registratie van de landelijke voorziening. De gegevens komen daarmee beschikbaar voor afnemers. Dit tijdstip wordt vastgelegd in de tijdstipRegistratieLV.
             */
            tijdstipRegistratieLV: string;
        };
        /** @example https://{base-uri}/{dienst}/{apinaam}/{major-versie}/resourcenaam/{resource-identificatie} */
        Href: string;
        /**
         * InOnderzoekLigplaats
         * @enum {string}
         */
        InOnderzoekLigplaats: "geometrie" | "status" | "heeft als hoofdadres" | "heeft als nevenadres";
        /**
         * InOnderzoekNummeraanduiding
         * @enum {string}
         */
        InOnderzoekNummeraanduiding: "huisnummer" | "huisletter" | "huisnummertoevoeging" | "postcode" | "type adresseerbaar object" | "status" | "ligt in" | "ligt aan";
        /**
         * InOnderzoekOpenbareRuimte
         * @enum {string}
         */
        InOnderzoekOpenbareRuimte: "naam" | "type" | "status" | "gerelateerde woonplaats";
        /**
         * InOnderzoekPand
         * @enum {string}
         */
        InOnderzoekPand: "geometrie" | "oorspronkelijk bouwjaar" | "status";
        /**
         * InOnderzoekStandplaats
         * @enum {string}
         */
        InOnderzoekStandplaats: "geometrie" | "status" | "heeft als hoofdadres" | "heeft als nevenadres";
        /**
         * InOnderzoekVerblijfsobject
         * @enum {string}
         */
        InOnderzoekVerblijfsobject: "geometrie" | "gebruiksdoel" | "oppervlakte" | "status" | "maakt deel uit van" | "heeft als hoofdadres" | "heeft als nevenadres";
        /**
         * InOnderzoekWoonplaats
         * @enum {string}
         */
        InOnderzoekWoonplaats: "naam" | "geometrie" | "status";
        /**
         * Indicatie
         * @description Een aanduiding waarmee kan worden aangegeven of een attribuut van een object of data type een indicatie J (Ja) of N (Nee) heeft in de registratie.
         * @enum {string}
         */
        Indicatie: "J" | "N";
        /**
         * InvalidParams
         * @description Wanneer de fout is veroorzaakt door fouten in requestparameters (of request body), wordt invalid-params gevuld met details over elke foute parameter. Wanneer er fouten zitten op meerdere parameters, wordt er per validatiefout een invalid-params instantie opgenomen in het antwoord. Alle fouten worden dus teruggegeven. Een gedetailleerde beschrijving hoe de onderstaande attributen ingevuld moeten worden staat op: https://github.com/VNG-Realisatie/Haal-Centraal-BRP-bevragen/blob/master/features/foutafhandeling.feature
         */
        InvalidParams: {
            /**
             * Format: uri
             * @description Een url naar een beschrijving van de fout in de parameter. De hier gerefereerde foutbeschrijving is specifieker dan type op het hoofdniveau van het bericht.
             */
            type?: string;
            /**
             * @description De naam van de parameter waar de fout in zit.
             * @example geldigOp
             */
            name: string;
            /**
             * @description Een vaste waarde afhankelijk van het soort fout.
             * @example date
             */
            code: string;
            /**
             * @description Een vaste omschrijving afhankelijk van het soort fout.
             * @example Waarde is geen geldige datum.
             */
            reason: string;
        };
        /** KenmerkLigplaatsInOnderzoek */
        KenmerkLigplaatsInOnderzoek: {
            kenmerk: components["schemas"]["InOnderzoekLigplaats"];
            identificatieVanLigplaats: components["schemas"]["LigplaatsIdentificatie"];
            inOnderzoek: components["schemas"]["Indicatie"];
            historie: components["schemas"]["HistorieInOnderzoek"];
            /**
             * documentdatum
             * Format: date
             * @description De datum van het document waarin de grondslag van het onderzoek wordt vastgelegd. Dit wordt vastgelegd in het attribuut documentdatum.
             * @example 2019-08-14
             */
            documentdatum: string;
            /**
             * Documentnummer
             * @description Het nummer van het document waarin de grondslag van het onderzoek wordt vastgelegd. Dit wordt vastgelegd in het attribuut documentnummer.
             * @example AV-2019-08-19-00
             */
            documentnummer: string;
        };
        /**
         * KenmerkNummeraanduidingInOnderzoek
         * @description Limitatieve opsomming van alle kenmerken van dit object die in onderzoek zijn op dit moment, of van alle kenmerken die ooit in onderzoek zijn geweest als er een tijdreisvraag is gesteld of een vraag naar de levenscyclus.
         */
        KenmerkNummeraanduidingInOnderzoek: {
            kenmerk: components["schemas"]["InOnderzoekNummeraanduiding"];
            identificatieVanNummeraanduiding: components["schemas"]["NummeraanduidingIdentificatie"];
            inOnderzoek: components["schemas"]["Indicatie"];
            historie: components["schemas"]["HistorieInOnderzoek"];
            /**
             * documentdatum
             * Format: date
             * @description De datum van het document waarin de grondslag van het onderzoek wordt vastgelegd. Dit wordt vastgelegd in het attribuut documentdatum.
             * @example 2019-08-14
             */
            documentdatum?: string;
            /**
             * Documentnummer
             * @description Het nummer van het document waarin de grondslag van het onderzoek wordt vastgelegd. Dit wordt vastgelegd in het attribuut documentnummer.
             * @example AV-2019-08-19-00
             */
            documentnummer?: string;
        };
        /** KenmerkOpenbareRuimteInOnderzoek */
        KenmerkOpenbareRuimteInOnderzoek: {
            kenmerk: components["schemas"]["InOnderzoekOpenbareRuimte"];
            identificatieVanOpenbareRuimte: components["schemas"]["OpenbareRuimteIdentificatie"];
            inOnderzoek: components["schemas"]["Indicatie"];
            historie: components["schemas"]["HistorieInOnderzoek"];
            /**
             * documentdatum
             * Format: date
             * @description De datum van het document waarin de grondslag van het onderzoek wordt vastgelegd. Dit wordt vastgelegd in het attribuut documentdatum.
             * @example 2019-08-14
             */
            documentdatum: string;
            /**
             * Documentnummer
             * @description Het nummer van het document waarin de grondslag van het onderzoek wordt vastgelegd. Dit wordt vastgelegd in het attribuut documentnummer.
             * @example AV-2019-08-19-00
             */
            documentnummer: string;
        };
        /** KenmerkPandInOnderzoek */
        KenmerkPandInOnderzoek: {
            kenmerk: components["schemas"]["InOnderzoekPand"];
            identificatieVanPand: components["schemas"]["PandIdentificatie"];
            inOnderzoek: components["schemas"]["Indicatie"];
            historie: components["schemas"]["HistorieInOnderzoek"];
            /**
             * documentdatum
             * Format: date
             * @description De datum van het document waarin de grondslag van het onderzoek wordt vastgelegd. Dit wordt vastgelegd in het attribuut documentdatum.
             * @example 2019-08-14
             */
            documentdatum: string;
            /**
             * Documentnummer
             * @description Het nummer van het document waarin de grondslag van het onderzoek wordt vastgelegd. Dit wordt vastgelegd in het attribuut documentnummer.
             * @example AV-2019-08-19-00
             */
            documentnummer: string;
        };
        /** KenmerkStandplaatsInOnderzoek */
        KenmerkStandplaatsInOnderzoek: {
            kenmerk: components["schemas"]["InOnderzoekStandplaats"];
            identificatieVanStandplaats: components["schemas"]["StandplaatsIdentificatie"];
            inOnderzoek: components["schemas"]["Indicatie"];
            historie: components["schemas"]["HistorieInOnderzoek"];
            /**
             * documentdatum
             * Format: date
             * @description De datum van het document waarin de grondslag van het onderzoek wordt vastgelegd. Dit wordt vastgelegd in het attribuut documentdatum.
             * @example 2019-08-14
             */
            documentdatum: string;
            /**
             * Documentnummer
             * @description Het nummer van het document waarin de grondslag van het onderzoek wordt vastgelegd. Dit wordt vastgelegd in het attribuut documentnummer.
             * @example AV-2019-08-19-00
             */
            documentnummer: string;
        };
        /** KenmerkVerblijfsobjectInOnderzoek */
        KenmerkVerblijfsobjectInOnderzoek: {
            kenmerk: components["schemas"]["InOnderzoekVerblijfsobject"];
            identificatieVanVerblijfsobject: components["schemas"]["VerblijfsobjectIdentificatie"];
            inOnderzoek: components["schemas"]["Indicatie"];
            historie: components["schemas"]["HistorieInOnderzoek"];
            /**
             * documentdatum
             * Format: date
             * @description De datum van het document waarin de grondslag van het onderzoek wordt vastgelegd. Dit wordt vastgelegd in het attribuut documentdatum.
             * @example 2019-08-14
             */
            documentdatum: string;
            /**
             * Documentnummer
             * @description Het nummer van het document waarin de grondslag van het onderzoek wordt vastgelegd. Dit wordt vastgelegd in het attribuut documentnummer.
             * @example AV-2019-08-19-00
             */
            documentnummer: string;
        };
        /**
         * KenmerkWoonplaatsInOnderzoek
         * @description Limitatieve opsomming van alle kenmerken van dit object die in onderzoek zijn op dit moment, of van alle kenmerken die ooit in onderzoek zijn geweest als er een tijdreisvraag is gesteld of een vraag naar de levenscyclus.
         */
        KenmerkWoonplaatsInOnderzoek: {
            kenmerk: components["schemas"]["InOnderzoekWoonplaats"];
            identificatieVanWoonplaats: components["schemas"]["WoonplaatsIdentificatie"];
            inOnderzoek: components["schemas"]["Indicatie"];
            historie: components["schemas"]["HistorieInOnderzoek"];
            /**
             * documentdatum
             * Format: date
             * @description De datum van het document waarin de grondslag van het onderzoek wordt vastgelegd. Dit wordt vastgelegd in het attribuut documentdatum.
             * @example 2019-08-14
             */
            documentdatum: string;
            /**
             * Documentnummer
             * @description Het nummer van het document waarin de grondslag van het onderzoek wordt vastgelegd. Dit wordt vastgelegd in het attribuut documentnummer.
             * @example AV-2019-08-19-00
             */
            documentnummer: string;
        };
        /**
         * Ligplaats
         * @description Een Ligplaats is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen plaats in het water al dan niet aangevuld met een op de oever aanwezig terrein of een gedeelte daarvan, die bestemd is voor het permanent afmeren van een voor woon-, bedrijfsmatige of recreatieve doeleinden geschikt drijvend object.
         */
        Ligplaats: {
            type: "Ligplaats";
        } & (Omit<components["schemas"]["AdresseerbaarObject"], "type"> & {
            identificatie: components["schemas"]["LigplaatsIdentificatie"];
            /**
             * domein
             * @description NL.IMBAG.Ligplaats
             * @example NL.IMBAG.Ligplaats
             */
            domein: string;
            status: components["schemas"]["StatusPlaats"];
            geometrie: components["schemas"]["Surface"];
            geconstateerd: components["schemas"]["Indicatie"];
            /**
             * documentdatum
             * Format: date
             * @description De datum waarop het brondocument is vastgesteld, op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een object heeft plaatsgevonden.
             * @example 2011-12-30
             */
            documentdatum: string;
            /**
             * Documentnummer
             * @description De unieke aanduiding van het brondocument op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een woonplaats heeft plaatsgevonden, binnen een gemeente. Alle karakters uit de MES-1 karakterset zijn toegestaan.
             * @example AVGEL30122011-07
             */
            documentnummer: string;
            voorkomen: components["schemas"]["Voorkomen"];
        });
        /**
         * LigplaatsIOHal
         * @description Een verzameling van een Ligplaats en een lijst van alle bijbehorende inonderzoek informatie.
         */
        LigplaatsIOHal: {
            ligplaats: components["schemas"]["Ligplaats"];
            inonderzoek?: components["schemas"]["KenmerkLigplaatsInOnderzoek"][];
            _embedded?: components["schemas"]["Ligplaats_embedded"];
            _links?: components["schemas"]["Ligplaats_links"];
        };
        LigplaatsIOHalCollection: {
            _embedded?: {
                ligplaatsen?: components["schemas"]["LigplaatsIOHal"][];
            };
            _links?: components["schemas"]["HalCollectionLinks"];
        };
        LigplaatsIOLvcHalCollection: {
            _embedded?: {
                voorkomens?: components["schemas"]["LigplaatsIOHal"][];
            };
            _links?: components["schemas"]["HalCollectionLinks"];
        };
        /**
         * identificatie
         * @description Deze wordt gebruikt in de operation.
         * @example 0797020000056894
         */
        LigplaatsIdentificatie: string;
        Ligplaats_embedded: {
            heeftAlsHoofdAdres?: components["schemas"]["NummeraanduidingIOHal"];
            heeftAlsNevenAdres?: components["schemas"]["NummeraanduidingIOHal"][];
        };
        Ligplaats_links: {
            self: components["schemas"]["HalLink"];
            heeftAlsHoofdAdres: components["schemas"]["HalLink"];
            /** @description De nummeraanduidingen die dit adresseerbare object als nevenadressen heeft. Van deze gerelateerd nummeraanduiding: hiervan het voorkomen van nummeraanduiding die gevonden wordt op basis van dezelfde tijdreisparameters als waarmee het adresseerbare object voorkomen gevonden is. */
            heeftAlsNevenAdres?: components["schemas"]["HalLink"][];
        };
        /**
         * GeoJSON MultiPolygon
         * @description Deze definitie is gekopieerd van: http://schemas.opengis.net/ogcapi/features/part1/1.0/openapi/schemas/multipolygonGeoJSON.yaml
         */
        MultiPolygon: {
            /** @enum {string} */
            type: "MultiPolygon";
            coordinates: number[][][][];
        };
        /**
         * MultiSurface
         * @example {
         *       "type": "MultiPolygon"
         *     }
         */
        MultiSurface: components["schemas"]["MultiPolygon"];
        /**
         * Nummeraanduiding
         * @description Een Nummeraanduiding is een door het bevoegde gemeentelijke orgaan als zodanig toegekende aanduiding van een verblijfsobject, een standplaats of een ligplaats.
         */
        Nummeraanduiding: {
            identificatie: components["schemas"]["NummeraanduidingIdentificatie"];
            /**
             * domein
             * @description NL.IMBAG.Nummeraanduiding
             * @example NL.IMBAG.Nummeraanduiding
             */
            domein: string;
            /**
             * huisnummer
             * @description Een door of namens het gemeentebestuur ten aanzien van een adresseerbaar object toegekende nummering.
             * @example 1
             */
            huisnummer: number;
            /**
             * huisletter
             * @description Een door of namens het gemeentebestuur ten aanzien van een adresseerbaar object toegekende toevoeging aan een huisnummer in de vorm van een alfanumeriek teken.
             * @example A
             */
            huisletter?: string;
            /**
             * huisnummer toevoeging
             * @description Een door of namens het gemeentebestuur ten aanzien van een adresseerbaar object toegekende nadere toevoeging aan een huisnummer of een combinatie van huisnummer en huisletter.
             * @example bis
             */
            huisnummertoevoeging?: string;
            /**
             * postcode
             * @description De door PostNL vastgestelde code behorende bij een bepaalde combinatie van een straatnaam en een huisnummer.
             * @example 6922KZ
             */
            postcode?: string;
            typeAdresseerbaarObject: components["schemas"]["TypeAdresseerbaarObject"];
            status: components["schemas"]["StatusNaamgeving"];
            geconstateerd: components["schemas"]["Indicatie"];
            /**
             * documentdatum
             * Format: date
             * @description De datum waarop het brondocument is vastgesteld, op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een object heeft plaatsgevonden.
             * @example 2019-11-25
             */
            documentdatum: string;
            /**
             * Documentnummer
             * @description De unieke aanduiding van het brondocument op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een woonplaats heeft plaatsgevonden binnen een gemeente. Alle karakters uit de MES-1 karakterset zijn toegestaan.
             * @example Duiven 25112019
             */
            documentnummer: string;
            voorkomen: components["schemas"]["Voorkomen"];
            ligtIn?: components["schemas"]["WoonplaatsIdentificatie"];
            ligtAan: components["schemas"]["OpenbareRuimteIdentificatie"];
        };
        /**
         * NummeraanduidingIOHal (incl. in onderzoek)
         * @description Nummeraanduiding, aangevuld met een limitatieve opsomming van alle kenmerken van dit object die in onderzoek zijn(als metadata). Bij een normale vraag wordt aangegeven welke kenmerken er op dit moment in onderzoek zijn. Bij een tijdreisvraag wordt aangegeven welke gegevens er ooit in onderzoek zijn geweest. Bij een levenscyclus vraag wordt aangegeven welke gegevens er ooit in onderzoek zijn geweest.
         */
        NummeraanduidingIOHal: {
            nummeraanduiding: components["schemas"]["Nummeraanduiding"];
            inonderzoek?: components["schemas"]["KenmerkNummeraanduidingInOnderzoek"][];
            _embedded?: components["schemas"]["Nummeraanduiding_embedded"];
            _links?: components["schemas"]["Nummeraanduiding_links"];
        };
        NummeraanduidingIOHalCollection: {
            _embedded?: {
                nummeraanduidingen?: components["schemas"]["NummeraanduidingIOHal"][];
            };
            _links?: components["schemas"]["HalPaginationLinks"];
        };
        NummeraanduidingIOLvcHalCollection: {
            _embedded?: {
                voorkomens?: components["schemas"]["NummeraanduidingIOHal"][];
            };
            _links?: components["schemas"]["HalCollectionLinks"];
        };
        /**
         * identificatie
         * @description Deze wordt gebruikt in de operation.
         * @example 0226200000038923
         */
        NummeraanduidingIdentificatie: string;
        Nummeraanduiding_embedded: {
            ligtInWoonplaats?: components["schemas"]["WoonplaatsIOHal"];
            ligtAanOpenbareRuimte?: components["schemas"]["OpenbareRuimteIOHal"];
        };
        Nummeraanduiding_links: {
            self: components["schemas"]["HalLink"];
            ligtInWoonplaats?: components["schemas"]["HalLink"];
            ligtAanOpenbareRuimte?: components["schemas"]["HalLink"];
        };
        /**
         * OpenbareRuimte
         * @description Een Openbare ruimte is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen en van een naam voorziene buitenruimte die binnen één woonplaats is gelegen.
         */
        OpenbareRuimte: {
            identificatie: components["schemas"]["OpenbareRuimteIdentificatie"];
            /**
             * domein
             * @description NL.IMBAG.Openbareruimte
             * @example NL.IMBAG.Openbareruimte
             */
            domein: string;
            /**
             * openbare ruimte naam
             * @description Een naam die aan een openbare ruimte is toegekend in een daartoe strekkend formeel gemeentelijk besluit.
             * @example Laan van de landinrichtingscommissie Duiven-Westervoort
             */
            naam: string;
            type: components["schemas"]["TypeOpenbareRuimte"];
            status: components["schemas"]["StatusNaamgeving"];
            /**
             * korteNaam
             * @description De officiële openbare ruimte naam als deze niet langer is dan 24 tekens of de volgens de NEN5825 verkorte naam van maximaal 24 tekens.
             * @example Ln vd l D-Westervoort
             */
            korteNaam: string;
            geconstateerd: components["schemas"]["Indicatie"];
            /**
             * documentdatum
             * Format: date
             * @description De datum waarop het brondocument is vastgesteld, op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een object heeft plaatsgevonden.
             * @example 2011-08-22
             */
            documentdatum: string;
            /**
             * Documentnummer
             * @description De unieke aanduiding van het brondocument op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een woonplaats heeft plaatsgevonden binnen een gemeente. Alle karakters uit de MES-1 karakterset zijn toegestaan.
             * @example 11INT00398
             */
            documentnummer: string;
            voorkomen: components["schemas"]["Voorkomen"];
            ligtIn: components["schemas"]["WoonplaatsIdentificatie"];
        };
        /**
         * OpenbareRuimteIOHal (incl. in onderzoek)
         * @description Openbare ruimte, aangevuld met een limitatieve opsomming van alle kenmerken van dit object die in onderzoek zijn(als metadata). Bij een normale vraag wordt aangegeven welke kenmerken er op dit moment in onderzoek zijn. Bij een tijdreisvraag wordt aangegeven welke gegevens er ooit in onderzoek zijn geweest. Bij een levenscyclus vraag wordt aangegeven welke gegevens er ooit in onderzoek zijn geweest.
         */
        OpenbareRuimteIOHal: {
            openbareRuimte: components["schemas"]["OpenbareRuimte"];
            inonderzoek?: components["schemas"]["KenmerkOpenbareRuimteInOnderzoek"][];
            _embedded?: components["schemas"]["OpenbareRuimte_embedded"];
            _links?: components["schemas"]["OpenbareRuimte_links"];
        };
        OpenbareRuimteIOHalCollection: {
            _embedded?: {
                openbareruimten?: components["schemas"]["OpenbareRuimteIOHal"][];
            };
            _links?: components["schemas"]["HalPaginationLinks"];
        };
        OpenbareRuimteIOLvcHalCollection: {
            _embedded?: {
                voorkomens?: components["schemas"]["OpenbareRuimteIOHal"][];
            };
            _links?: components["schemas"]["HalCollectionLinks"];
        };
        /**
         * identificatie
         * @description Deze wordt gebruikt in de operation.
         * @example 0226300000136124
         */
        OpenbareRuimteIdentificatie: string;
        OpenbareRuimte_embedded: {
            ligtInWoonplaats?: components["schemas"]["WoonplaatsIOHal"];
        };
        OpenbareRuimte_links: {
            self: components["schemas"]["HalLink"];
            ligtInWoonplaats?: components["schemas"]["HalLink"];
        };
        /**
         * Pand
         * @description Een Pand is de kleinste, bij de totstandkoming functioneel en bouwkundig-constructief zelfstandige eenheid die direct en duurzaam met de aarde is verbonden en betreedbaar en afsluitbaar is.
         */
        Pand: {
            identificatie: components["schemas"]["PandIdentificatie"];
            /**
             * domein
             * @description NL.IMBAG.Pand
             * @example NL.IMBAG.Pand
             */
            domein: string;
            geometrie: components["schemas"]["Surface"];
            /**
             * Oorspronkelijk bouwjaar
             * @description De aanduiding van het jaar waarin een pand oorspronkelijk als bouwkundig gereed is of zal worden opgeleverd. Bij het initieel opvoeren van een PAND wordt door de gemeente een reële inschatting gemaakt van het waarschijnlijke bouwjaar van het PAND. Bij het bouwkundig gereed opleveren van het PAND wordt deze waarde in voorkomende gevallen aangepast. Indien in latere jaren wijzigingen aan een pand worden aangebracht, leidt dit niet tot wijziging van het bouwjaar.
             * @example 1991
             */
            oorspronkelijkBouwjaar: string;
            status: components["schemas"]["StatusPand"];
            geconstateerd: components["schemas"]["Indicatie"];
            /**
             * documentdatum
             * Format: date
             * @description De datum waarop het brondocument is vastgesteld, op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een object heeft plaatsgevonden.
             * @example 2009-05-12
             */
            documentdatum: string;
            /**
             * Documentnummer
             * @description De unieke aanduiding van het brondocument op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een woonplaats heeft plaatsgevonden, binnen een gemeente. Alle karakters uit de MES-1 karakterset zijn toegestaan.
             * @example 09.BW.0273
             */
            documentnummer: string;
            voorkomen: components["schemas"]["Voorkomen"];
        };
        /**
         * PandIOHal
         * @description Een Pand is de kleinste, bij de totstandkoming functioneel en bouwkundig-constructief zelfstandige eenheid die direct en duurzaam met de aarde is verbonden en betreedbaar en afsluitbaar is. Inclusief aanduiding of deze in onderzoek is
         */
        PandIOHal: {
            pand: components["schemas"]["Pand"];
            inonderzoek?: components["schemas"]["KenmerkPandInOnderzoek"][];
            _links?: components["schemas"]["Pand_links"];
        };
        PandIOHalCollection: {
            _embedded?: {
                panden?: components["schemas"]["PandIOHal"][];
            };
            _links?: components["schemas"]["HalCollectionLinks"];
        };
        PandIOLvcHalCollection: {
            _embedded?: {
                voorkomens?: components["schemas"]["PandIOHal"][];
            };
            _links?: components["schemas"]["HalCollectionLinks"];
        };
        /**
         * identificatie
         * @description Deze wordt gebruikt in de operation.
         * @example 0226100000008856
         */
        PandIdentificatie: string;
        Pand_links: {
            self: components["schemas"]["HalLink"];
        };
        /**
         * GeoJSON Point
         * @description Deze definitie is gekopieerd van: http://schemas.opengis.net/ogcapi/features/part1/1.0/openapi/schemas/pointGeoJSON.yaml
         */
        Point: {
            /** @enum {string} */
            type: "Point";
            coordinates: number[];
        };
        /**
         * GeoJSON Polygon
         * @description Deze definitie is gekopieerd van: http://schemas.opengis.net/ogcapi/features/part1/1.0/openapi/schemas/polygonGeoJSON.yaml
         */
        Polygon: {
            /** @enum {string} */
            type: "Polygon";
            coordinates: number[][][];
        };
        /**
         * Provincie
         * @description Gegevens van een provincie
         */
        Provincie: {
            /**
             * naam
             * @example Gelderland
             */
            naam: string;
            /**
             * afkorting
             * @example Ge
             */
            afkorting: string;
        };
        /**
         * PuntOfVlak
         * @description Een samengesteld geometriegegevenstype waarbij wordt afgedwongen dat voor de geometrie een keuze gemaakt moet worden tussen een punt of een vlak.
         */
        PuntOfVlak: {
            punt?: components["schemas"]["Point"];
            vlak?: components["schemas"]["Surface"];
        };
        /**
         * Standplaats
         * @description Een Standplaats is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen terrein of gedeelte daarvan dat bestemd is voor het permanent plaatsen van een niet direct en niet duurzaam met de aarde verbonden en voor woon-, bedrijfsmatige, of recreatieve doeleinden geschikte ruimte.
         */
        Standplaats: {
            type: "Standplaats";
        } & (Omit<components["schemas"]["AdresseerbaarObject"], "type"> & {
            identificatie: components["schemas"]["StandplaatsIdentificatie"];
            /**
             * domein
             * @description NL.IMBAG.Standplaats
             * @example NL.IMBAG.Standplaats
             */
            domein: string;
            status: components["schemas"]["StatusPlaats"];
            geometrie: components["schemas"]["Surface"];
            geconstateerd: components["schemas"]["Indicatie"];
            /**
             * documentdatum
             * Format: date
             * @description De datum waarop het brondocument is vastgesteld, op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een object heeft plaatsgevonden.
             * @example 2011-10-05
             */
            documentdatum: string;
            /**
             * Documentnummer
             * @description De unieke aanduiding van het brondocument op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een woonplaats heeft plaatsgevonden, binnen een gemeente. Alle karakters uit de MES-1 karakterset zijn toegestaan.
             * @example AVGEL05102011-09
             */
            documentnummer: string;
            voorkomen: components["schemas"]["Voorkomen"];
        });
        /**
         * StandplaatsIOHal
         * @description Een verzameling van een Standplaats en een lijst van alle bijbehorende inonderzoek informatie.
         */
        StandplaatsIOHal: {
            standplaats: components["schemas"]["Standplaats"];
            inonderzoek?: components["schemas"]["KenmerkStandplaatsInOnderzoek"][];
            _embedded?: components["schemas"]["Standplaats_embedded"];
            _links?: components["schemas"]["Standplaats_links"];
        };
        StandplaatsIOHalCollection: {
            _embedded?: {
                standplaatsen?: components["schemas"]["StandplaatsIOHal"][];
            };
            _links?: components["schemas"]["HalCollectionLinks"];
        };
        StandplaatsIOLvcHalCollection: {
            _embedded?: {
                voorkomens?: components["schemas"]["StandplaatsIOHal"][];
            };
            _links?: components["schemas"]["HalCollectionLinks"];
        };
        /**
         * identificatie
         * @description Deze wordt gebruikt in de operation.
         * @example 0797030000056834
         */
        StandplaatsIdentificatie: string;
        Standplaats_embedded: {
            heeftAlsHoofdAdres?: components["schemas"]["NummeraanduidingIOHal"];
            heeftAlsNevenAdres?: components["schemas"]["NummeraanduidingIOHal"][];
        };
        Standplaats_links: {
            self: components["schemas"]["HalLink"];
            heeftAlsHoofdAdres: components["schemas"]["HalLink"];
            /** @description De nummeraanduidingen die dit adresseerbare object als nevenadressen heeft. Van deze gerelateerd nummeraanduiding: hiervan het voorkomen van nummeraanduiding die gevonden wordt op basis van dezelfde tijdreisparameters als waarmee het adresseerbare object voorkomen gevonden is. */
            heeftAlsNevenAdres?: components["schemas"]["HalLink"][];
        };
        /**
         * StatusNaamgeving
         * @description Een aanduiding van alle waarden die de status van een openbare ruimte of een nummeraanduiding kan aannemen.
         * @enum {string}
         */
        StatusNaamgeving: "Naamgeving uitgegeven" | "Naamgeving ingetrokken";
        /**
         * StatusPand
         * @description Een codering van de verschillende waarden die de status van een pand kan aannemen.
         * @enum {string}
         */
        StatusPand: "Bouwvergunning verleend" | "Niet gerealiseerd pand" | "Bouw gestart" | "Pand in gebruik (niet ingemeten)" | "Pand in gebruik" | "Verbouwing pand" | "Sloopvergunning verleend" | "Pand gesloopt" | "Pand buiten gebruik" | "Pand ten onrechte opgevoerd";
        /**
         * StatusPlaats
         * @enum {string}
         */
        StatusPlaats: "Plaats aangewezen" | "Plaats ingetrokken";
        /**
         * StatusVerblijfsobject
         * @enum {string}
         */
        StatusVerblijfsobject: "Verblijfsobject gevormd" | "Niet gerealiseerd verblijfsobject" | "Verblijfsobject in gebruik (niet ingemeten)" | "Verblijfsobject in gebruik" | "Verbouwing verblijfsobject" | "Verblijfsobject ingetrokken" | "Verblijfsobject buiten gebruik" | "Verblijfsobject ten onrechte opgevoerd";
        /**
         * StatusWoonplaats
         * @description Een aanduiding van alle waarden die de status van een woonplaats kan aannemen.
         * @enum {string}
         */
        StatusWoonplaats: "Woonplaats aangewezen" | "Woonplaats ingetrokken";
        /**
         * Surface
         * @example {
         *       "type": "Polygon"
         *     }
         */
        Surface: components["schemas"]["Polygon"];
        /**
         * TypeAdresseerbaarObject
         * @description De aard van het object waaraan een nummeraanduiding is toegekend.
         * @enum {string}
         */
        TypeAdresseerbaarObject: "Verblijfsobject" | "Standplaats" | "Ligplaats";
        /**
         * TypeOpenbareRuimte
         * @description Een codering van de verschillende waarden die de typering van een openbare ruimte kan aannemen.
         * @enum {string}
         */
        TypeOpenbareRuimte: "Weg" | "Water" | "Spoorbaan" | "Terrein" | "Kunstwerk" | "Landschappelijk gebied" | "Administratief gebied";
        /**
         * Verblijfsobject
         * @description Een Verblijfsobject is de kleinste binnen een of meer panden gelegen en voor woon-, bedrijfsmatige, of recreatieve doeleinden geschikte eenheid van gebruik die ontsloten wordt via een eigen afsluitbare toegang vanaf de openbare weg, een erf of een gedeelde verkeersruimte, onderwerp kan zijn van goederenrechtelijke rechtshandelingen en in functioneel opzicht zelfstandig is.
         */
        Verblijfsobject: {
            type: "Verblijfsobject";
        } & (Omit<components["schemas"]["AdresseerbaarObject"], "type"> & {
            identificatie: components["schemas"]["VerblijfsobjectIdentificatie"];
            /**
             * domein
             * @description NL.IMBAG.Verblijfsobject
             * @example NL.IMBAG.Verblijfsobject
             */
            domein: string;
            geometrie: components["schemas"]["PuntOfVlak"];
            gebruiksdoelen: components["schemas"]["Gebruiksdoel"][];
            /**
             * oppervlakte
             * @example 205
             */
            oppervlakte: number;
            status: components["schemas"]["StatusVerblijfsobject"];
            geconstateerd: components["schemas"]["Indicatie"];
            /**
             * documentdatum
             * Format: date
             * @description De datum waarop het brondocument is vastgesteld, op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een object heeft plaatsgevonden.
             * @example 2019-11-22
             */
            documentdatum: string;
            /**
             * Documentnummer
             * @description De unieke aanduiding van het brondocument op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een woonplaats heeft plaatsgevonden, binnen een gemeente. Alle karakters uit de MES-1 karakterset zijn toegestaan.
             * @example 19SZ2048
             */
            documentnummer: string;
            voorkomen: components["schemas"]["Voorkomen"];
            maaktDeelUitVan: components["schemas"]["PandIdentificatie"][];
        });
        /**
         * VerblijfsobjectIOHal
         * @description Een verzameling van een verblijfsobject en een lijst van alle bijbehorende inonderzoek informatie.
         */
        VerblijfsobjectIOHal: {
            verblijfsobject: components["schemas"]["Verblijfsobject"];
            inonderzoek?: components["schemas"]["KenmerkVerblijfsobjectInOnderzoek"][];
            _embedded?: components["schemas"]["Verblijfsobject_embedded"];
            _links?: components["schemas"]["Verblijfsobject_links"];
        };
        VerblijfsobjectIOHalCollection: {
            _embedded?: {
                verblijfsobjecten?: components["schemas"]["VerblijfsobjectIOHal"][];
            };
            _links?: components["schemas"]["HalPaginationLinks"];
        };
        VerblijfsobjectIOLvcHalCollection: {
            _embedded?: {
                voorkomens?: components["schemas"]["VerblijfsobjectIOHal"][];
            };
            _links?: components["schemas"]["HalCollectionLinks"];
        };
        /**
         * identificatie
         * @description Deze wordt gebruikt in de operation.
         * @example 0226010000038820
         */
        VerblijfsobjectIdentificatie: string;
        Verblijfsobject_embedded: {
            heeftAlsHoofdAdres?: components["schemas"]["NummeraanduidingIOHal"];
            heeftAlsNevenAdres?: components["schemas"]["NummeraanduidingIOHal"][];
            maaktDeelUitVan?: components["schemas"]["PandIOHal"][];
        };
        Verblijfsobject_links: {
            self: components["schemas"]["HalLink"];
            heeftAlsHoofdAdres: components["schemas"]["HalLink"];
            /** @description De nummeraanduidingen die dit adresseerbare object als nevenadressen heeft. Van deze gerelateerd nummeraanduiding: hiervan het voorkomen van nummeraanduiding die gevonden wordt op basis van dezelfde tijdreisparameters als waarmee het adresseerbare object voorkomen gevonden is. */
            heeftAlsNevenAdres?: components["schemas"]["HalLink"][];
            /** @description De panden (1 of meer) waarvan dit verblijfsobject deel uit maakt. Van deze panden: hiervan het voorkomen van pand die gevonden worden op basis van dezelfde tijdreisparameters als waarmee het verblijfsobject voorkomen gevonden is. */
            maaktDeelUitVan: components["schemas"]["HalLink"][];
        };
        /**
         * VlakOfMultivlak
         * @description Een samengesteld geometriegegevenstype waarbij wordt afgedwongen dat voor de geometrie een keuze gemaakt moet worden tussen een vlak (GM_Surface) of een multivlak (GM_MultiSurface).
         */
        VlakOfMultivlak: {
            vlak?: components["schemas"]["Surface"];
            multivlak?: components["schemas"]["MultiSurface"];
        };
        /** Voorkomen */
        Voorkomen: {
            /**
             * tijdstipRegistratie
             * Format: date-time
             * @description Het tijdstip waarop een versie van een BAG-object is geregistreerd in de registratie van een bronhouder en daarmee authentiek wordt gemaakt. Dit tijdstip wordt vastgelegd in de tijdstipRegistratie.
             */
            tijdstipRegistratie: string;
            /**
             * versie
             * @description De identificatie van een voorkomen van een object.
             * @example 3
             */
            versie: number;
            /**
             * eindRegistratie
             * Format: date-time
             * @description Het tijdstip waarop een versie van een BAG-object is beëindigd in de registratie van een bronhouder. Dit tijdstip wordt vastgelegd in de eindRegistratie.
             */
            eindRegistratie?: string;
            /**
             * beginGeldigheid
             * Format: date
             * @description De datum waarop een versie van een BAG-object geldig is in de werkelijkheid conform de ingangsdatum in het brondocument. Dit tijdstip wordt vastgelegd in de beginGeldigheid. Als er geen expliciete ingangsdatum van geldigheid is opgenomen, wordt de datum van het brondocument overgenomen.
             * @example 2019-06-01
             */
            beginGeldigheid: string;
            /**
             * eindGeldigheid
             * Format: date
             * @description De datum waarop de periode van geldigheid van een versie van een BAG-object eindigt. Bijvoorbeeld als gevolg van de vaststelling van een nieuw brondocument. Wanneer er geen tijdstip is ingevuld, dan is de versie nog geldig. Dit tijdstip wordt vastgelegd in de eindGeldigheid.
             * @example 2019-06-01
             */
            eindGeldigheid?: string;
            /**
             * tijdstipInactief
             * Format: date-time
             * @description Het tijdstip waarop een op dat moment toekomstig voorkomen door een bronhouder uit de geldige levenscylcus in de LV BAG is verwijderd.
             */
            tijdstipInactief?: string;
            /**
             * tijdstipRegistratieLV
             * Format: date-time
             * @description Dit is het tijdstip waarop een versie van een BAG-object is opgenomen in de registratie van de landelijke voorziening. De gegevens komen daarmee beschikbaar voor afnemers. Dit tijdstip wordt vastgelegd in de tijdstipRegistratieLV.
             */
            tijdstipRegistratieLV: string;
            /**
             * tijdstipNietBAG
             * Format: date-time
             * @description Het tijdstip waarop een voorkomen door een synchronisatie bericht van een bronhouder is verwijderd uit de geldige levenscylcus in de registratie van de landelijke voorziening.
             */
            tijdstipNietBAG?: string;
        };
        /**
         * Woonplaats
         * @description Een Woonplaats is een door het bevoegde gemeentelijke orgaan als zodanig aangewezen en van een naam voorzien gedeelte van het grondgebied van de gemeente.
         */
        Woonplaats: {
            identificatie: components["schemas"]["WoonplaatsIdentificatie"];
            /**
             * domein
             * @description NL.IMBAG.Woonplaats
             * @example NL.IMBAG.Woonplaats
             */
            domein: string;
            /**
             * naam
             * @description De benaming van een door het gemeentebestuur aangewezen woonplaats.
             * @example Duiven
             */
            naam: string;
            status: components["schemas"]["StatusWoonplaats"];
            geconstateerd: components["schemas"]["Indicatie"];
            /**
             * documentdatum
             * Format: date
             * @description De datum waarop het brondocument is vastgesteld, op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een object heeft plaatsgevonden.
             * @example 2009-02-09
             */
            documentdatum: string;
            /**
             * documentnummer
             * @description De unieke aanduiding van het brondocument op basis waarvan een opname, mutatie of een verwijdering van gegevens ten aanzien van een woonplaats heeft plaatsgevonden, binnen een gemeente. Alle karakters uit de MES-1 karakterset zijn toegestaan.
             * @example 09.0898
             */
            documentnummer: string;
            voorkomen: components["schemas"]["Voorkomen"];
        };
        /**
         * WoonplaatsIOHal (incl. inonderzoek en bronhouder informatie)
         * @description Woonplaats, aangevuld met een limitatieve opsomming van alle kenmerken van dit object die in onderzoek zijn(als metadata). Bij een normale vraag wordt aangegeven welke kenmerken er op dit moment in onderzoek zijn. Bij een tijdreisvraag wordt aangegeven welke gegevens er ooit in onderzoek zijn geweest. Bij een levenscyclus vraag wordt aangegeven welke gegevens er ooit in onderzoek zijn geweest.
         */
        WoonplaatsIOHal: {
            woonplaats: components["schemas"]["Woonplaats"];
            inonderzoek?: components["schemas"]["KenmerkWoonplaatsInOnderzoek"][];
            _embedded?: components["schemas"]["Woonplaats_embedded"];
            _links?: components["schemas"]["Woonplaats_links"];
        };
        WoonplaatsIOHalCollection: {
            _embedded?: {
                woonplaatsen?: components["schemas"]["WoonplaatsIOHal"][];
            };
            _links?: components["schemas"]["HalCollectionLinks"];
        };
        WoonplaatsIOLvcHalCollection: {
            _embedded?: {
                voorkomens?: components["schemas"]["WoonplaatsIOHal"][];
            };
            _links?: components["schemas"]["HalCollectionLinks"];
        };
        /**
         * identificatie
         * @description De identificatie wordt gebruikt in de operation, bv. /woonplaatsen/3560. Waarde: 0001-9999, formaat: ^[0-9]{3}[1-9]\|[0-9]{2}[1-9][0-9]\|[0-9][1-9][0-9]{2}\|[1-9][0-9]{3}$.
         * @example 2096
         */
        WoonplaatsIdentificatie: string;
        Woonplaats_embedded: {
            geometrie?: components["schemas"]["VlakOfMultivlak"];
            bronhouders?: components["schemas"]["Bronhouder"][];
        };
        Woonplaats_links: {
            self: components["schemas"]["HalLink"];
            /** @description De gemeente(n) waar de woonplaats onderdeel van uitmaakt. */
            bronhouders?: components["schemas"]["HalLink"][];
        };
        /** @description Resultaat van een zoekoperatie dat je kunt gebruiken om een adres te vinden met /adressen */
        ZoekResultaat: {
            /** @description Omschrijving van het zoekresultaat */
            omschrijving?: string;
            /** @description Identificatie van het zoekresultaat */
            identificatie: string;
        };
        ZoekResultaatHal: components["schemas"]["ZoekResultaat"] & {
            _links?: components["schemas"]["ZoekResultaat_links"];
        };
        /** @description Resultaten als lijst */
        ZoekResultaatHalCollection: {
            _links?: components["schemas"]["HalPaginationLinks"];
            _embedded?: {
                zoekresultaten?: components["schemas"]["ZoekResultaatHal"][];
            };
        };
        ZoekResultaat_links: {
            adres?: components["schemas"]["HalLink"];
        };
    };
    responses: never;
    parameters: {
        /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
        adresseerbaarObjectIdentificatie: string;
        /** @description Filtert op objecten die beschikbaar zijn gekomen op de opgegeven datum en tijd `YYYY-MM-DDThh:mm:ss.sss'. Hierin kunnen de seconden ':ss' en milliseconden '.sss' of alleen de milliseconden conform ISO 8601 specificatie worden weggelaten, in dat geval krijgen deze automatisch de waarde ':00' respectievelijk '.000'. Indien er voor de milliseconden '.sss' meer dan 3 cijfers worden opgegeven, bv. '.12345', dan wordt dit afgekapt tot '.123'. Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen) */
        beschikbaarOp: string;
        /** @description "Een indicatie of de resultaten van een zoekoperatie exact overeen moeten komen met de zoekcriteria, zie [functionele specificatie exacte match](https://github.com/lvbag/BAG-API/blob/master/Features/exacte_match.feature)." */
        exacteMatch: boolean;
        /** @description Filtert naast geldige voorkomens ook de voorkomens die uit de geldige levenscyclus van het object zijn verwijderd. Als deze parameter wordt weggelaten worden alleen geldige voorkomens geretourneerd (default is false). */
        geheleLvc: boolean;
        /**
         * @description Filtert op objecten die geldig zijn op de opgegeven datum 'YYYY-MM-DD' Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen)
         * @example 2019-06-01
         */
        geldigOp: string;
        /** @description Indicatie dat alleen actuele object voorkomens zonder eindstatus gewenst zijn. */
        huidig: boolean;
        /** @description Huisletter behorende bij een nummeraanduiding. */
        huisletter: string;
        /** @description Huisnummer behorende bij een nummeraanduiding. */
        huisnummer: number;
        /** @description Huisnummertoevoeging behorende bij een nummeraanduiding. */
        huisnummertoevoeging: string;
        /** @description Een officiële code die aan een gemeente is toegekend, ontleend is aan tabel 33. */
        identificatie: string;
        /** @description Naam van een woonplaats object uit de BAG. */
        naam: string;
        /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
        nummeraanduidingIdentificatie: string;
        /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
        objectIdentificatie: string;
        /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
        openbareRuimteIdentificatie: string;
        /** @description Naam van een openbare ruimte. */
        openbareRuimteNaam: string;
        /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
        pandIdentificatie: string;
        /** @description Postcode behorende bij een nummeraanduiding. */
        postcode: string;
        /** @description Een timestamp van het tijdstip waarop een voorkomen is geregistreerd in de LV BAG */
        timestampRegistratieLv: string;
        /** @description De versie van een voorkomen van een object */
        versie: number;
        /**
         * @deprecated
         * @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten.
         */
        woonplaatsIdentificatie: string;
        /** @description Naam van een woonplaats. */
        woonplaatsNaam: string;
        /** @description Zoekterm op postcode, woonplaats, straatnaam, huisnummer, huisletter, huisnummertoevoeging */
        zoek: string;
        /** @description De identificatie van een gekozen zoekresultaat uit de zoekResultatenHalCollectie verkregen bij een GET /adressen/zoek */
        zoekresultaatIdentificatie: string;
    };
    requestBodies: never;
    headers: {
        X_Pagination_Limit: number;
        X_Pagination_Page: number;
        /** @description Gewenste CRS van de coördinaten in de response. */
        acceptCrs: "epsg:28992";
        api_version: string;
        /** @description CRS van de meegegeven geometrie. */
        contentCrs: "epsg:28992";
        warning: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    bevragenAdresseerbaarObject: {
        parameters: {
            query?: {
                /**
                 * @description Filtert op objecten die geldig zijn op de opgegeven datum 'YYYY-MM-DD' Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen)
                 * @example 2019-06-01
                 */
                geldigOp?: string;
                /** @description Filtert op objecten die beschikbaar zijn gekomen op de opgegeven datum en tijd `YYYY-MM-DDThh:mm:ss.sss'. Hierin kunnen de seconden ':ss' en milliseconden '.sss' of alleen de milliseconden conform ISO 8601 specificatie worden weggelaten, in dat geval krijgen deze automatisch de waarde ':00' respectievelijk '.000'. Indien er voor de milliseconden '.sss' meer dan 3 cijfers worden opgegeven, bv. '.12345', dan wordt dit afgekapt tot '.123'. Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen) */
                beschikbaarOp?: string;
                /** @description Hier kan aangegeven worden welke gerelateerde resources meegeladen moeten worden. Resources en velden van resources die gewenst zijn kunnen in de expand parameter kommagescheiden worden opgegeven. Specifieke velden van resource kunnen worden opgegeven door het opgeven van de resource-naam gevolgd door de veldnaam, met daartussen een punt. */
                expand?: string;
            };
            header?: {
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path: {
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                adresseerbaarObjectIdentificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging bevragenAdresseerbaarObject geslaagd geslaagd. Ondanks dat er in de example een voorbeeld van alle mogelijke adresseerbare objecten (ligplaats, standplaats of verblijfspobject) staat, wordt er altijd slechts één van deze objecten geretourneerd. */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["AdresseerbaarObjectIOHal"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    bevragenAdresseerbaarObjectLvc: {
        parameters: {
            query?: {
                /** @description Filtert naast geldige voorkomens ook de voorkomens die uit de geldige levenscyclus van het object zijn verwijderd. Als deze parameter wordt weggelaten worden alleen geldige voorkomens geretourneerd (default is false). */
                geheleLvc?: boolean;
            };
            header?: {
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path: {
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                adresseerbaarObjectIdentificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging bevragenAdresseerbaarObjectLvc geslaagd. Ondanks dat er in de example een voorbeeld van alle mogelijke adresseerbare objecten (ligplaats, standplaats of verblijfspobject) staat, wordt er altijd slechts één van deze objecten geretourneerd. */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["AdresseerbaarObjectLvcIOHalCollection"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    zoekAdresseerbaarObject: {
        parameters: {
            query?: {
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                nummeraanduidingIdentificatie?: string;
                /** @description Indicatie dat alleen actuele object voorkomens zonder eindstatus gewenst zijn. */
                huidig?: boolean;
                /**
                 * @description Filtert op objecten die geldig zijn op de opgegeven datum 'YYYY-MM-DD' Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen)
                 * @example 2019-06-01
                 */
                geldigOp?: string;
                /** @description Filtert op objecten die beschikbaar zijn gekomen op de opgegeven datum en tijd `YYYY-MM-DDThh:mm:ss.sss'. Hierin kunnen de seconden ':ss' en milliseconden '.sss' of alleen de milliseconden conform ISO 8601 specificatie worden weggelaten, in dat geval krijgen deze automatisch de waarde ':00' respectievelijk '.000'. Indien er voor de milliseconden '.sss' meer dan 3 cijfers worden opgegeven, bv. '.12345', dan wordt dit afgekapt tot '.123'. Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen) */
                beschikbaarOp?: string;
                /** @description Hier kan aangegeven worden welke gerelateerde resources meegeladen moeten worden. Resources en velden van resources die gewenst zijn kunnen in de expand parameter kommagescheiden worden opgegeven. Specifieke velden van resource kunnen worden opgegeven door het opgeven van de resource-naam gevolgd door de veldnaam, met daartussen een punt. */
                expand?: string;
            };
            header?: {
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging zoekAdresseerbaarObject geslaagd. Ondanks dat er in de example een voorbeeld van alle mogelijke adresseerbare objecten (ligplaats, standplaats of verblijfspobject) staat, wordt er altijd slechts één van deze objecten geretourneerd. */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["AdresseerbareObjectenIOHalCollection"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    zoek: {
        parameters: {
            query: {
                /** @description Zoekterm op postcode, woonplaats, straatnaam, huisnummer, huisletter, huisnummertoevoeging */
                zoek: string;
                /** @description Pagina nummer */
                page?: number;
                /** @description Aantal resultaten per pagina */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Zoek adres geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "X-Pagination-Page": components["headers"]["X_Pagination_Page"];
                    "X-Pagination-Limit": components["headers"]["X_Pagination_Limit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["ZoekResultaatHalCollection"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    bevraagAdressen: {
        parameters: {
            query?: {
                /** @description De identificatie van een gekozen zoekresultaat uit de zoekResultatenHalCollectie verkregen bij een GET /adressen/zoek */
                zoekresultaatIdentificatie?: string;
                /** @description Postcode behorende bij een nummeraanduiding. */
                postcode?: string;
                /** @description Huisnummer behorende bij een nummeraanduiding. */
                huisnummer?: number;
                /** @description Huisnummertoevoeging behorende bij een nummeraanduiding. */
                huisnummertoevoeging?: string;
                /** @description Huisletter behorende bij een nummeraanduiding. */
                huisletter?: string;
                /** @description "Een indicatie of de resultaten van een zoekoperatie exact overeen moeten komen met de zoekcriteria, zie [functionele specificatie exacte match](https://github.com/lvbag/BAG-API/blob/master/Features/exacte_match.feature)." */
                exacteMatch?: boolean;
                /** @description Identificatie van een adresseerbaar object (ligplaats, standplaats of verblijfsobject) uit de BAG. */
                adresseerbaarObjectIdentificatie?: string;
                /** @description Naam van een woonplaats. */
                woonplaatsNaam?: string;
                /** @description Naam van een openbare ruimte. */
                openbareRuimteNaam?: string;
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                pandIdentificatie?: string;
                /** @description Hier kan aangegeven worden welke gerelateerde resources meegeladen moeten worden. Resources en velden van resources die gewenst zijn kunnen in de expand parameter kommagescheiden worden opgegeven. Specifieke velden van resource kunnen worden opgegeven door het opgeven van de resource-naam gevolgd door de veldnaam, met daartussen een punt. */
                expand?: string;
                /** @description Pagina nummer */
                page?: number;
                /** @description Aantal resultaten per pagina */
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description bevraagAdressen geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "X-Pagination-Page": components["headers"]["X_Pagination_Page"];
                    "X-Pagination-Limit": components["headers"]["X_Pagination_Limit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["AdresIOHalCollection"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    bevraagAdressenMetNumId: {
        parameters: {
            query?: {
                /** @description Hier kan aangegeven worden welke gerelateerde resources meegeladen moeten worden. Resources en velden van resources die gewenst zijn kunnen in de expand parameter kommagescheiden worden opgegeven. Specifieke velden van resource kunnen worden opgegeven door het opgeven van de resource-naam gevolgd door de veldnaam, met daartussen een punt. */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description Identificatie van een nummeraanduiding uit de BAG. Deze is 16 cijfers lang. */
                nummeraanduidingIdentificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description bevraagAdressenMetNumId geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "X-Pagination-Page": components["headers"]["X_Pagination_Page"];
                    "X-Pagination-Limit": components["headers"]["X_Pagination_Limit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["AdresIOHal"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    bevraagAdresUitgebreidMetNumId: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path: {
                /** @description Identificatie van een nummeraanduiding uit de BAG. */
                nummeraanduidingIdentificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging bevraagAdresUitgebreidMetNumId geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["AdresUitgebreidHal"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    zoekAdresUitgebreid: {
        parameters: {
            query?: {
                /** @description Postcode behorende bij een nummeraanduiding. */
                postcode?: string;
                /** @description Huisnummer behorende bij een nummeraanduiding. */
                huisnummer?: number;
                /** @description Huisnummertoevoeging behorende bij een nummeraanduiding. */
                huisnummertoevoeging?: string;
                /** @description Huisletter behorende bij een nummeraanduiding. */
                huisletter?: string;
                /** @description "Een indicatie of de resultaten van een zoekoperatie exact overeen moeten komen met de zoekcriteria, zie [functionele specificatie exacte match](https://github.com/lvbag/BAG-API/blob/master/Features/exacte_match.feature)." */
                exacteMatch?: boolean;
                /** @description Identificatie van een adresseerbaar object uit de BAG. */
                adresseerbaarObjectIdentificatie?: string;
                /** @description Naam van een woonplaats. */
                woonplaatsNaam?: string;
                /** @description Naam van een openbare ruimte. */
                openbareRuimteNaam?: string;
            };
            header?: {
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging zoekAdresUitgebreid geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["AdresUitgebreidHalCollection"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging getInfo geslaagd */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["API-info"];
                };
            };
            /** @description Onverwacht probleem */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    bevragenBronhouder: {
        parameters: {
            query?: {
                /** @description Filtert op objecten die geldig zijn op de opgegeven datum 'YYYY-MM-DD' Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen) */
                geldigOp?: string;
                /** @description Filtert op objecten die beschikbaar zijn op de opgegeven datum en tijd `YYYY-MM-DDThh:mm:ss.sss' Hierin kunnen de seconden ':ss' en milliseconden '.sss' of alleen de milliseconden conform ISO 8601 specificatie worden weggelaten, in dat geval krijgen deze automatisch de waarde ':00' respectievelijk '.000'. Indien er voor de milliseconden '.sss' meer dan 3 cijfers worden opgegeven, bv. '.12345', dan wordt dit afgekapt tot '.123'. Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen) */
                beschikbaarOp?: string;
            };
            header?: never;
            path: {
                /** @description Een officiële code die aan een gemeente is toegekend, ontleend is aan tabel 33. */
                identificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging bronhouder geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["BronhouderHal"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    zoekBronhouder: {
        parameters: {
            query?: {
                /**
                 * @deprecated
                 * @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten.
                 */
                woonplaatsIdentificatie?: string;
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                objectIdentificatie?: string;
                /** @description Filtert op objecten die geldig zijn op de opgegeven datum 'YYYY-MM-DD' Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen) */
                geldigOp?: string;
                /** @description Filtert op objecten die beschikbaar zijn op de opgegeven datum en tijd `YYYY-MM-DDThh:mm:ss.sss' Hierin kunnen de seconden ':ss' en milliseconden '.sss' of alleen de milliseconden conform ISO 8601 specificatie worden weggelaten, in dat geval krijgen deze automatisch de waarde ':00' respectievelijk '.000'. Indien er voor de milliseconden '.sss' meer dan 3 cijfers worden opgegeven, bv. '.12345', dan wordt dit afgekapt tot '.123'. Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen) */
                beschikbaarOp?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging zoekBronhouder geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["BronhouderHalCollection"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    bronhouderIdentificatieVoorkomen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Een officiële code die aan een gemeente is toegekend, ontleend is aan tabel 33. */
                identificatie: string;
                /** @description De versie van een voorkomen van een object */
                versie: number;
                /** @description Een timestamp van het tijdstip waarop een voorkomen is geregistreerd in de LV BAG */
                timestampRegistratieLv: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging bronhouderIdentificatieVoorkomen geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["BronhouderHal"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    ligplaatsIdentificatie: {
        parameters: {
            query?: {
                /**
                 * @description Filtert op objecten die geldig zijn op de opgegeven datum `JJJJ-MM-DD` Deze parameters komen uit de API strategie, het hoofdstuk tijdreizen.
                 * @example 2019-04-01
                 */
                geldigOp?: string;
                /** @description Filtert op objecten die beschikbaar zijn op de opgegeven datum en tijd `YYYY-MM-DDThh:mm:ss.sss' Hierin kunnen de seconden ':ss' en milliseconden '.sss' of alleen de milliseconden conform ISO 8601 specificatie worden weggelaten, in dat geval krijgen deze automatisch de waarde ':00' respectievelijk '.000'. Indien er voor de milliseconden '.sss' meer dan 3 cijfers worden opgegeven, bv. '.12345', dan wordt dit afgekapt tot '.123'. Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen) */
                beschikbaarOp?: string;
                /** @description Hier kan aangegeven worden welke gerelateerde resources meegeladen moeten worden. Resources en velden van resources die gewenst zijn kunnen in de expand parameter kommagescheiden worden opgegeven. Specifieke velden van resource kunnen worden opgegeven door het opgeven van de resource-naam gevolgd door de veldnaam, met daartussen een punt. */
                expand?: string;
            };
            header?: {
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path: {
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                identificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging ligplaatsIdentificatie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["LigplaatsIOHal"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    ligplaatsLvcIdentificatie: {
        parameters: {
            query?: {
                /** @description Filtert naast geldige voorkomens ook de voorkomens die uit de geldige levenscyclus van het object zijn verwijderd. Als deze parameter wordt weggelaten worden alleen geldige voorkomens geretourneerd (default is false). Voor een toelichting zie de [Praktijkhandleiding BAG](https://imbag.github.io/praktijkhandleiding/artikelen/wat-is-het-verschil-tussen-actieve-voorkomens-actuele-voorkomens-en-huidige-voorkomens). */
                geheleLvc?: boolean;
            };
            header?: {
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path: {
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                identificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging ligplaatsLvcIdentificatie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["LigplaatsIOLvcHalCollection"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    ligplaatsGeometrie: {
        parameters: {
            query?: {
                /**
                 * @description Filtert op objecten die geldig zijn op de opgegeven datum `JJJJ-MM-DD` Deze parameters komen uit de API strategie, het hoofdstuk tijdreizen.
                 * @example 2019-04-01
                 */
                geldigOp?: string;
                /** @description Filtert op objecten die beschikbaar zijn op de opgegeven datum en tijd `YYYY-MM-DDThh:mm:ss.sss' Hierin kunnen de seconden ':ss' en milliseconden '.sss' of alleen de milliseconden conform ISO 8601 specificatie worden weggelaten, in dat geval krijgen deze automatisch de waarde ':00' respectievelijk '.000'. Indien er voor de milliseconden '.sss' meer dan 3 cijfers worden opgegeven, bv. '.12345', dan wordt dit afgekapt tot '.123'. Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen) */
                beschikbaarOp?: string;
                /** @description Indicatie dat alleen actuele object voorkomens zonder eindstatus gewenst zijn. */
                huidig?: boolean;
                /** @description Hier kan aangegeven worden welke gerelateerde resources meegeladen moeten worden. Resources en velden van resources die gewenst zijn kunnen in de expand parameter kommagescheiden worden opgegeven. Specifieke velden van resource kunnen worden opgegeven door het opgeven van de resource-naam gevolgd door de veldnaam, met daartussen een punt. */
                expand?: string;
            };
            header?: {
                /** @description CRS van de meegegeven geometrie. */
                "Content-Crs"?: "epsg:28992";
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path?: never;
            cookie?: never;
        };
        /** @description Geometrisch punt waarop de ligplaatsen bepaald moeten worden. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Point"];
            };
        };
        responses: {
            /** @description Bevraging ligplaatsGeometrie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["LigplaatsIOHalCollection"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 415,
                     *       "title": "Media-type niet ondersteund",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.16 415 Unsupported Media Type",
                     *       "detail": "The server is refusing the request because the entity of the request is in a format not supported by the requested resource for the requested method.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "unsupported"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    ligplaatsIdentificatieVoorkomen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path: {
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                identificatie: string;
                /** @description De versie van een voorkomen van een object */
                versie: number;
                /** @description Een timestamp van het tijdstip waarop een voorkomen is geregistreerd in de LV BAG */
                timestampRegistratieLv: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging ligplaatsIdentificatieVoorkomen geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["LigplaatsIOHal"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    nummeraanduidingIdentificatie: {
        parameters: {
            query?: {
                /**
                 * @description Filtert op objecten die geldig zijn op de opgegeven datum 'YYYY-MM-DD'  Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen)
                 * @example 2019-12-01
                 */
                geldigOp?: string;
                /** @description Filtert op objecten die beschikbaar zijn op de opgegeven datum en tijd `YYYY-MM-DDThh:mm:ss.sss' Hierin kunnen de seconden ':ss' en milliseconden '.sss' of alleen de milliseconden conform ISO 8601 specificatie worden weggelaten, in dat geval krijgen deze automatisch de waarde ':00' respectievelijk '.000'. Indien er voor de milliseconden '.sss' meer dan 3 cijfers worden opgegeven, bv. '.12345', dan wordt dit afgekapt tot '.123'. Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen) */
                beschikbaarOp?: string;
                /** @description Hier kan aangegeven worden welke gerelateerde resources meegeladen moeten worden. Resources en velden van resources die gewenst zijn kunnen in de expand parameter kommagescheiden worden opgegeven. Specifieke velden van resource kunnen worden opgegeven door het opgeven van de resource-naam gevolgd door de veldnaam, met daartussen een punt. */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                nummeraanduidingIdentificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging nummeraanduidingIdentificatie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NummeraanduidingIOHal"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    zoekNummeraanduiding: {
        parameters: {
            query?: {
                /** @description Postcode behorende bij een nummeraanduiding. */
                postcode?: string;
                /** @description Huisnummer behorende bij een nummeraanduiding. */
                huisnummer?: number;
                /** @description Huisnummertoevoeging behorende bij een nummeraanduiding. */
                huisnummertoevoeging?: string;
                /** @description Huisletter behorende bij een nummeraanduiding. */
                huisletter?: string;
                /** @description "Een indicatie of de resultaten van een zoekoperatie exact overeen moeten komen met de zoekcriteria, zie [functionele specificatie exacte match](https://github.com/lvbag/BAG-API/blob/master/Features/exacte_match.feature)." */
                exacteMatch?: boolean;
                /** @description Naam van een woonplaats. */
                woonplaatsNaam?: string;
                /** @description Naam van een openbare ruimte. */
                openbareRuimteNaam?: string;
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                openbareRuimteIdentificatie?: string;
                /** @description Indicatie dat alleen actuele object voorkomens zonder eindstatus gewenst zijn. */
                huidig?: boolean;
                /**
                 * @description Filtert op objecten die geldig zijn op de opgegeven datum 'YYYY-MM-DD'  Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen)
                 * @example 2019-12-01
                 */
                geldigOp?: string;
                /** @description Filtert op objecten die beschikbaar zijn op de opgegeven datum en tijd `YYYY-MM-DDThh:mm:ss.sss' Hierin kunnen de seconden ':ss' en milliseconden '.sss' of alleen de milliseconden conform ISO 8601 specificatie worden weggelaten, in dat geval krijgen deze automatisch de waarde ':00' respectievelijk '.000'. Indien er voor de milliseconden '.sss' meer dan 3 cijfers worden opgegeven, bv. '.12345', dan wordt dit afgekapt tot '.123'. Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen) */
                beschikbaarOp?: string;
                /** @description Pagina nummer */
                page?: number;
                /** @description Aantal resultaten per pagina */
                pageSize?: number;
                /** @description Hier kan aangegeven worden welke gerelateerde resources meegeladen moeten worden. Resources en velden van resources die gewenst zijn kunnen in de expand parameter kommagescheiden worden opgegeven. Specifieke velden van resource kunnen worden opgegeven door het opgeven van de resource-naam gevolgd door de veldnaam, met daartussen een punt. */
                expand?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging zoekNummeraanduiding geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "X-Pagination-Page": components["headers"]["X_Pagination_Page"];
                    "X-Pagination-Limit": components["headers"]["X_Pagination_Limit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NummeraanduidingIOHalCollection"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    nummeraanduidingLvcIdentificatie: {
        parameters: {
            query?: {
                /** @description Filtert naast geldige voorkomens ook de voorkomens die uit de geldige levenscyclus van het object zijn verwijderd. Als deze parameter wordt weggelaten worden alleen geldige voorkomens geretourneerd (default is false). Voor een toelichting zie de [Praktijkhandleiding BAG](https://imbag.github.io/praktijkhandleiding/artikelen/wat-is-het-verschil-tussen-actieve-voorkomens-actuele-voorkomens-en-huidige-voorkomens). */
                geheleLvc?: boolean;
            };
            header?: never;
            path: {
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                nummeraanduidingIdentificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging nummeraanduidingLvcIdentificatie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NummeraanduidingIOLvcHalCollection"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    nummeraanduidingIdentificatieVoorkomen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                nummeraanduidingIdentificatie: string;
                /** @description De versie van een voorkomen van een object */
                versie: number;
                /** @description Een timestamp van het tijdstip waarop een voorkomen is geregistreerd in de LV BAG */
                timestampRegistratieLv: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging nummeraanduidingIdentificatieVoorkomen geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["NummeraanduidingIOHal"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    openbareruimteIdentificatie: {
        parameters: {
            query?: {
                /**
                 * @description Filtert op objecten die geldig zijn op de opgegeven datum 'YYYY-MM-DD'  Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen)
                 * @example 2019-06-01
                 */
                geldigOp?: string;
                /** @description Filtert op objecten die beschikbaar zijn op de opgegeven datum en tijd `YYYY-MM-DDThh:mm:ss.sss' Hierin kunnen de seconden ':ss' en milliseconden '.sss' of alleen de milliseconden conform ISO 8601 specificatie worden weggelaten, in dat geval krijgen deze automatisch de waarde ':00' respectievelijk '.000'. Indien er voor de milliseconden '.sss' meer dan 3 cijfers worden opgegeven, bv. '.12345', dan wordt dit afgekapt tot '.123'. Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen) */
                beschikbaarOp?: string;
                /** @description Hier kan aangegeven worden welke gerelateerde resources meegeladen moeten worden. Resources en velden van resources die gewenst zijn kunnen in de expand parameter kommagescheiden worden opgegeven. Specifieke velden van resource kunnen worden opgegeven door het opgeven van de resource-naam gevolgd door de veldnaam, met daartussen een punt. */
                expand?: string;
            };
            header?: never;
            path: {
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                openbareRuimteIdentificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging openbareruimtenIdentificatie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["OpenbareRuimteIOHal"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    openbareruimteLvcIdentificatie: {
        parameters: {
            query?: {
                /** @description Filtert naast geldige voorkomens ook de voorkomens die uit de geldige levenscyclus van het object zijn verwijderd. Als deze parameter wordt weggelaten worden alleen geldige voorkomens geretourneerd (default is false). Voor een toelichting zie de [Praktijkhandleiding BAG](https://imbag.github.io/praktijkhandleiding/artikelen/wat-is-het-verschil-tussen-actieve-voorkomens-actuele-voorkomens-en-huidige-voorkomens). */
                geheleLvc?: boolean;
            };
            header?: never;
            path: {
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                openbareRuimteIdentificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging openbareruimteLvcIdentificatie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["OpenbareRuimteIOLvcHalCollection"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    zoekOpenbareRuimten: {
        parameters: {
            query?: {
                /** @description Naam van een woonplaats object uit de BAG. */
                woonplaatsNaam?: string;
                /** @description Naam van een openbare ruimte object uit de BAG. */
                openbareRuimteNaam?: string;
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                woonplaatsIdentificatie?: string;
                /** @description Indicatie dat alleen actuele object voorkomens zonder eindstatus gewenst zijn. */
                huidig?: boolean;
                /**
                 * @description Filtert op objecten die geldig zijn op de opgegeven datum 'YYYY-MM-DD'  Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen)
                 * @example 2019-06-01
                 */
                geldigOp?: string;
                /** @description Filtert op objecten die beschikbaar zijn op de opgegeven datum en tijd `YYYY-MM-DDThh:mm:ss.sss' Hierin kunnen de seconden ':ss' en milliseconden '.sss' of alleen de milliseconden conform ISO 8601 specificatie worden weggelaten, in dat geval krijgen deze automatisch de waarde ':00' respectievelijk '.000'. Indien er voor de milliseconden '.sss' meer dan 3 cijfers worden opgegeven, bv. '.12345', dan wordt dit afgekapt tot '.123'. Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen) */
                beschikbaarOp?: string;
                /** @description Pagina nummer */
                page?: number;
                /** @description Aantal resultaten per pagina */
                pageSize?: number;
                /** @description Hier kan aangegeven worden welke gerelateerde resources meegeladen moeten worden. Resources en velden van resources die gewenst zijn kunnen in de expand parameter kommagescheiden worden opgegeven. Specifieke velden van resource kunnen worden opgegeven door het opgeven van de resource-naam gevolgd door de veldnaam, met daartussen een punt. */
                expand?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging zoekOpenbareRuimten geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "X-Pagination-Page": components["headers"]["X_Pagination_Page"];
                    "X-Pagination-Limit": components["headers"]["X_Pagination_Limit"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["OpenbareRuimteIOHalCollection"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    openbareruimteIdentificatieVoorkomen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                openbareRuimteIdentificatie: string;
                /** @description De versie van een voorkomen van een object */
                versie: number;
                /** @description Een timestamp van het tijdstip waarop een voorkomen is geregistreerd in de LV BAG */
                timestampRegistratieLv: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging openbareruimteIdentificatieVoorkomen geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["OpenbareRuimteIOHal"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    pandIdentificatie: {
        parameters: {
            query?: {
                /**
                 * @description Filtert op objecten die geldig zijn op de opgegeven datum `JJJJ-MM-DD` Deze parameters komen uit de API strategie, het hoofdstuk tijdreizen.
                 * @example 2019-04-01
                 */
                geldigOp?: string;
                /** @description Filtert op objecten die beschikbaar zijn op de opgegeven datum en tijd `YYYY-MM-DDThh:mm:ss.sss' Hierin kunnen de seconden ':ss' en milliseconden '.sss' of alleen de milliseconden conform ISO 8601 specificatie worden weggelaten, in dat geval krijgen deze automatisch de waarde ':00' respectievelijk '.000'. Indien er voor de milliseconden '.sss' meer dan 3 cijfers worden opgegeven, bv. '.12345', dan wordt dit afgekapt tot '.123'. Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen) */
                beschikbaarOp?: string;
            };
            header?: {
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path: {
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                identificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging pandIdentificatie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["PandIOHal"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    pandLvcIdentificatie: {
        parameters: {
            query?: {
                /** @description Filtert naast geldige voorkomens ook de voorkomens die uit de geldige levenscyclus van het object zijn verwijderd. Als deze parameter wordt weggelaten worden alleen geldige voorkomens geretourneerd (default is false). Voor een toelichting zie de [Praktijkhandleiding BAG](https://imbag.github.io/praktijkhandleiding/artikelen/wat-is-het-verschil-tussen-actieve-voorkomens-actuele-voorkomens-en-huidige-voorkomens). */
                geheleLvc?: boolean;
            };
            header?: {
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path: {
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                identificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging pandLvcIdentificatie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["PandIOLvcHalCollection"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    pandGeometrie: {
        parameters: {
            query?: {
                /**
                 * @description Filtert op objecten die geldig zijn op de opgegeven datum `JJJJ-MM-DD` Deze parameters komen uit de API strategie, het hoofdstuk tijdreizen.
                 * @example 2019-04-01
                 */
                geldigOp?: string;
                /** @description Filtert op objecten die beschikbaar zijn op de opgegeven datum en tijd `YYYY-MM-DDThh:mm:ss.sss' Hierin kunnen de seconden ':ss' en milliseconden '.sss' of alleen de milliseconden conform ISO 8601 specificatie worden weggelaten, in dat geval krijgen deze automatisch de waarde ':00' respectievelijk '.000'. Indien er voor de milliseconden '.sss' meer dan 3 cijfers worden opgegeven, bv. '.12345', dan wordt dit afgekapt tot '.123'. Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen) */
                beschikbaarOp?: string;
                /** @description Indicatie dat alleen actuele object voorkomens zonder eindstatus gewenst zijn. */
                huidig?: boolean;
            };
            header?: {
                /** @description CRS van de meegegeven geometrie. */
                "Content-Crs"?: "epsg:28992";
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path?: never;
            cookie?: never;
        };
        /** @description Geometrisch punt waarop de panden bepaald moeten worden. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Point"];
            };
        };
        responses: {
            /** @description Bevraging pandGeometrie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["PandIOHalCollection"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 415,
                     *       "title": "Media-type niet ondersteund",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.16 415 Unsupported Media Type",
                     *       "detail": "The server is refusing the request because the entity of the request is in a format not supported by the requested resource for the requested method.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "unsupported"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    pandIdentificatieVoorkomen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path: {
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                identificatie: string;
                /** @description De versie van een voorkomen van een object */
                versie: number;
                /** @description Een timestamp van het tijdstip waarop een voorkomen is geregistreerd in de LV BAG */
                timestampRegistratieLv: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging pandIdentificatieVoorkomen geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["PandIOHal"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    standplaatsIdentificatie: {
        parameters: {
            query?: {
                /**
                 * @description Filtert op objecten die geldig zijn op de opgegeven datum `JJJJ-MM-DD` Deze parameters komen uit de API strategie, het hoofdstuk tijdreizen.
                 * @example 2019-04-01
                 */
                geldigOp?: string;
                /** @description Filtert op objecten die beschikbaar zijn op de opgegeven datum en tijd `YYYY-MM-DDThh:mm:ss.sss' Hierin kunnen de seconden ':ss' en milliseconden '.sss' of alleen de milliseconden conform ISO 8601 specificatie worden weggelaten, in dat geval krijgen deze automatisch de waarde ':00' respectievelijk '.000'. Indien er voor de milliseconden '.sss' meer dan 3 cijfers worden opgegeven, bv. '.12345', dan wordt dit afgekapt tot '.123'. Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen) */
                beschikbaarOp?: string;
                /** @description Hier kan aangegeven worden welke gerelateerde resources meegeladen moeten worden. Resources en velden van resources die gewenst zijn kunnen in de expand parameter kommagescheiden worden opgegeven. Specifieke velden van resource kunnen worden opgegeven door het opgeven van de resource-naam gevolgd door de veldnaam, met daartussen een punt. */
                expand?: string;
            };
            header?: {
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path: {
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                identificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging standplaatsIdentificatie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["StandplaatsIOHal"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    standplaatsLvcIdentificatie: {
        parameters: {
            query?: {
                /** @description Filtert naast geldige voorkomens ook de voorkomens die uit de geldige levenscyclus van het object zijn verwijderd. Als deze parameter wordt weggelaten worden alleen geldige voorkomens geretourneerd (default is false). Voor een toelichting zie de [Praktijkhandleiding BAG](https://imbag.github.io/praktijkhandleiding/artikelen/wat-is-het-verschil-tussen-actieve-voorkomens-actuele-voorkomens-en-huidige-voorkomens). */
                geheleLvc?: boolean;
            };
            header?: {
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path: {
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                identificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging standplaatsLvcIdentificatie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["StandplaatsIOLvcHalCollection"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    standplaatsGeometrie: {
        parameters: {
            query?: {
                /**
                 * @description Filtert op objecten die geldig zijn op de opgegeven datum `JJJJ-MM-DD` Deze parameters komen uit de API strategie, het hoofdstuk tijdreizen.
                 * @example 2019-04-01
                 */
                geldigOp?: string;
                /** @description Filtert op objecten die beschikbaar zijn op de opgegeven datum en tijd `YYYY-MM-DDThh:mm:ss.sss' Hierin kunnen de seconden ':ss' en milliseconden '.sss' of alleen de milliseconden conform ISO 8601 specificatie worden weggelaten, in dat geval krijgen deze automatisch de waarde ':00' respectievelijk '.000'. Indien er voor de milliseconden '.sss' meer dan 3 cijfers worden opgegeven, bv. '.12345', dan wordt dit afgekapt tot '.123'. Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen) */
                beschikbaarOp?: string;
                /** @description Indicatie dat alleen actuele object voorkomens zonder eindstatus gewenst zijn. */
                huidig?: boolean;
                /** @description Hier kan aangegeven worden welke gerelateerde resources meegeladen moeten worden. Resources en velden van resources die gewenst zijn kunnen in de expand parameter kommagescheiden worden opgegeven. Specifieke velden van resource kunnen worden opgegeven door het opgeven van de resource-naam gevolgd door de veldnaam, met daartussen een punt. */
                expand?: string;
            };
            header?: {
                /** @description CRS van de meegegeven geometrie. */
                "Content-Crs"?: "epsg:28992";
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path?: never;
            cookie?: never;
        };
        /** @description Geometrisch punt waarop de standplaatsen bepaald moeten worden. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Point"];
            };
        };
        responses: {
            /** @description Bevraging standplaatsGeometrie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["StandplaatsIOHalCollection"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 415,
                     *       "title": "Media-type niet ondersteund",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.16 415 Unsupported Media Type",
                     *       "detail": "The server is refusing the request because the entity of the request is in a format not supported by the requested resource for the requested method.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "unsupported"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    standplaatsIdentificatieVoorkomen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path: {
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                identificatie: string;
                /** @description De versie van een voorkomen van een object */
                versie: number;
                /** @description Een timestamp van het tijdstip waarop een voorkomen is geregistreerd in de LV BAG */
                timestampRegistratieLv: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging standplaatsIdentificatieVoorkomen geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["StandplaatsIOHal"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    verblijfsobjectIdentificatie: {
        parameters: {
            query?: {
                /**
                 * @description Filtert op objecten die geldig zijn op de opgegeven datum `JJJJ-MM-DD` Deze parameters komen uit de API strategie, het hoofdstuk tijdreizen.
                 * @example 2019-11-23
                 */
                geldigOp?: string;
                /** @description Filtert op objecten die beschikbaar zijn op de opgegeven datum en tijd `YYYY-MM-DDThh:mm:ss.sss' Hierin kunnen de seconden ':ss' en milliseconden '.sss' of alleen de milliseconden conform ISO 8601 specificatie worden weggelaten, in dat geval krijgen deze automatisch de waarde ':00' respectievelijk '.000'. Indien er voor de milliseconden '.sss' meer dan 3 cijfers worden opgegeven, bv. '.12345', dan wordt dit afgekapt tot '.123'. Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen) */
                beschikbaarOp?: string;
                /** @description Hier kan aangegeven worden welke gerelateerde resources meegeladen moeten worden. Resources en velden van resources die gewenst zijn kunnen in de expand parameter kommagescheiden worden opgegeven. Specifieke velden van resource kunnen worden opgegeven door het opgeven van de resource-naam gevolgd door de veldnaam, met daartussen een punt. */
                expand?: string;
            };
            header?: {
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path: {
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                identificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging verblijfsobjectIdentificatie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["VerblijfsobjectIOHal"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    verblijfsobjectLvcIdentificatie: {
        parameters: {
            query?: {
                /** @description Filtert naast geldige voorkomens ook de voorkomens die uit de geldige levenscyclus van het object zijn verwijderd. Als deze parameter wordt weggelaten worden alleen geldige voorkomens geretourneerd (default is false). Voor een toelichting zie de [Praktijkhandleiding BAG](https://imbag.github.io/praktijkhandleiding/artikelen/wat-is-het-verschil-tussen-actieve-voorkomens-actuele-voorkomens-en-huidige-voorkomens). */
                geheleLvc?: boolean;
            };
            header?: {
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path: {
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                identificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging verblijfsobjectLvcIdentificatie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["VerblijfsobjectIOLvcHalCollection"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    zoekVerblijfsobjecten: {
        parameters: {
            query: {
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                pandIdentificatie: string;
                /** @description Indicatie dat alleen actuele object voorkomens zonder eindstatus gewenst zijn. */
                huidig?: boolean;
                /**
                 * @description Filtert op objecten die geldig zijn op de opgegeven datum `JJJJ-MM-DD` Deze parameters komen uit de API strategie, het hoofdstuk tijdreizen.
                 * @example 2019-11-23
                 */
                geldigOp?: string;
                /** @description Filtert op objecten die beschikbaar zijn op de opgegeven datum en tijd `YYYY-MM-DDThh:mm:ss.sss' Hierin kunnen de seconden ':ss' en milliseconden '.sss' of alleen de milliseconden conform ISO 8601 specificatie worden weggelaten, in dat geval krijgen deze automatisch de waarde ':00' respectievelijk '.000'. Indien er voor de milliseconden '.sss' meer dan 3 cijfers worden opgegeven, bv. '.12345', dan wordt dit afgekapt tot '.123'. Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen) */
                beschikbaarOp?: string;
                /** @description Pagina nummer */
                page?: number;
                /** @description Aantal resultaten per pagina */
                pageSize?: number;
            };
            header?: {
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description zoekVerblijfsobjecten geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "X-Pagination-Page": components["headers"]["X_Pagination_Page"];
                    "X-Pagination-Limit": components["headers"]["X_Pagination_Limit"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["VerblijfsobjectIOHalCollection"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    verblijfsobjectIdentificatieVoorkomen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path: {
                /** @description Identificatie van een object uit de BAG. Deze is 4 lang bij een woonplaats en 16 lang bij de andere objecten. */
                identificatie: string;
                /** @description De versie van een voorkomen van een object */
                versie: number;
                /** @description Een timestamp van het tijdstip waarop een voorkomen is geregistreerd in de LV BAG */
                timestampRegistratieLv: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging verblijfsobjectIdentificatieVoorkomen geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["VerblijfsobjectIOHal"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    woonplaatsIdentificatie: {
        parameters: {
            query?: {
                /**
                 * @description Filtert op objecten die geldig zijn op de opgegeven datum 'YYYY-MM-DD' Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen)
                 * @example 2019-06-01
                 */
                geldigOp?: string;
                /** @description Filtert op objecten die beschikbaar zijn op de opgegeven datum en tijd `YYYY-MM-DDThh:mm:ss.sss' Hierin kunnen de seconden ':ss' en milliseconden '.sss' of alleen de milliseconden conform ISO 8601 specificatie worden weggelaten, in dat geval krijgen deze automatisch de waarde ':00' respectievelijk '.000'. Indien er voor de milliseconden '.sss' meer dan 3 cijfers worden opgegeven, bv. '.12345', dan wordt dit afgekapt tot '.123'. Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen) */
                beschikbaarOp?: string;
                /** @description Hier kan aangegeven worden welke gerelateerde resources meegeladen moeten worden. Resources en velden van resources die gewenst zijn kunnen in de expand parameter kommagescheiden worden opgegeven. Specifieke velden van resource kunnen worden opgegeven door het opgeven van de resource-naam gevolgd door de veldnaam, met daartussen een punt. */
                expand?: string;
            };
            header?: {
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path: {
                /** @description De identificatie van een BAG object. Deze is 4 cijfers lang bij een woonplaats. */
                identificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging woonplaatsIdentificatie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["WoonplaatsIOHal"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    woonplaatsLvcIdentificatie: {
        parameters: {
            query?: {
                /** @description Filtert naast geldige voorkomens ook de voorkomens die uit de geldige levenscyclus van het object zijn verwijderd. Als deze parameter wordt weggelaten worden alleen geldige voorkomens geretourneerd (default is false). Voor een toelichting zie de [Praktijkhandleiding BAG](https://imbag.github.io/praktijkhandleiding/artikelen/wat-is-het-verschil-tussen-actieve-voorkomens-actuele-voorkomens-en-huidige-voorkomens). */
                geheleLvc?: boolean;
                /** @description Hier kan aangegeven worden welke gerelateerde resources meegeladen moeten worden. Resources en velden van resources die gewenst zijn kunnen in de expand parameter kommagescheiden worden opgegeven. Specifieke velden van resource kunnen worden opgegeven door het opgeven van de resource-naam gevolgd door de veldnaam, met daartussen een punt. */
                expand?: string;
            };
            header?: {
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path: {
                /** @description De identificatie van een BAG object. Deze is 4 cijfers lang bij een woonplaats. */
                identificatie: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging woonplaatsLvcIdentificatie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["WoonplaatsIOLvcHalCollection"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    woonplaatsNaam: {
        parameters: {
            query: {
                /** @description Naam van een woonplaats object uit de BAG. */
                naam: string;
                /**
                 * @description Filtert op objecten die geldig zijn op de opgegeven datum 'YYYY-MM-DD' Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen)
                 * @example 2019-06-01
                 */
                geldigOp?: string;
                /** @description Filtert op objecten die beschikbaar zijn op de opgegeven datum en tijd `YYYY-MM-DDThh:mm:ss.sss' Hierin kunnen de seconden ':ss' en milliseconden '.sss' of alleen de milliseconden conform ISO 8601 specificatie worden weggelaten, in dat geval krijgen deze automatisch de waarde ':00' respectievelijk '.000'. Indien er voor de milliseconden '.sss' meer dan 3 cijfers worden opgegeven, bv. '.12345', dan wordt dit afgekapt tot '.123'. Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen) */
                beschikbaarOp?: string;
                /** @description Hier kan aangegeven worden welke gerelateerde resources meegeladen moeten worden. Resources en velden van resources die gewenst zijn kunnen in de expand parameter kommagescheiden worden opgegeven. Specifieke velden van resource kunnen worden opgegeven door het opgeven van de resource-naam gevolgd door de veldnaam, met daartussen een punt. */
                expand?: string;
            };
            header?: {
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging woonplaatsNaam geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["WoonplaatsIOHalCollection"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    woonplaatsGeometrie: {
        parameters: {
            query?: {
                /**
                 * @description Filtert op objecten die geldig zijn op de opgegeven datum 'YYYY-MM-DD' Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen)
                 * @example 2019-06-01
                 */
                geldigOp?: string;
                /** @description Filtert op objecten die beschikbaar zijn op de opgegeven datum en tijd `YYYY-MM-DDThh:mm:ss.sss' Hierin kunnen de seconden ':ss' en milliseconden '.sss' of alleen de milliseconden conform ISO 8601 specificatie worden weggelaten, in dat geval krijgen deze automatisch de waarde ':00' respectievelijk '.000'. Indien er voor de milliseconden '.sss' meer dan 3 cijfers worden opgegeven, bv. '.12345', dan wordt dit afgekapt tot '.123'. Deze parameters komen uit de API strategie, het hoofdstuk [tijdreizen](https://docs.geostandaarden.nl/api/API-Strategie/#tijdreizen) */
                beschikbaarOp?: string;
                /** @description Indicatie dat alleen actuele object voorkomens zonder eindstatus gewenst zijn. */
                huidig?: boolean;
                /** @description Hier kan aangegeven worden welke gerelateerde resources meegeladen moeten worden. Resources en velden van resources die gewenst zijn kunnen in de expand parameter kommagescheiden worden opgegeven. Specifieke velden van resource kunnen worden opgegeven door het opgeven van de resource-naam gevolgd door de veldnaam, met daartussen een punt. */
                expand?: string;
            };
            header?: {
                /** @description CRS van de meegegeven geometrie. */
                "Content-Crs"?: "epsg:28992";
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path?: never;
            cookie?: never;
        };
        /** @description Geometrisch punt waarop de woonplaatsen bepaald moeten worden. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["Point"];
            };
        };
        responses: {
            /** @description Bevraging woonplaatsGeometrie geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["WoonplaatsIOHalCollection"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 415,
                     *       "title": "Media-type niet ondersteund",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.16 415 Unsupported Media Type",
                     *       "detail": "The server is refusing the request because the entity of the request is in a format not supported by the requested resource for the requested method.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "unsupported"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
    woonplaatsIdentificatieVoorkomen: {
        parameters: {
            query?: {
                /** @description Hier kan aangegeven worden welke gerelateerde resources meegeladen moeten worden. Resources en velden van resources die gewenst zijn kunnen in de expand parameter kommagescheiden worden opgegeven. Specifieke velden van resource kunnen worden opgegeven door het opgeven van de resource-naam gevolgd door de veldnaam, met daartussen een punt. */
                expand?: string;
            };
            header?: {
                /** @description Gewenste CRS van de co�rdinaten in de response. */
                "Accept-Crs"?: "epsg:28992";
            };
            path: {
                /** @description De identificatie van een BAG object. Deze is 4 cijfers lang bij een woonplaats. */
                identificatie: string;
                /** @description De versie van een voorkomen van een object */
                versie: number;
                /** @description Een timestamp van het tijdstip waarop een voorkomen is geregistreerd in de LV BAG */
                timestampRegistratieLv: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Bevraging woonplaatsIdentificatieVoorkomen geslaagd */
            200: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    warning: components["headers"]["warning"];
                    "Content-Crs": components["headers"]["contentCrs"];
                    [name: string]: unknown;
                };
                content: {
                    "application/hal+json": components["schemas"]["WoonplaatsIOHal"];
                };
            };
            /** @description Bad request */
            400: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 400,
                     *       "title": "Ten minste één parameter moet worden opgegeven.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.1 400 Bad Request",
                     *       "detail": "The request could not be understood by the server due to malformed syntax. The client SHOULD NOT repeat the request without modification.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "paramsRequired",
                     *       "invalid-params": [
                     *         {
                     *           "type": "https://www.vng.nl/realisatie/api/validaties/integer",
                     *           "name": "verblijfplaats_huisnummer",
                     *           "code": "integer",
                     *           "reason": "Waarde is geen geldige integer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Unauthorized. Je hebt waarschijnlijk geen geldige `X-Api-Key` header meegestuurd. */
            401: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 401,
                     *       "title": "Niet correct geauthenticeerd.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.2 401 Unauthorized",
                     *       "detail": "The request requires user authentication. The response MUST include a WWW-Authenticate header field (section 14.47) containing a challenge applicable to the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "authentication"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Forbidden. Je hebt geen rechten om deze URL te benaderen. */
            403: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 403,
                     *       "title": "U bent niet geautoriseerd voor deze operatie.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.4 403 Forbidden",
                     *       "detail": "The server understood the request, but is refusing to fulfill it.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "autorisation"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not found. */
            404: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 404,
                     *       "title": "Opgevraagde resource bestaat niet.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.5 404 Not Found",
                     *       "detail": "The server has not found anything matching the Request-URI.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notFound"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Method not allowed. */
            405: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 405,
                     *       "title": "Methode niet toegestaan",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.6 405 Method Not Allowed",
                     *       "detail": "The method specified in the Request-Line is not allowed for the resource identified by the Request-URI. The response MUST include an Allow header containing a list of valid methods for the requested resource.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "methodNotAllowed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Not Acceptable. Je hebt waarschijnlijk een gewenst formaat met de `Accept` header verstuurd welke niet ondersteund wordt. */
            406: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    acceptCrs: components["headers"]["acceptCrs"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 406,
                     *       "title": "Gevraagde contenttype wordt niet ondersteund.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.7 406 Not Acceptable",
                     *       "detail": "The resource identified by the request is only capable of generating response entities which have content characteristics not acceptable according to the accept headers sent in the request",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAcceptable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Precondition failed. */
            412: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 412,
                     *       "title": "Niet voldaan aan vooraf gestelde voorwaarde",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.4.13 412 Precondition Failed",
                     *       "detail": "The precondition given in one or more of the request-header fields evaluated to false when it was tested on the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "preconditionFailed"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 500,
                     *       "title": "Interne server fout.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.1 500 Internal server error",
                     *       "detail": "The server encountered an unexpected condition which prevented it from fulfilling the request.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "serverError"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Service Unavailable. Er vindt mogelijk (gepland) onderhoud of een storing plaats. */
            503: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    /** @description Tijdstip waarop verwacht wordt dat de service weer beschikbaar zal zijn. */
                    "Retry-After"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": 503,
                     *       "title": "Bronservice {bron} is tijdelijk niet beschikbaar.",
                     *       "type": "https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/10.5.4 503 Service Unavailable",
                     *       "detail": "The service is currently unable to handle the request due to a temporary overloading or maintenance of the server.",
                     *       "instance": "https://datapunt.voorbeeldgemeente.nl/api/v1/resourcenaam?parameter=waarde",
                     *       "code": "notAvailable"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
            /** @description Er is een onverwachte fout opgetreden. */
            default: {
                headers: {
                    "api-version": components["headers"]["api_version"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Error"];
                };
            };
        };
    };
}
