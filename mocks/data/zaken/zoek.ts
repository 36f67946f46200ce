import type { InvalidParam } from '../../gateway/problem';
import { isDatum } from './termijnen';
import { initiatorOf, type ZaakRecord } from './store';
import { uuidFromUrl, ZTC } from './serialize';

/**
 * Searching zaken (`POST /zaken/_zoek` with a `ZaakZoek` body, `GET /zaken` with query
 * parameters): every parameter of the Zaken API 1.5.1 is either applied or refused with a
 * 400. Nothing is silently ignored, so a client that relies on a filter finds out here, not
 * in production (`einddatum__isnull` returning closed zaken was such a case).
 */

type Filter = (z: ZaakRecord) => boolean;
type Parsed = { filters: Filter[]; ordering: Array<{ key: OrderKey; desc: boolean }> } | { errors: InvalidParam[] };

const VERTROUWELIJKHEID = [
  'openbaar',
  'beperkt_openbaar',
  'intern',
  'zaakvertrouwelijk',
  'vertrouwelijk',
  'confidentieel',
  'geheim',
  'zeer_geheim',
];
/** Every zaak of this gateway is "vertrouwelijk" (it holds a person's statement about their data). */
const ZAAK_VERTROUWELIJKHEID = 'vertrouwelijk';
const ARCHIEFNOMINATIE = ['blijvend_bewaren', 'vernietigen'];
const ARCHIEFSTATUS = ['nog_te_archiveren', 'gearchiveerd', 'gearchiveerd_procestermijn_onbekend', 'overgedragen'];
const ORDER_KEYS = [
  'startdatum',
  'einddatum',
  'publicatiedatum',
  'archiefactiedatum',
  'registratiedatum',
  'identificatie',
] as const;
type OrderKey = (typeof ORDER_KEYS)[number];

type DateField =
  | 'einddatum'
  | 'einddatumGepland'
  | 'uiterlijkeEinddatumAfdoening'
  | 'archiefactiedatum'
  | 'startdatum'
  | 'registratiedatum';
const DATE_FILTERS: Record<string, { field: DateField; op: 'eq' | 'gt' | 'gte' | 'lt' | 'lte' }> = {};
for (const [field, ops] of [
  ['einddatum', ['eq', 'gt', 'lt']],
  ['einddatumGepland', ['eq', 'gt', 'lt']],
  ['uiterlijkeEinddatumAfdoening', ['eq', 'gt', 'lt']],
  ['archiefactiedatum', ['eq', 'gt', 'lt']],
  ['startdatum', ['eq', 'gt', 'gte', 'lt', 'lte']],
  ['registratiedatum', ['eq', 'gt', 'lt']],
] as const) {
  for (const op of ops) DATE_FILTERS[op === 'eq' ? field : `${field}__${op}`] = { field, op };
}

/** `rol__betrokkeneIdentificatie__*`: only natural persons by BSN are initiators here; any other identifier matches no zaak. */
const ROL_IDENTIFIERS = [
  'rol__betrokkeneIdentificatie__natuurlijkPersoon__anpIdentificatie',
  'rol__betrokkeneIdentificatie__natuurlijkPersoon__inpA_nummer',
  'rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__innNnpId',
  'rol__betrokkeneIdentificatie__nietNatuurlijkPersoon__annIdentificatie',
  'rol__betrokkeneIdentificatie__vestiging__vestigingsNummer',
  'rol__betrokkeneIdentificatie__medewerker__identificatie',
  'rol__betrokkeneIdentificatie__organisatorischeEenheid__identificatie',
];

/** Parameters this gateway refuses on purpose, with the reason the client gets. */
const REFUSED: Record<string, string> = {
  expand: 'Deze gateway ondersteunt expand niet; haal gelinkte resources op via hun URL.',
};

const compare = (a: string | null, b: string, op: 'eq' | 'gt' | 'gte' | 'lt' | 'lte') =>
  a !== null && (op === 'eq' ? a === b : op === 'gt' ? a > b : op === 'gte' ? a >= b : op === 'lt' ? a < b : a <= b);

const asList = (value: unknown): unknown[] | undefined =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(',').filter(Boolean) : undefined;

const asBool = (value: unknown): boolean | undefined =>
  typeof value === 'boolean' ? value : value === 'true' ? true : value === 'false' ? false : undefined;

/** Turns search parameters (a `ZaakZoek` body, or query parameters as strings) into filters, or the 400's invalid params. */
export function parseZaakZoek(params: Record<string, unknown>): Parsed {
  const errors: InvalidParam[] = [];
  const filters: Filter[] = [];
  let ordering: Array<{ key: OrderKey; desc: boolean }> = [];
  const bad = (name: string, reason: string, code = 'invalid') => errors.push({ name, code, reason });

  for (const [name, value] of Object.entries(params)) {
    if (name in REFUSED) {
      bad(name, REFUSED[name]!, 'niet-ondersteund');
      continue;
    }
    const date = DATE_FILTERS[name];
    if (date) {
      if (!isDatum(value)) bad(name, 'Geen geldige datum (JJJJ-MM-DD).');
      else filters.push((z) => compare(z[date.field], value, date.op));
      continue;
    }
    switch (name) {
      case 'uuid__in': {
        const list = asList(value);
        if (!list || list.some((u) => typeof u !== 'string' || !/^[0-9a-f-]{36}$/i.test(u)))
          bad(name, 'Een lijst van UUIDs.');
        else filters.push((z) => list.includes(z.uuid));
        break;
      }
      case 'identificatie':
      case 'bronorganisatie':
        if (typeof value !== 'string') bad(name, 'Tekst verwacht.');
        else filters.push((z) => z[name] === value);
        break;
      case 'bronorganisatie__in': {
        const list = asList(value);
        if (!list || list.some((v) => typeof v !== 'string')) bad(name, 'Een lijst van RSINs.');
        else filters.push((z) => list.includes(z.bronorganisatie));
        break;
      }
      case 'zaaktype':
      case 'zaaktype__in': {
        const list = name === 'zaaktype' ? [value] : asList(value);
        const uuids = list?.map((v) => uuidFromUrl(v, ZTC, 'zaaktypen'));
        if (!uuids || uuids.some((u) => !u)) bad(name, 'Geen geldige zaaktype-URL(s).', 'bad-url');
        else filters.push((z) => uuids.includes(z.zaaktypeUuid));
        break;
      }
      case 'archiefnominatie':
      case 'archiefnominatie__in': {
        const list = name === 'archiefnominatie' ? [value] : asList(value);
        if (!list || list.some((v) => !ARCHIEFNOMINATIE.includes(v as string)))
          bad(name, `Kies uit: ${ARCHIEFNOMINATIE.join(', ')}.`, 'invalid_choice');
        else filters.push((z) => z.archiefnominatie !== null && list.includes(z.archiefnominatie));
        break;
      }
      case 'archiefstatus':
      case 'archiefstatus__in': {
        const list = name === 'archiefstatus' ? [value] : asList(value);
        if (!list || list.some((v) => !ARCHIEFSTATUS.includes(v as string)))
          bad(name, `Kies uit: ${ARCHIEFSTATUS.join(', ')}.`, 'invalid_choice');
        // No zaak is archived yet: all are "nog_te_archiveren".
        else filters.push(() => list.includes('nog_te_archiveren'));
        break;
      }
      case 'einddatum__isnull':
      case 'archiefactiedatum__isnull': {
        const flag = asBool(value);
        const field = name === 'einddatum__isnull' ? 'einddatum' : 'archiefactiedatum';
        if (flag === undefined) bad(name, 'true of false.');
        else filters.push((z) => (z[field] === null) === flag);
        break;
      }
      case 'rol__betrokkeneType':
        if (typeof value !== 'string') bad(name, 'Tekst verwacht.');
        else filters.push((z) => value === 'natuurlijk_persoon' && initiatorOf(z.uuid) !== undefined);
        break;
      case 'rol__omschrijvingGeneriek':
        if (typeof value !== 'string') bad(name, 'Tekst verwacht.');
        else filters.push((z) => value === 'initiator' && initiatorOf(z.uuid) !== undefined);
        break;
      case 'rol__betrokkene':
        // Initiators here are identified by BSN, never by a URL to a registry: no zaak matches.
        if (typeof value !== 'string') bad(name, 'Een URL verwacht.');
        else filters.push(() => false);
        break;
      case 'rol__betrokkeneIdentificatie__natuurlijkPersoon__inpBsn':
        if (typeof value !== 'string') bad(name, 'Tekst verwacht.');
        else filters.push((z) => initiatorOf(z.uuid)?.inpBsn === value);
        break;
      case 'maximaleVertrouwelijkheidaanduiding':
        if (!VERTROUWELIJKHEID.includes(value as string))
          bad(name, `Kies uit: ${VERTROUWELIJKHEID.join(', ')}.`, 'invalid_choice');
        else
          filters.push(
            () => VERTROUWELIJKHEID.indexOf(ZAAK_VERTROUWELIJKHEID) <= VERTROUWELIJKHEID.indexOf(value as string),
          );
        break;
      case 'zaakgeometrie': {
        const within = (value as { within?: { type?: unknown } } | null)?.within;
        if (!within || typeof within.type !== 'string') bad(name, 'Geef { "within": <GeoJSON-geometrie> }.');
        // No zaak of this gateway has a geometry: none lies within any area.
        else filters.push(() => false);
        break;
      }
      case 'ordering': {
        const keys =
          typeof value === 'string'
            ? value
                .split(',')
                .map((k) => k.trim())
                .filter(Boolean)
            : [];
        const parsed = keys.map((k) => ({ key: k.replace(/^-/, '') as OrderKey, desc: k.startsWith('-') }));
        if (!keys.length || parsed.some((p) => !ORDER_KEYS.includes(p.key)))
          bad(name, `Sorteer op: ${ORDER_KEYS.join(', ')} (met - voor aflopend).`);
        else ordering = parsed;
        break;
      }
      default:
        if (ROL_IDENTIFIERS.includes(name)) {
          if (typeof value !== 'string') bad(name, 'Tekst verwacht.');
          else filters.push(() => false);
        } else {
          bad(name, 'Deze zoekparameter bestaat niet in de Zaken API 1.5.1.', 'unknown-parameters');
        }
    }
  }
  return errors.length ? { errors } : { filters, ordering };
}

const orderValue = (z: ZaakRecord, key: OrderKey): string => (key === 'publicatiedatum' ? '' : (z[key] ?? ''));

/** Filters and sorts (default: newest registration first, then identificatie, like a stable `-pk`). */
export function zoekZaken(zaken: readonly ZaakRecord[], parsed: Extract<Parsed, { filters: Filter[] }>): ZaakRecord[] {
  const out = zaken.filter((z) => parsed.filters.every((f) => f(z)));
  const ordering = parsed.ordering.length ? parsed.ordering : [{ key: 'registratiedatum' as const, desc: true }];
  return out.sort((a, b) => {
    for (const { key, desc } of ordering) {
      const x = orderValue(a, key);
      const y = orderValue(b, key);
      if (x !== y) return (x < y ? -1 : 1) * (desc ? -1 : 1);
    }
    return b.identificatie.localeCompare(a.identificatie);
  });
}
