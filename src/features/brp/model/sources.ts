import type { BrpKey, SectionId } from './types';

/**
 * Where the BRP data comes from and on what legal basis, as data (docs/legal/LEGAL.md: terms are data, so a
 * correction of our reading of the law is a change here, not in a view). An article number is
 * only given where it has been checked; otherwise the reference names the law as a whole.
 */

export type WetId = 'wetBrp' | 'avg' | 'bw1';

/** Official titles are names: they are shown as they are, in every language. */
export const wetten: Record<WetId, { titel: string; url: string }> = {
  wetBrp: { titel: 'Wet basisregistratie personen', url: 'https://wetten.overheid.nl/BWBR0033715' },
  avg: {
    titel: 'Algemene verordening gegevensbescherming (AVG)',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  },
  bw1: { titel: 'Burgerlijk Wetboek Boek 1', url: 'https://wetten.overheid.nl/BWBR0002656' },
};

export type Grondslag = {
  id: string;
  wet: WetId;
  /** Article as the law numbers it ("2.58", "15"); absent when not verified. */
  artikel?: string;
  /** What this basis means for the citizen, in plain words. */
  uitlegKey: BrpKey;
};

const registratie: Grondslag = { id: 'registratie', wet: 'wetBrp', uitlegKey: 'bron.grondslag.registratie' };

/** Shown once for the whole page. */
export const paginaGrondslagen: readonly Grondslag[] = [
  registratie,
  // GDPR art. 15: the right of access this page serves, including the source of the data.
  { id: 'inzage', wet: 'avg', artikel: '15', uitlegKey: 'bron.grondslag.inzage' },
  // Wet BRP art. 2.58: the request to correct or complete, to the municipality (docs/legal/LEGAL.md).
  { id: 'verbetering', wet: 'wetBrp', artikel: '2.58', uitlegKey: 'bron.grondslag.verbetering' },
];

/** Per section: the basis for keeping this kind of data. */
export const sectieGrondslagen: Record<SectionId, readonly Grondslag[]> = {
  naam: [registratie],
  geboorte: [registratie],
  geslacht: [registratie],
  nationaliteiten: [registratie],
  verblijfplaats: [registratie],
  immigratie: [registratie],
  partners: [registratie],
  ouders: [registratie],
  kinderen: [registratie],
  // BW 1:245 defines gezag (ouderlijk gezag or voogdij); the BRP API derives it from BRP data.
  gezag: [registratie, { id: 'gezag', wet: 'bw1', artikel: '245', uitlegKey: 'bron.grondslag.gezag' }],
  verblijfstitel: [registratie],
  kiesrecht: [registratie],
  curatele: [registratie],
  overlijden: [registratie],
};

/**
 * gemeenteVanInschrijving code of the Registratie Niet-Ingezetenen (landelijke tabel Gemeenten).
 * Its data is kept under the responsibility of the minister of BZK, by RvIG on the minister's
 * behalf; data from before emigration stays with the last municipality.
 */
export const RNI_GEMEENTE_CODE = '1999';
