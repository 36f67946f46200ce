/**
 * Shape of one persoonslijst in `brp-personen-mock-test-data-gba-format.json` (the input of
 * the official personen-mock). Values are raw GBA strings: dates `YYYYMMDD` with `00` for
 * unknown parts, numbers as strings, `inOnderzoek` as LO3 element codes (`aanduidingGegevens-
 * InOnderzoek`, e.g. `081120` = category 08, group 11, element 20). Every property is optional
 * because the data only loosely follows the GBA-variant schema.
 */
export type GbaWaardetabel = { code?: string; omschrijving?: string };
export type GbaTitel = GbaWaardetabel & { soort?: string };
export type GbaInOnderzoek = { aanduidingGegevensInOnderzoek?: string; datumIngangOnderzoek?: string };

export type GbaNaam = {
  voornamen?: string;
  adellijkeTitelPredicaat?: GbaTitel;
  voorvoegsel?: string;
  geslachtsnaam?: string;
  aanduidingNaamgebruik?: GbaWaardetabel;
};

export type GbaGeboorte = { datum?: string; land?: GbaWaardetabel; plaats?: GbaWaardetabel };

export type GbaOuder = {
  burgerservicenummer?: string;
  geslacht?: GbaWaardetabel;
  ouderAanduiding?: string;
  datumIngangFamilierechtelijkeBetrekking?: string;
  naam?: GbaNaam;
  geboorte?: GbaGeboorte;
  inOnderzoek?: GbaInOnderzoek;
};

export type GbaKind = {
  burgerservicenummer?: string;
  naam?: GbaNaam;
  geboorte?: GbaGeboorte;
  inOnderzoek?: GbaInOnderzoek;
};

export type GbaPartner = {
  burgerservicenummer?: string;
  geslacht?: GbaWaardetabel;
  soortVerbintenis?: GbaWaardetabel;
  naam?: GbaNaam;
  geboorte?: GbaGeboorte;
  aangaanHuwelijkPartnerschap?: { datum?: string; land?: GbaWaardetabel; plaats?: GbaWaardetabel };
  ontbindingHuwelijkPartnerschap?: { datum?: string };
  inOnderzoek?: GbaInOnderzoek;
};

export type GbaNationaliteit = {
  nationaliteit?: GbaWaardetabel;
  redenOpname?: GbaWaardetabel;
  datumIngangGeldigheid?: string;
  inOnderzoek?: GbaInOnderzoek;
};

export type GbaVerblijfplaats = {
  functieAdres?: GbaWaardetabel;
  datumIngangGeldigheid?: string;
  datumAanvangAdreshouding?: string;
  datumAanvangAdresBuitenland?: string;
  straat?: string;
  naamOpenbareRuimte?: string;
  huisnummer?: string;
  huisletter?: string;
  huisnummertoevoeging?: string;
  aanduidingBijHuisnummer?: GbaWaardetabel;
  postcode?: string;
  woonplaats?: string;
  adresseerbaarObjectIdentificatie?: string;
  nummeraanduidingIdentificatie?: string;
  locatiebeschrijving?: string;
  land?: GbaWaardetabel;
  regel1?: string;
  regel2?: string;
  regel3?: string;
  inOnderzoek?: GbaInOnderzoek;
};

export type GbaGezag = {
  type?: string;
  minderjarige?: { burgerservicenummer?: string };
  ouder?: { burgerservicenummer?: string };
  ouders?: { burgerservicenummer?: string }[];
  derde?: { burgerservicenummer?: string };
  derden?: { burgerservicenummer?: string }[];
  toelichting?: string;
};

export type GbaPersoon = {
  aNummer?: string;
  burgerservicenummer?: string;
  datumEersteInschrijvingGBA?: string;
  geslacht?: GbaWaardetabel;
  naam?: GbaNaam;
  geboorte?: GbaGeboorte;
  overlijden?: { datum?: string; land?: GbaWaardetabel; plaats?: GbaWaardetabel; inOnderzoek?: GbaInOnderzoek };
  persoonInOnderzoek?: GbaInOnderzoek;
  gezagInOnderzoek?: GbaInOnderzoek;
  nationaliteiten?: GbaNationaliteit[];
  verblijfplaats?: GbaVerblijfplaats;
  immigratie?: { datumVestigingInNederland?: string; landVanwaarIngeschreven?: GbaWaardetabel };
  gemeenteVanInschrijving?: GbaWaardetabel;
  datumInschrijvingInGemeente?: string;
  geheimhoudingPersoonsgegevens?: string;
  opschortingBijhouding?: { datum?: string; reden?: GbaWaardetabel };
  europeesKiesrecht?: { aanduiding?: GbaWaardetabel; einddatumUitsluiting?: string };
  uitsluitingKiesrecht?: { uitgeslotenVanKiesrecht?: boolean; einddatum?: string };
  indicatieCurateleRegister?: boolean;
  indicatieGezagMinderjarige?: GbaWaardetabel;
  verblijfstitel?: { aanduiding?: GbaWaardetabel; datumIngang?: string; datumEinde?: string };
  gezag?: GbaGezag[];
  kinderen?: GbaKind[];
  ouders?: GbaOuder[];
  partners?: GbaPartner[];
  rni?: { deelnemer?: GbaWaardetabel; omschrijvingVerdrag?: string; categorie?: string }[];
  verificatie?: { datum?: string; omschrijving?: string };
};
