/**
 * The municipalities (bronhouders) the mock LV BAG knows, by gemeentecode.
 *
 * Source: the CBS/RvIG gemeentecode list (GBA Tabel 33 "Gemeententabel", which the BAG spec
 * names for Bronhouder.code; CBS "Gemeentelijke indeling op 1 januari 2025"), with the official
 * spelling ("'s-Gravenhage", "Noardeast-Fryslân"). It covers every code in our BAG, WOZ and BRP
 * mock data: the gemeente van inschrijving of the BRP test persons and the first four digits of
 * every BAG identificatie (the municipality that issued it), plus the municipalities those merged
 * into and the ones the processing log names (mocks/data/verwerkingen/register.ts).
 *
 * Municipalities that merged keep their code in old BAG identificaties; here they carry the
 * date they ended (`eindGeldigheid`, the first day of the new municipality) and the code of
 * the municipality that took over (`opgegaanIn`, not part of the API: the WOZ uses it for the
 * verantwoordelijke gemeente). Checked against the CBS lists of municipal mergers.
 *
 * 1810 "Toetsoog" is not a CBS municipality: it is the fictitious municipality of RvIG's
 * proefomgeving (the GBA-V test set our BRP data comes from). It is kept so its test persons
 * have a holder, as the proefomgeving does.
 *
 * 1999 (Registratie Niet-Ingezetenen) is in Tabel 33 but is no municipality and holds no BAG
 * objects, so it is no bronhouder: the mock answers 404 for it.
 *
 * Not here: the places of birth, marriage and the like in the BRP data (about 130 more Tabel 33
 * codes, most of them municipalities that ended long before the LV BAG began in 2009). They are
 * no bronhouder of anything in BAG, and the BRP answer already names them itself.
 */
export type Gemeente = {
  code: string;
  naam: string;
  eindGeldigheid?: string;
  opgegaanIn?: string;
};

const LIJST: readonly Gemeente[] = [
  { code: '0014', naam: 'Groningen' },
  { code: '0034', naam: 'Almere' },
  { code: '0058', naam: 'Dongeradeel', eindGeldigheid: '2019-01-01', opgegaanIn: '1970' },
  { code: '0080', naam: 'Leeuwarden' },
  { code: '0109', naam: 'Coevorden' },
  { code: '0153', naam: 'Enschede' },
  { code: '0160', naam: 'Hardenberg' },
  { code: '0193', naam: 'Zwolle' },
  { code: '0202', naam: 'Arnhem' },
  { code: '0228', naam: 'Ede' },
  { code: '0268', naam: 'Nijmegen' },
  { code: '0281', naam: 'Tiel' },
  { code: '0344', naam: 'Utrecht' },
  { code: '0361', naam: 'Alkmaar' },
  { code: '0363', naam: 'Amsterdam' },
  { code: '0383', naam: 'Castricum' },
  { code: '0392', naam: 'Haarlem' },
  { code: '0394', naam: 'Haarlemmermeer' },
  { code: '0400', naam: 'Den Helder' },
  { code: '0402', naam: 'Hilversum' },
  { code: '0416', naam: 'Langedijk', eindGeldigheid: '2022-01-01', opgegaanIn: '1980' },
  { code: '0518', naam: "'s-Gravenhage" },
  { code: '0530', naam: 'Hellevoetsluis', eindGeldigheid: '2023-01-01', opgegaanIn: '1992' },
  { code: '0531', naam: 'Hendrik-Ido-Ambacht' },
  { code: '0546', naam: 'Leiden' },
  { code: '0595', naam: 'Reeuwijk', eindGeldigheid: '2011-01-01', opgegaanIn: '1901' },
  { code: '0599', naam: 'Rotterdam' },
  { code: '0626', naam: 'Voorschoten' },
  { code: '0627', naam: 'Waddinxveen' },
  // Gaasterlân-Sleat went into De Friese Meren (1921) in 2014, renamed De Fryske Marren (1940) in 2015.
  { code: '0653', naam: 'Gaasterlân-Sleat', eindGeldigheid: '2014-01-01', opgegaanIn: '1940' },
  { code: '0772', naam: 'Eindhoven' },
  { code: '0794', naam: 'Helmond' },
  { code: '0855', naam: 'Tilburg' },
  { code: '0928', naam: 'Kerkrade' },
  { code: '0935', naam: 'Maastricht' },
  { code: '0988', naam: 'Weert' },
  { code: '0995', naam: 'Lelystad' },
  { code: '1676', naam: 'Schouwen-Duiveland' },
  { code: '1681', naam: 'Borger-Odoorn' },
  { code: '1700', naam: 'Twenterand' },
  { code: '1722', naam: 'Ferwerderadiel', eindGeldigheid: '2019-01-01', opgegaanIn: '1970' },
  { code: '1783', naam: 'Westland' },
  { code: '1810', naam: 'Toetsoog' },
  { code: '1901', naam: 'Bodegraven-Reeuwijk' },
  { code: '1916', naam: 'Leidschendam-Voorburg' },
  { code: '1926', naam: 'Pijnacker-Nootdorp' },
  { code: '1927', naam: 'Molenwaard', eindGeldigheid: '2019-01-01', opgegaanIn: '1978' },
  { code: '1940', naam: 'De Fryske Marren' },
  { code: '1970', naam: 'Noardeast-Fryslân' },
  { code: '1978', naam: 'Molenlanden' },
  { code: '1980', naam: 'Dijk en Waard' },
  { code: '1992', naam: 'Voorne aan Zee' },
];

const BY_CODE = new Map(LIJST.map((g) => [g.code, g]));

export function findGemeente(code: string): Gemeente | undefined {
  return BY_CODE.get(code);
}

/** The municipality that holds the code's objects today: the code's own, or the one it merged into. */
export function huidigeGemeente(code: string): Gemeente | undefined {
  let gemeente = BY_CODE.get(code);
  // Follows a chain of mergers; the table has no cycles, and the bound keeps a mistake from hanging.
  for (let i = 0; gemeente?.opgegaanIn && i < 5; i++) gemeente = BY_CODE.get(gemeente.opgegaanIn);
  return gemeente;
}

export const alleGemeenten = (): readonly Gemeente[] => LIJST;
