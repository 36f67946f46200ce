import { HttpResponse } from 'msw';
import { http } from '../gateway/http';
import { findAuditor } from '../data/auditors';
import { ANOMALY_EXPLANATION, ANOMALY_KINDS, RULE_PARAMS, type AnomalyKind } from '../data/audit/anomalies';
import {
  aggregate, countMatches, decodeCursor, encodeCursor, scan, searchPage, SORTS, toAuditRecord, type Filter, type Sort,
} from '../data/audit/query';
import { record as recordTrail, trail } from '../data/audit/trail';
import { AUDIT_ACTIVITIES, BRONNEN, LEGAL_BASES, activityByUuid, ensureUniverse, readyUniverse, universeProgress, type Universe } from '../data/audit/universe';
import { CATEGORIEEN, ORGANISATIES, findOrganisatie } from '../data/verwerkingen/register';
import { getPersoonByBsn } from '../data/brp';
import { isClosed, store, zaaktypeOf, zakenToday } from '../data/zaken';
import { parseCalendarDate } from '../gateway/date';
import { problem, type InvalidParam } from '../gateway/problem';
import { requireAuditor, type Session } from '../gateway/session';

/**
 * The auditor workspace API (issue 6, contract mocks/contracts/audit.yaml). Auditor sessions
 * only: a citizen gets 403, no session 401. Subjects appear only as a keyed pseudonym; the
 * identity comes out only through POST …/reveal, which needs a written reason and is put on
 * the access trail BEFORE the answer is sent.
 */

const noStore = { 'Cache-Control': 'no-store' };
export const PAGE_MAX = 500;
export const EXPORT_LIMIT = 100_000;
const PSEUDONYM = /^ps-[0-9a-f]{20}$/;
const FILTER_KEYS = ['van', 'tot', 'organisatie', 'registratie', 'activiteit', 'grondslag', 'categorie', 'uitvoering', 'anomalie', 'pseudoniem'] as const;

function badRequest(invalidParams: InvalidParam[]): Response {
  return problem(400, 'Ongeldig verzoek', 'Een of meer zoekvelden kloppen niet; zie invalidParams.', { code: 'paramsValidation', invalidParams });
}

type Parsed = { filter: Filter; echo: Record<string, string>; sort: Sort; limit: number; cursor: string | undefined; fingerprint: string };

function parseQuery(url: URL, u: Universe, withPaging: boolean): Parsed | Response {
  const q = url.searchParams;
  const errors: InvalidParam[] = [];
  const filter: Filter = {};
  const echo: Record<string, string> = {};
  const allowed = new Set<string>([...FILTER_KEYS, 'sorteer', ...(withPaging ? ['limit', 'cursor'] : [])]);
  for (const key of q.keys()) if (!allowed.has(key)) errors.push({ name: key.slice(0, 40), code: 'unknownParam', reason: 'Deze parameter bestaat niet.' });
  const get = (key: (typeof FILTER_KEYS)[number]) => {
    const v = q.get(key);
    if (v === null || v === '') return undefined;
    echo[key] = v.slice(0, 100);
    return v;
  };
  const van = get('van');
  if (van !== undefined) {
    const day = parseCalendarDate(van); // a day that exists (2026-02-30 does not), gateway/date.ts
    if (day === undefined) errors.push({ name: 'van', code: 'date', reason: 'Gebruik een datum als 2026-01-31.' });
    else filter.van = day;
  }
  const tot = get('tot');
  if (tot !== undefined) {
    const day = parseCalendarDate(tot);
    if (day === undefined) errors.push({ name: 'tot', code: 'date', reason: 'Gebruik een datum als 2026-01-31.' });
    else filter.tot = day + 86_400_000; // inclusive
  }
  if (filter.van !== undefined && filter.tot !== undefined && filter.tot <= filter.van) errors.push({ name: 'tot', code: 'range', reason: 'De einddatum ligt voor de begindatum.' });
  const org = get('organisatie');
  if (org !== undefined) {
    const o = findOrganisatie(org);
    if (!o) errors.push({ name: 'organisatie', code: 'unknown', reason: 'Onbekende organisatie.' });
    else filter.organisatie = ORGANISATIES.indexOf(o);
  }
  const registratie = get('registratie');
  if (registratie !== undefined) {
    const k = BRONNEN.indexOf(registratie as (typeof BRONNEN)[number]);
    if (k < 0) errors.push({ name: 'registratie', code: 'enum', reason: 'Onbekende registratie.' });
    else filter.registratie = k;
  }
  const act = get('activiteit');
  if (act !== undefined) {
    const k = activityByUuid.get(act);
    if (k === undefined) errors.push({ name: 'activiteit', code: 'unknown', reason: 'Onbekende verwerkingsactiviteit.' });
    else filter.activiteit = k;
  }
  const grondslag = get('grondslag');
  if (grondslag !== undefined) {
    const k = LEGAL_BASES.indexOf(grondslag as (typeof LEGAL_BASES)[number]);
    if (k < 0) errors.push({ name: 'grondslag', code: 'enum', reason: 'Onbekende grondslag.' });
    else filter.grondslag = k;
  }
  const categorie = get('categorie');
  if (categorie !== undefined) {
    const k = (CATEGORIEEN as readonly string[]).indexOf(categorie);
    if (k < 0) errors.push({ name: 'categorie', code: 'enum', reason: 'Onbekende gegevenscategorie.' });
    else filter.categorie = k;
  }
  const uitvoering = get('uitvoering');
  if (uitvoering !== undefined) {
    if (uitvoering !== 'mens' && uitvoering !== 'systeem') errors.push({ name: 'uitvoering', code: 'enum', reason: 'Kies mens of systeem.' });
    else filter.uitvoering = uitvoering;
  }
  const anomalie = get('anomalie');
  if (anomalie !== undefined) {
    if (anomalie !== 'alle' && !(ANOMALY_KINDS as readonly string[]).includes(anomalie)) errors.push({ name: 'anomalie', code: 'enum', reason: 'Onbekende soort afwijking.' });
    else filter.anomalie = anomalie as AnomalyKind | 'alle';
  }
  const pseudoniem = get('pseudoniem');
  if (pseudoniem !== undefined) {
    const s = PSEUDONYM.test(pseudoniem) ? u.subjects.bySeudonym.get(pseudoniem) : undefined;
    if (s === undefined) errors.push({ name: 'pseudoniem', code: 'unknown', reason: 'Onbekend pseudoniem.' });
    else filter.subject = s;
  }
  const sortRaw = q.get('sorteer') ?? 'tijd';
  if (!(SORTS as readonly string[]).includes(sortRaw)) errors.push({ name: 'sorteer', code: 'enum', reason: `Kies uit ${SORTS.join(', ')}.` });
  let limit = 100;
  const limitRaw = q.get('limit');
  if (limitRaw !== null) {
    limit = Number(limitRaw);
    if (!/^\d{1,4}$/.test(limitRaw) || limit < 1 || limit > PAGE_MAX) errors.push({ name: 'limit', code: 'range', reason: `Een pagina heeft 1 tot ${PAGE_MAX} regels.` });
  }
  if (errors.length) return badRequest(errors);
  const sort = sortRaw as Sort;
  const fingerprint = JSON.stringify([echo, sort]);
  return { filter, echo, sort, limit, cursor: q.get('cursor') ?? undefined, fingerprint };
}

/** The universe, or a 503 while it is still being generated (the client shows progress from /status). */
async function universeOr503(): Promise<Universe | Response> {
  const u = readyUniverse();
  if (u) return u;
  void ensureUniverse();
  return problem(503, 'Bezig met opbouwen', 'De verwerkingen worden nog klaargezet; probeer het zo opnieuw.', { code: 'generating', retryAfter: 1 });
}

type Guarded = { session: Session; u: Universe };
async function guard(cookies: Record<string, string>): Promise<Guarded | Response> {
  const session = requireAuditor(cookies);
  if (session instanceof Response) return session;
  const u = await universeOr503();
  if (u instanceof Response) return u;
  return { session, u };
}
const auditorOf = (s: Session) => ({ id: s.auditorId ?? '', naam: findAuditor(s.auditorId ?? '')?.naam ?? s.naam });

function csvCell(v: string): string {
  return /[",\n\r;]/.test(v) || /^[=+\-@]/.test(v) ? `"${(/^[=+\-@]/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"` : v;
}
const CSV_HEADER = 'tijd,pseudoniem,organisatie,activiteit,in_register,registratie,grondslagen,categorieen,uitvoering,vertrouwelijk,status,afwijkingen,span_id\n';

function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
const days = (from: string, to: string) => Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / 86_400_000);

export const auditHandlers = [
  http.get('/audit/status', ({ cookies }) => {
    const session = requireAuditor(cookies);
    if (session instanceof Response) return session;
    if (!readyUniverse()) void ensureUniverse();
    return HttpResponse.json(universeProgress(), { headers: noStore });
  }),

  http.get('/audit/catalogus', ({ cookies }) => {
    const session = requireAuditor(cookies);
    if (session instanceof Response) return session;
    return HttpResponse.json(
      {
        organisaties: ORGANISATIES.map((o) => ({ id: o.id, naam: o.naam })),
        activiteiten: AUDIT_ACTIVITIES.filter((a) => a.inRegister).map((a) => ({ id: a.id, naam: a.naam, organisatie: ORGANISATIES[a.organisatie]!.id })),
        registraties: [...BRONNEN],
        grondslagen: [...LEGAL_BASES],
        categorieen: [...CATEGORIEEN],
        anomalieen: ANOMALY_KINDS.map((soort) => ({ soort, uitleg: ANOMALY_EXPLANATION[soort] })),
        regels: RULE_PARAMS,
      },
      { headers: noStore },
    );
  }),

  http.get('/audit/records', async ({ request, cookies }) => {
    const g = await guard(cookies);
    if (g instanceof Response) return g;
    const q = parseQuery(new URL(request.url), g.u, true);
    if (q instanceof Response) return q;
    let from = 0;
    if (q.cursor !== undefined) {
      const pos = decodeCursor(q.cursor, q.fingerprint);
      if (pos === undefined) return badRequest([{ name: 'cursor', code: 'invalid', reason: 'Deze cursor hoort niet bij deze zoekvraag.' }]);
      from = pos;
    }
    const page = searchPage(g.u, q.filter, q.sort, from, q.limit);
    // A new search (its first page) goes on the trail; following pages of it do not.
    if (q.cursor === undefined) recordTrail({ auditor: auditorOf(g.session), actie: 'zoeken', filters: { ...q.echo, sorteer: q.sort }, aantal: page.totaal });
    return HttpResponse.json(
      {
        totaal: page.totaal,
        records: page.indices.map((i) => toAuditRecord(g.u, i)),
        volgende: page.next === undefined ? null : encodeCursor(page.next, q.fingerprint),
      },
      { headers: noStore },
    );
  }),

  http.get('/audit/aggregates', async ({ request, cookies }) => {
    const g = await guard(cookies);
    if (g instanceof Response) return g;
    const q = parseQuery(new URL(request.url), g.u, false);
    if (q instanceof Response) return q;
    return HttpResponse.json(aggregate(g.u, q.filter), { headers: noStore });
  }),

  http.get('/audit/export', async ({ request, cookies }) => {
    const g = await guard(cookies);
    if (g instanceof Response) return g;
    const q = parseQuery(new URL(request.url), g.u, false);
    if (q instanceof Response) return q;
    const totaal = countMatches(g.u, q.filter);
    const rows = Math.min(totaal, EXPORT_LIMIT);
    recordTrail({ auditor: auditorOf(g.session), actie: 'exporteren', filters: { ...q.echo, sorteer: q.sort }, aantal: rows });
    const it = scan(g.u, q.filter, q.sort);
    const encoder = new TextEncoder();
    let sent = 0;
    let headerSent = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        let chunk = headerSent ? '' : CSV_HEADER;
        headerSent = true;
        for (let k = 0; k < 2000 && sent < rows; k++) {
          const next = it.next();
          if (next.done) {
            sent = rows;
            break;
          }
          const r = toAuditRecord(g.u, next.value);
          chunk += [r.tijd, r.pseudoniem, r.organisatie.naam, r.activiteit.naam, String(r.activiteit.inRegister), r.registratie, r.grondslagen.join(' '), r.categorieen.join('; '), r.uitvoering, String(r.vertrouwelijk), r.status, r.anomalieen.join(' '), r.spanId].map(csvCell).join(',') + '\n';
          sent++;
        }
        if (chunk) controller.enqueue(encoder.encode(chunk));
        if (sent >= rows) controller.close();
      },
    });
    return new HttpResponse(stream, {
      headers: {
        ...noStore,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="verwerkingen-export.csv"',
        'X-Total-Count': String(totaal),
        'X-Export-Rows': String(rows),
      },
    });
  }),

  http.post('/audit/subjects/:pseudoniem/reveal', async ({ request, cookies, params }) => {
    const g = await guard(cookies);
    if (g instanceof Response) return g;
    const pseudoniem = String(params.pseudoniem);
    const s = PSEUDONYM.test(pseudoniem) ? g.u.subjects.bySeudonym.get(pseudoniem) : undefined;
    if (s === undefined) return problem(404, 'Niet gevonden', 'Er is geen betrokkene met dit pseudoniem.', { code: 'notFound' });
    let body: unknown;
    try {
      body = await request.json();
    } catch {
      return badRequest([{ name: 'reden', code: 'json', reason: 'De inhoud is geen geldige JSON.' }]);
    }
    const reden = typeof body === 'object' && body !== null ? (body as Record<string, unknown>).reden : undefined;
    if (typeof reden !== 'string' || reden.trim().length < 20 || reden.length > 1000) {
      return badRequest([{ name: 'reden', code: 'length', reason: 'Schrijf waarom u de identiteit nodig hebt (20 tot 1000 tekens).' }]);
    }
    // On the trail first: a reveal that is not recorded must not happen.
    recordTrail({ auditor: auditorOf(g.session), actie: 'onthullen', filters: {}, pseudoniem, reden: reden.trim() });
    const key = g.u.subjects.keys[s]!;
    const type = g.u.subjects.idType[s]!;
    const naam = type === 'BSN' ? getPersoonByBsn(key)?.naam?.volledigeNaam : undefined;
    return HttpResponse.json(
      { pseudoniem, identificatieType: type, identificatie: key, ...(naam ? { naam } : {}) },
      { headers: noStore },
    );
  }),

  http.get('/audit/trail', ({ cookies }) => {
    const session = requireAuditor(cookies);
    if (session instanceof Response) return session;
    return HttpResponse.json({ acties: trail() }, { headers: noStore });
  }),

  http.get('/audit/sla', ({ cookies }) => {
    const session = requireAuditor(cookies);
    if (session instanceof Response) return session;
    const today = zakenToday();
    const perHolder = new Map<string, { id: string; naam: string; open: number; overTijd: number; afgehandeld: number; verlengd: number; doorlooptijden: number[] }>();
    for (const zaak of store.zaken.values()) {
      const holder = zaaktypeOf(zaak).holder;
      let h = perHolder.get(holder.id);
      if (!h) {
        h = { id: holder.id, naam: holder.naam, open: 0, overTijd: 0, afgehandeld: 0, verlengd: 0, doorlooptijden: [] };
        perHolder.set(holder.id, h);
      }
      if (zaak.verlenging) h.verlengd++;
      if (isClosed(zaak)) {
        h.afgehandeld++;
        h.doorlooptijden.push(days(zaak.registratiedatum, zaak.einddatum ?? today));
      } else {
        h.open++;
        if (zaak.uiterlijkeEinddatumAfdoening && zaak.uiterlijkeEinddatumAfdoening < today) h.overTijd++;
      }
    }
    const houders = [...perHolder.values()]
      .map(({ doorlooptijden, ...h }) => ({ ...h, mediaanDagen: median(doorlooptijden) }))
      .sort((a, b) => b.overTijd - a.overTijd || b.open - a.open || a.naam.localeCompare(b.naam));
    return HttpResponse.json({ peildatum: today, houders }, { headers: noStore });
  }),
];
