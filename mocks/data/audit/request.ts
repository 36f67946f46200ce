/**
 * From an auditor's query string to an engine Query, within a remit (issue 15). Shared by
 * the handler and the engine tests, so the tests ask exactly what the API asks.
 *
 * Organisation, activity and subject are the remit's borders: asking for one outside it is
 * refused (403), not silently emptied, so an auditor knows the answer is not "none". The
 * other filters only narrow what the remit allows.
 */
import { registryIds } from '@/lib/registries';
import { parseCalendarDate } from '../../gateway/date';
import { findOrganisatie, ORGANISATIES } from '../verwerkingen/register';
import { ANOMALY_BIT, ANOMALY_KINDS, type AnomalyKind } from './anomalies';
import { ACTIVITY_BRON, ACTIVITY_LEGAL, ACTIVITY_ORG, activityByUuid, CATEGORY_NAMES, LEGAL_BASES } from './catalog';
import { SORTS, type AuditEngine, type Query, type Sort } from './engine';
import type { Remit } from './remits';

export const PAGE_MAX = 500;
export const FILTER_KEYS = [
  'van',
  'tot',
  'organisatie',
  'registratie',
  'activiteit',
  'grondslag',
  'categorie',
  'uitvoering',
  'anomalie',
  'pseudoniem',
] as const;
export const PSEUDONYM = /^ps-[0-9a-f]{20}$/;

export type InvalidParam = { name: string; code: string; reason: string };
export type Parsed = {
  query: Query;
  echo: Record<string, string>;
  sort: Sort;
  limit: number;
  cursor: string | undefined;
  fingerprint: string;
};
export type ParseResult = Parsed | { error: 400 | 403; invalidParams: InvalidParam[] };

const ALL = Object.fromEntries(ANOMALY_KINDS.map((k) => [k, ANOMALY_BIT[k]])) as Record<AnomalyKind, number>;

export async function parseSearch(
  params: URLSearchParams,
  remit: Remit,
  engine: AuditEngine,
  withPaging: boolean,
): Promise<ParseResult> {
  const errors: InvalidParam[] = [];
  const outside: InvalidParam[] = [];
  const echo: Record<string, string> = {};
  const allowed = new Set<string>([...FILTER_KEYS, 'sorteer', ...(withPaging ? ['limit', 'cursor'] : [])]);
  for (const key of params.keys())
    if (!allowed.has(key))
      errors.push({ name: key.slice(0, 40), code: 'unknownParam', reason: 'Deze parameter bestaat niet.' });
  const get = (key: (typeof FILTER_KEYS)[number]) => {
    const v = params.get(key);
    if (v === null || v === '') return undefined;
    echo[key] = v.slice(0, 100);
    return v;
  };
  // Everything about activities folds into one mask, starting from the remit.
  const activities = remit.activities.slice();
  const narrow = (keep: (a: number) => boolean) => {
    for (let a = 0; a < activities.length; a++) if (activities[a] && !keep(a)) activities[a] = 0;
  };
  const query: Query = { activities };

  const van = get('van');
  if (van !== undefined) {
    // A day that exists: 2026-02-30 is refused, not rolled over to 2 March (gateway/date.ts).
    const day = parseCalendarDate(van);
    if (day === undefined) errors.push({ name: 'van', code: 'date', reason: 'Gebruik een datum als 2026-01-31.' });
    else query.van = day;
  }
  const tot = get('tot');
  if (tot !== undefined) {
    const day = parseCalendarDate(tot);
    if (day === undefined) errors.push({ name: 'tot', code: 'date', reason: 'Gebruik een datum als 2026-01-31.' });
    else query.tot = day + 86_400_000; // inclusive
  }
  if (query.van !== undefined && query.tot !== undefined && query.tot <= query.van)
    errors.push({ name: 'tot', code: 'range', reason: 'De einddatum ligt voor de begindatum.' });
  const org = get('organisatie');
  if (org !== undefined) {
    const o = findOrganisatie(org);
    if (!o) errors.push({ name: 'organisatie', code: 'unknown', reason: 'Onbekende organisatie.' });
    else {
      const k = ORGANISATIES.indexOf(o);
      if (remit.anyOrganisation[k] !== 1)
        outside.push({
          name: 'organisatie',
          code: 'outsideRemit',
          reason: 'Deze organisatie valt buiten uw bevoegdheid.',
        });
      narrow((a) => ACTIVITY_ORG[a] === k);
    }
  }
  const registratie = get('registratie');
  if (registratie !== undefined) {
    const k = registryIds.indexOf(registratie as (typeof registryIds)[number]);
    if (k < 0) errors.push({ name: 'registratie', code: 'enum', reason: 'Onbekende registratie.' });
    else narrow((a) => ACTIVITY_BRON[a] === k);
  }
  const act = get('activiteit');
  if (act !== undefined) {
    const k = activityByUuid.get(act);
    if (k === undefined)
      errors.push({ name: 'activiteit', code: 'unknown', reason: 'Onbekende verwerkingsactiviteit.' });
    else {
      if (remit.activities[k] !== 1)
        outside.push({
          name: 'activiteit',
          code: 'outsideRemit',
          reason: 'Deze verwerkingsactiviteit valt buiten uw bevoegdheid.',
        });
      narrow((a) => a === k);
    }
  }
  const grondslag = get('grondslag');
  if (grondslag !== undefined) {
    const k = LEGAL_BASES.indexOf(grondslag as (typeof LEGAL_BASES)[number]);
    if (k < 0) errors.push({ name: 'grondslag', code: 'enum', reason: 'Onbekende grondslag.' });
    else narrow((a) => (ACTIVITY_LEGAL[a]! & (1 << k)) !== 0);
  }
  const categorie = get('categorie');
  if (categorie !== undefined) {
    const k = CATEGORY_NAMES.indexOf(categorie);
    if (k < 0) errors.push({ name: 'categorie', code: 'enum', reason: 'Onbekende gegevenscategorie.' });
    else query.categorie = k;
  }
  const uitvoering = get('uitvoering');
  if (uitvoering !== undefined) {
    if (uitvoering !== 'mens' && uitvoering !== 'systeem')
      errors.push({ name: 'uitvoering', code: 'enum', reason: 'Kies mens of systeem.' });
    else query.uitvoering = uitvoering;
  }
  const anomalie = get('anomalie');
  if (anomalie !== undefined) {
    if (anomalie === 'alle') query.anomalie = Object.values(ALL).reduce((m, b) => m | b, 0);
    else if ((ANOMALY_KINDS as readonly string[]).includes(anomalie)) query.anomalie = ALL[anomalie as AnomalyKind];
    else errors.push({ name: 'anomalie', code: 'enum', reason: 'Onbekende soort afwijking.' });
  }
  const sortRaw = params.get('sorteer') ?? 'tijd';
  if (!(SORTS as readonly string[]).includes(sortRaw))
    errors.push({ name: 'sorteer', code: 'enum', reason: `Kies uit ${SORTS.join(', ')}.` });
  let limit = 100;
  const limitRaw = params.get('limit');
  if (limitRaw !== null) {
    limit = Number(limitRaw);
    if (!/^\d{1,4}$/.test(limitRaw) || limit < 1 || limit > PAGE_MAX)
      errors.push({ name: 'limit', code: 'range', reason: `Een pagina heeft 1 tot ${PAGE_MAX} regels.` });
  }
  const pseudoniem = get('pseudoniem');
  if (pseudoniem !== undefined && errors.length === 0) {
    const subject = PSEUDONYM.test(pseudoniem) ? await engine.subjectByPseudonym(pseudoniem) : undefined;
    if (subject === undefined) errors.push({ name: 'pseudoniem', code: 'unknown', reason: 'Onbekend pseudoniem.' });
    else {
      if (!(await subjectInRemit(engine, remit, subject.subject)))
        outside.push({
          name: 'pseudoniem',
          code: 'outsideRemit',
          reason: 'Deze persoon komt in uw bevoegdheid niet voor.',
        });
      query.subject = subject.subject;
    }
  } else if (pseudoniem !== undefined && !PSEUDONYM.test(pseudoniem)) {
    errors.push({ name: 'pseudoniem', code: 'unknown', reason: 'Onbekend pseudoniem.' });
  }
  if (errors.length) return { error: 400, invalidParams: errors };
  if (outside.length) return { error: 403, invalidParams: outside };
  const sort = sortRaw as Sort;
  return {
    query,
    echo,
    sort,
    limit,
    cursor: params.get('cursor') ?? undefined,
    fingerprint: JSON.stringify([echo, sort]),
  };
}

/** Whether any record of the subject lies in the remit: only then may the auditor see, or reveal, them. */
export async function subjectInRemit(engine: AuditEngine, remit: Remit, subject: number): Promise<boolean> {
  return (await engine.count({ activities: remit.activities, subject })) > 0;
}
