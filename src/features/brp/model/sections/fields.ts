/** Building blocks of the BRP view model: texts, coded values, fields with their "in onderzoek" date. */
import type { Language } from '@/lib/i18n';
import type { BrpPersoon, Datum, Partner } from '../../api/brp';
import { formatDatum } from '../datum';
import { LAND_EN } from '../tabellen-en';
import type { BrpKey, FieldVM, GroupVM, SectionId, SectionVM, Text } from '../types';

export type Waardetabel = { code?: string; omschrijving?: string };
export type Flags = Partial<Record<string, unknown>> & { datumIngangOnderzoek?: Datum };

export const text = (value: string): Text => ({ kind: 'text', text: value });
export const key = (k: BrpKey, values?: Record<string, Text>): Text =>
  values ? { kind: 'key', key: k, values } : { kind: 'key', key: k };
export const nonEmpty = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';
/** Registry text, or nothing when it is empty. */
export const textOf = (value: string | undefined): Text | undefined =>
  nonEmpty(value) ? text(value.trim()) : undefined;

/** A coded value in our own words when we know the code; otherwise the registry's description. */
export function coded<C extends string>(
  value: Waardetabel | undefined,
  keys: Readonly<Record<C, BrpKey>>,
): Text | undefined {
  if (!value) return undefined;
  const known = value.code !== undefined && Object.hasOwn(keys, value.code) ? keys[value.code as C] : undefined;
  if (known) return key(known);
  if (nonEmpty(value.omschrijving)) return text(value.omschrijving);
  return textOf(value.code);
}

/** A table value shown as the registry has it (places, legal articles, permits). */
export function registryText(value: Waardetabel | undefined): Text | undefined {
  if (nonEmpty(value?.omschrijving)) return text(value.omschrijving);
  if (nonEmpty(value?.code)) return text(value.code);
  return undefined;
}

/** A country or nationality: in English by its code (GBA tables 34 and 32), else as the registry has it. */
export function tableName(
  value: Waardetabel | undefined,
  locale: Language,
  english: Readonly<Record<string, string>>,
): string | undefined {
  if (locale === 'en' && value?.code !== undefined && Object.hasOwn(english, value.code)) return english[value.code];
  return nonEmpty(value?.omschrijving) ? value.omschrijving : value?.code;
}
export const translatedText = (
  value: Waardetabel | undefined,
  locale: Language,
  english: Readonly<Record<string, string>>,
) => textOf(tableName(value, locale, english));
export const landText = (value: Waardetabel | undefined, locale: Language) => translatedText(value, locale, LAND_EN);

type IoSource = { flags: Flags | undefined; flag: string | string[]; datum?: Datum | undefined };

/**
 * Builds fields and keeps only those with a value. `flags` is the spec's inOnderzoek object of
 * the group; `flag` names the property (or properties) in it that cover this field.
 */
export class Fields {
  readonly items: FieldVM[] = [];
  constructor(
    private readonly locale: Language,
    private readonly prefix: string,
  ) {}

  add(
    id: string,
    labelKey: BrpKey,
    value: Text | undefined,
    options: { explanationKey?: BrpKey; io?: IoSource | IoSource[]; derived?: true } = {},
  ): this {
    if (!value) return this;
    const field: FieldVM = { id: `${this.prefix}${id}`, labelKey, value };
    if (options.derived) field.noAction = true;
    if (options.explanationKey) field.explanationKey = options.explanationKey;
    // A field can be covered by more than one inOnderzoek object (e.g. the street by the
    // verblijfadres flags, the whole address by the Adres `type` flag): the first one set wins.
    const sources = options.io === undefined ? [] : Array.isArray(options.io) ? options.io : [options.io];
    const sinds = sources
      .map((source) =>
        inOnderzoekSinds(source.flags, source.flag, this.locale, source.datum ?? source.flags?.datumIngangOnderzoek),
      )
      .find((found) => found !== undefined);
    if (sinds) field.inOnderzoekSinds = sinds;
    this.items.push(field);
    return this;
  }
}

/** The formatted start date when any of `flag` is set; the spec leaves the date optional. */
export function inOnderzoekSinds(
  flags: Flags | undefined,
  flag: string | string[],
  locale: Language,
  datum: Datum | undefined = flags?.datumIngangOnderzoek,
): Text | undefined {
  if (!flags) return undefined;
  const names = Array.isArray(flag) ? flag : [flag];
  if (!names.some((name) => flags[name] === true)) return undefined;
  return formatDatum(datum, locale) ?? key('datum.onbekendeStartdatum');
}

export function joinNonEmpty(parts: (string | undefined)[], separator = ' '): string | undefined {
  const joined = parts
    .filter(nonEmpty)
    .map((part) => part.trim())
    .join(separator);
  return joined === '' ? undefined : joined;
}

export type Naam = NonNullable<BrpPersoon['naam']> | NonNullable<Partner['naam']>;

/** "Jan de Vries" for related persons (the API gives volledigeNaam only for the person self). */
export function naamVan(naam: Naam | undefined): string | undefined {
  if (!naam) return undefined;
  const titel = naam.adellijkeTitelPredicaat;
  const predicaat = titel?.soort === 'predicaat' ? titel.omschrijving : undefined;
  const adellijkeTitel = titel?.soort === 'titel' ? titel.omschrijving : undefined;
  return joinNonEmpty([predicaat, naam.voornamen, adellijkeTitel, naam.voorvoegsel, naam.geslachtsnaam]);
}

export const GESLACHT: Record<'M' | 'V' | 'O', BrpKey> = {
  M: 'waarde.geslacht.M',
  V: 'waarde.geslacht.V',
  O: 'waarde.geslacht.O',
};

export function listSection(
  id: SectionId,
  groups: GroupVM[],
  emptyKey: BrpKey,
  laatste?: SectionVM['laatsteWijziging'],
): SectionVM {
  return {
    id,
    fields: [],
    groups,
    ...(groups.length ? {} : { emptyKey }),
    ...(laatste ? { laatsteWijziging: laatste } : {}),
  };
}
