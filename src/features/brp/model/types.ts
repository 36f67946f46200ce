import type nl from '@/i18n/nl/brp.json';

/** Every text key of the `brp` namespace ("naam.voornamen.label", …), derived from the NL source file. */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type BrpKey = Leaves<typeof nl>;

/**
 * Something to show. Registry values stay `text` (untrusted, rendered as text only); our own
 * words are a `key` the component translates, so switching language needs no new mapping of
 * the registry data, only of formatted dates.
 */
export type Text =
  | { kind: 'text'; text: string }
  | { kind: 'lines'; lines: Text[] }
  | { kind: 'key'; key: BrpKey; values?: Record<string, Text> };

export type FieldVM = {
  id: string;
  labelKey: BrpKey;
  value: Text;
  explanationKey?: BrpKey;
  /** Start of the holder's investigation, when the spec's inOnderzoek flags this field. */
  inOnderzoekSinds?: Text;
  /** Derived or administrative (the full name, the first registration date): no "Klopt dit niet?" of its own. */
  noAction?: true;
};

/** One item of a list: a partner, a parent, a nationality, a gezag relation. */
export type GroupVM = { id: string; title: Text; fields: FieldVM[] };

export const sectionIds = [
  'naam',
  'geboorte',
  'geslacht',
  'nationaliteiten',
  'verblijfplaats',
  'immigratie',
  'partners',
  'ouders',
  'kinderen',
  'gezag',
  'verblijfstitel',
  'kiesrecht',
  'curatele',
  'overlijden',
] as const;
export type SectionId = (typeof sectionIds)[number];

export type HolderVM = { kind: 'gemeente'; naam: string } | { kind: 'rni' } | { kind: 'onbekend' };

export type SectionVM = {
  id: SectionId;
  fields: FieldVM[];
  groups: GroupVM[];
  /** Shown when a list section has no items ("Er staan geen kinderen in de BRP."). */
  emptyKey?: BrpKey;
  /** Last change of this section's data, where the registry gives a date. */
  laatsteWijziging?: { labelKey: BrpKey; datum: Text };
};

export type NoticeId = 'overleden' | 'opschorting' | 'geheimhouding' | 'nietOpAdres';
export type NoticeVM = { id: NoticeId; type: 'warning' | 'info'; headingKey: BrpKey; body: Text[] };

export type InOnderzoekItemVM = {
  sectionId: SectionId;
  labelKey: BrpKey;
  /** The list item the field belongs to (e.g. which partner), if any. */
  group?: Text;
  sinds: Text;
};

export type PersoonViewModel = {
  volledigeNaam?: string;
  notices: NoticeVM[];
  inOnderzoek: InOnderzoekItemVM[];
  sections: SectionVM[];
  holder: HolderVM;
  /** Registration dates for the page-level source block. */
  inschrijving: FieldVM[];
};
