import { HttpResponse } from 'msw';
import { http } from '../gateway/http';
import { isRegistryId, registryFacts, registryIds } from '@/lib/registries';
import { gatewayNow } from '../gateway/clock';
import { findAuditor, type Auditor } from '../data/auditors';
import { ANOMALY_EXPLANATION, ANOMALY_KINDS, RULE_PARAMS, type AnomalyKind } from '../data/audit/anomalies';
import { AUDIT_ACTIVITIES, LEGAL_BASES } from '../data/audit/catalog';
import type { AuditEngine, AuditRecord, CursorState } from '../data/audit/engine';
import { auditEngine } from '../data/audit';
import { checkReason } from '../data/audit/reason';
import { recordRevealEvent } from '../data/audit/reveal-events';
import {
  createRequest,
  decide,
  findRequest,
  openRequest,
  requestsFor,
  type RevealRequest,
} from '../data/audit/reveals';
import { remit as remitOf, type Remit } from '../data/audit/remits';
import { parseSearch, PSEUDONYM, subjectInRemit, type InvalidParam, type Parsed } from '../data/audit/request';
import { record as recordTrail, trailFor, type TrailEntry } from '../data/audit/trail';
import { CATEGORIEEN, ORGANISATIES, organisatie } from '../data/verwerkingen/register';
import { getPersoonByBsn } from '../data/brp';
import { isClosed, store, zaaktypeOf, zakenToday } from '../data/zaken';
import { problem } from '../gateway/problem';
import { requireAuditor, type Session } from '../gateway/session';

/**
 * The auditor workspace API (issues 6 and 15, contract mocks/contracts/audit.yaml). Auditor
 * sessions only: a citizen gets 403, no session 401. Every answer is limited to the
 * auditor's remit (data/audit/remits.ts) here, in the gateway; a filter or a person outside
 * it is a 403. Subjects appear only as a keyed pseudonym; the identity comes out only
 * through a reveal, which needs a visible reason, is put on the access trail BEFORE the
 * answer is sent, and is written into the person's own processing log. A person with
 * geheimhouding needs a second auditor's approval first.
 *
 * The queries go to an engine (data/audit/engine.ts): the in-page one in the browser, DuckDB
 * in the Node gateway.
 */

const noStore = { 'Cache-Control': 'no-store' };
export const EXPORT_LIMIT = 100_000;

function badRequest(invalidParams: InvalidParam[]): Response {
  return problem(400, 'Ongeldig verzoek', 'Een of meer velden kloppen niet; zie invalidParams.', {
    code: 'paramsValidation',
    invalidParams,
  });
}
function outsideRemit(invalidParams: InvalidParam[]): Response {
  return problem(403, 'Buiten uw bevoegdheid', 'U vraagt naar gegevens waarop u geen toezicht houdt.', {
    code: 'outsideRemit',
    invalidParams,
  });
}

/** Opaque cursor: the engine's resume state, tied to the query it came from. */
function encodeCursor(state: CursorState, fingerprint: string): string {
  return btoa(JSON.stringify([state, fingerprint]))
    .replace(/=+$/, '')
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}
function decodeCursor(cursor: string, fingerprint: string): CursorState | undefined {
  try {
    const parsed: unknown = JSON.parse(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
    if (!Array.isArray(parsed) || parsed[1] !== fingerprint || !Array.isArray(parsed[0])) return undefined;
    const state = parsed[0] as unknown[];
    return state.every((v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)
      ? (state as number[])
      : undefined;
  } catch {
    return undefined;
  }
}

type Who = { session: Session; auditor: Auditor; remit: Remit };
function who(cookies: Record<string, string>): Who | Response {
  const session = requireAuditor(cookies);
  if (session instanceof Response) return session;
  const auditor = findAuditor(session.auditorId ?? '');
  if (!auditor) return problem(403, 'Geen toegang', 'Onbekende auditor.', { code: 'forbidden' });
  return { session, auditor, remit: remitOf(auditor.bevoegdheid) };
}

type Guarded = Who & { engine: AuditEngine };
/** The auditor and a ready engine, or a 401/403, or a 503 while the records are still being built. */
function guard(cookies: Record<string, string>): Guarded | Response {
  const w = who(cookies);
  if (w instanceof Response) return w;
  const engine = auditEngine();
  if (!engine.isReady()) {
    void engine.ensure().catch(() => undefined);
    return problem(503, 'Bezig met opbouwen', 'De verwerkingen worden nog klaargezet; probeer het zo opnieuw.', {
      code: 'generating',
      retryAfter: 1,
    });
  }
  return { ...w, engine };
}

async function parse(request: Request, g: Guarded, withPaging: boolean): Promise<Parsed | Response> {
  const parsed = await parseSearch(new URL(request.url).searchParams, g.remit, g.engine, withPaging);
  if ('error' in parsed)
    return parsed.error === 400 ? badRequest(parsed.invalidParams) : outsideRemit(parsed.invalidParams);
  return parsed;
}

const auditorRef = (a: Auditor) => ({ id: a.id, naam: a.naam });

/**
 * The gateway's CSV files are for people opening them in a spreadsheet (issue 19): Dutch Excel
 * splits on semicolons, reads UTF-8 only after a BOM, and shows what a cell says. So: `;`,
 * column names in words, Dutch time, labels instead of codes, and formula-like cells escaped.
 */
export function csvCell(v: string): string {
  const formula = /^[=+\-@\t\r]/.test(v);
  const text = formula ? `'${v}` : v;
  return formula || /[",\n\r;]/.test(v) ? `"${text.replace(/"/g, '""')}"` : text;
}
const csvLine = (cells: readonly string[]) => `${cells.map(csvCell).join(';')}\r\n`;
const BOM = '\uFEFF';

const amsterdam = new Intl.DateTimeFormat('nl-NL', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/Amsterdam',
});
/** "2026-11-28T09:00:05Z" → "28-11-2026 10:00:05" (Dutch time, as the workspace shows it). */
export const csvTime = (iso: string) => amsterdam.format(new Date(iso)).replace(',', '');
const yesNo = (b: boolean) => (b ? 'ja' : 'nee');

const ANOMALY_LABEL: Readonly<Record<AnomalyKind, string>> = {
  'geen-grondslag': 'Geen grondslag of niet in het register',
  'categorie-buiten-doel': 'Gegevens buiten het doel',
  'volume-piek': 'Piek in het aantal opvragingen',
  'buiten-kantoortijd': 'Opgevraagd door een medewerker ’s nachts',
  'herhaald-opgevraagd': 'Dezelfde persoon herhaald opgevraagd',
  'geheim-of-overleden': 'Persoon met geheimhouding of overleden',
};
const TRAIL_ACTION_LABEL: Readonly<Record<TrailEntry['actie'], string>> = {
  zoeken: 'Zoeken',
  exporteren: 'Exporteren',
  'onthulling-aangevraagd': 'Identiteit gevraagd (vier ogen)',
  'onthulling-goedgekeurd': 'Verzoek goedgekeurd',
  'onthulling-afgewezen': 'Verzoek afgewezen',
  onthullen: 'Identiteit getoond',
  'logboek-exporteren': 'Toegangslogboek geëxporteerd',
};

const CSV_HEADER =
  BOM +
  csvLine([
    'Tijd',
    'Pseudoniem',
    'Organisatie',
    'Activiteit',
    'In het register',
    'Registratie',
    'Wettelijke grondslagen',
    'Gegevens',
    'Gedaan door',
    'Vertrouwelijk',
    'Gelukt',
    'Afwijkingen',
    'Kenmerk (span-id)',
  ]);
const csvRow = (r: AuditRecord) =>
  csvLine([
    csvTime(r.tijd),
    r.pseudoniem,
    r.organisatie.naam,
    r.activiteit.naam,
    yesNo(r.activiteit.inRegister),
    isRegistryId(r.registratie) ? registryFacts[r.registratie].label : r.registratie,
    r.grondslagen.join(', '),
    r.categorieen.join(', '),
    r.uitvoering === 'mens' ? 'Medewerker' : 'Computer',
    yesNo(r.vertrouwelijk),
    yesNo(r.status === 'Ok'),
    r.anomalieen.map((a) => ANOMALY_LABEL[a]).join(', '),
    r.spanId,
  ]);

const TRAIL_CSV_HEADER =
  BOM +
  csvLine([
    'Nummer',
    'Tijd',
    'Bevoegdheid',
    'Auditor-id',
    'Auditor',
    'Actie',
    'Pseudoniem',
    'Reden',
    'Verzoek',
    'Aantal verwerkingen',
    'Filters',
    'Vorige hash',
    'Hash',
  ]);
const trailCsvRow = (e: TrailEntry) =>
  csvLine([
    e.id,
    csvTime(e.tijd),
    e.bevoegdheid,
    e.auditor.id,
    e.auditor.naam,
    TRAIL_ACTION_LABEL[e.actie],
    e.pseudoniem ?? '',
    e.reden ?? '',
    e.verzoek ?? '',
    e.aantal === undefined ? '' : String(e.aantal),
    Object.entries(e.filters)
      .map(([k, v]) => `${k}=${v}`)
      .join('&'),
    e.vorige,
    e.hash,
  ]);

function median(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
const days = (from: string, to: string) =>
  Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / 86_400_000);
/** Correction-request holders (zaken catalogus ids) as register organisations. */
const holderOrganisation = (holderId: string) => organisatie(holderId === 'rvig-rni' ? 'rvig' : holderId);

function bevoegdheid(w: Who) {
  const r = w.remit;
  const orgs = (mask: Uint8Array) => ORGANISATIES.flatMap((o, k) => (mask[k] ? [{ id: o.id, naam: o.naam }] : []));
  const v = r.verstrekkingenUit;
  return {
    id: r.id,
    auditor: auditorRef(w.auditor),
    toezichthouder: { id: ORGANISATIES[r.organisationIndex]!.id, naam: ORGANISATIES[r.organisationIndex]!.naam },
    rol: r.rol,
    wettelijkeBasis: r.wettelijkeBasis,
    uitleg: r.uitleg,
    organisaties: orgs(r.wholeOrganisations),
    ...(v ? { verstrekkingenUit: { registratie: v.registratie, verstrekkingswijzen: v.wijzen } } : {}),
    vierOgenBijGeheimhouding: r.vierOgenBijGeheimhouding,
  };
}

async function identity(engine: AuditEngine, pseudoniem: string) {
  const s = await engine.subjectByPseudonym(pseudoniem);
  if (!s) return undefined;
  const naam = s.idType === 'BSN' ? getPersoonByBsn(s.key)?.naam?.volledigeNaam : undefined;
  return {
    subject: s,
    body: { pseudoniem, identificatieType: s.idType, identificatie: s.key, ...(naam ? { naam } : {}) },
  };
}

/** Shows an identity: on the trail first, then in the person's own log, then the answer. */
async function reveal(g: Guarded, pseudoniem: string, reden: string, verzoek?: string): Promise<Response> {
  const id = await identity(g.engine, pseudoniem);
  if (!id) return problem(404, 'Niet gevonden', 'Er is geen betrokkene met dit pseudoniem.', { code: 'notFound' });
  await recordTrail({
    bevoegdheid: g.remit.id,
    auditor: auditorRef(g.auditor),
    actie: 'onthullen',
    filters: {},
    pseudoniem,
    reden,
    ...(verzoek ? { verzoek } : {}),
  });
  recordRevealEvent({ subjectKey: id.subject.key, activityKey: g.remit.activiteit, at: gatewayNow() });
  return HttpResponse.json(id.body, { headers: noStore });
}

const requestBody = (r: RevealRequest) => ({
  id: r.id,
  tijd: r.tijd,
  pseudoniem: r.pseudoniem,
  aangevraagdDoor: r.aangevraagdDoor,
  reden: r.reden,
  status: r.status,
  ...(r.beoordeeldDoor ? { beoordeeldDoor: r.beoordeeldDoor, beoordeeldOp: r.beoordeeldOp } : {}),
});

async function readJson(request: Request): Promise<Record<string, unknown> | Response> {
  try {
    const body: unknown = await request.json();
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body as Record<string, unknown>;
  } catch {
    // Falls through to the 400 below.
  }
  return badRequest([{ name: 'body', code: 'json', reason: 'De inhoud is geen geldig JSON-object.' }]);
}

const notAllowed = () =>
  new HttpResponse(
    JSON.stringify({
      type: 'about:blank',
      title: 'Niet toegestaan',
      status: 405,
      detail: 'Het toegangslogboek kan niemand wijzigen.',
      code: 'methodNotAllowed',
    }),
    {
      status: 405,
      headers: { 'Content-Type': 'application/problem+json', Allow: 'GET', ...noStore },
    },
  );

export const auditHandlers = [
  http.get('/audit/status', ({ cookies }) => {
    const w = who(cookies);
    if (w instanceof Response) return w;
    const engine = auditEngine();
    if (!engine.isReady()) void engine.ensure().catch(() => undefined);
    return HttpResponse.json(engine.status(), { headers: noStore });
  }),

  http.get('/audit/bevoegdheid', ({ cookies }) => {
    const w = who(cookies);
    if (w instanceof Response) return w;
    return HttpResponse.json(bevoegdheid(w), { headers: noStore });
  }),

  http.get('/audit/catalogus', ({ cookies }) => {
    const w = who(cookies);
    if (w instanceof Response) return w;
    const r = w.remit;
    return HttpResponse.json(
      {
        organisaties: ORGANISATIES.flatMap((o, k) => (r.anyOrganisation[k] ? [{ id: o.id, naam: o.naam }] : [])),
        activiteiten: AUDIT_ACTIVITIES.flatMap((a, i) =>
          a.inRegister && r.activities[i]
            ? [{ id: a.id, naam: a.naam, organisatie: ORGANISATIES[a.organisatie]!.id }]
            : [],
        ),
        registraties: [...registryIds],
        grondslagen: [...LEGAL_BASES],
        categorieen: [...CATEGORIEEN],
        anomalieen: ANOMALY_KINDS.map((soort) => ({ soort, uitleg: ANOMALY_EXPLANATION[soort] })),
        regels: RULE_PARAMS,
      },
      { headers: noStore },
    );
  }),

  http.get('/audit/records', async ({ request, cookies }) => {
    const g = guard(cookies);
    if (g instanceof Response) return g;
    const q = await parse(request, g, true);
    if (q instanceof Response) return q;
    let cursor: CursorState | undefined;
    if (q.cursor !== undefined) {
      cursor = decodeCursor(q.cursor, q.fingerprint);
      if (cursor === undefined)
        return badRequest([{ name: 'cursor', code: 'invalid', reason: 'Deze cursor hoort niet bij deze zoekvraag.' }]);
    }
    const page = await g.engine.page(q.query, q.sort, cursor, q.limit);
    if (!page)
      return badRequest([{ name: 'cursor', code: 'invalid', reason: 'Deze cursor hoort niet bij deze zoekvraag.' }]);
    // A new search (its first page) goes on the trail before the answer; following pages do not.
    if (q.cursor === undefined)
      await recordTrail({
        bevoegdheid: g.remit.id,
        auditor: auditorRef(g.auditor),
        actie: 'zoeken',
        filters: { ...q.echo, sorteer: q.sort },
        aantal: page.totaal,
      });
    return HttpResponse.json(
      {
        totaal: page.totaal,
        records: page.records,
        volgende: page.next === undefined ? null : encodeCursor(page.next, q.fingerprint),
      },
      { headers: noStore },
    );
  }),

  http.get('/audit/aggregates', async ({ request, cookies }) => {
    const g = guard(cookies);
    if (g instanceof Response) return g;
    const q = await parse(request, g, false);
    if (q instanceof Response) return q;
    return HttpResponse.json(await g.engine.aggregate(q.query), { headers: noStore });
  }),

  http.get('/audit/export', async ({ request, cookies }) => {
    const g = guard(cookies);
    if (g instanceof Response) return g;
    const q = await parse(request, g, false);
    if (q instanceof Response) return q;
    const totaal = await g.engine.count(q.query);
    const rows = Math.min(totaal, EXPORT_LIMIT);
    await recordTrail({
      bevoegdheid: g.remit.id,
      auditor: auditorRef(g.auditor),
      actie: 'exporteren',
      filters: { ...q.echo, sorteer: q.sort },
      aantal: rows,
    });
    const chunks = g.engine.stream(q.query, q.sort, rows)[Symbol.asyncIterator]();
    const encoder = new TextEncoder();
    let headerSent = false;
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (!headerSent) {
          headerSent = true;
          controller.enqueue(encoder.encode(CSV_HEADER));
          return;
        }
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value.map(csvRow).join('')));
      },
      async cancel() {
        await chunks.return?.();
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
    const g = guard(cookies);
    if (g instanceof Response) return g;
    const pseudoniem = String(params.pseudoniem);
    const subject = PSEUDONYM.test(pseudoniem) ? await g.engine.subjectByPseudonym(pseudoniem) : undefined;
    if (!subject)
      return problem(404, 'Niet gevonden', 'Er is geen betrokkene met dit pseudoniem.', { code: 'notFound' });
    const body = await readJson(request);
    if (body instanceof Response) return body;
    const unknown = Object.keys(body).filter((k) => k !== 'reden');
    if (unknown.length)
      return badRequest(
        unknown.map((k) => ({ name: k.slice(0, 40), code: 'unknownParam', reason: 'Dit veld bestaat niet.' })),
      );
    const check = checkReason(body.reden);
    if (!check.ok) return badRequest([{ name: 'reden', code: check.code, reason: check.reason }]);
    if (!(await subjectInRemit(g.engine, g.remit, subject.subject))) {
      return outsideRemit([
        { name: 'pseudoniem', code: 'outsideRemit', reason: 'Deze persoon komt in uw bevoegdheid niet voor.' },
      ]);
    }
    if (g.remit.vierOgenBijGeheimhouding && subject.secret) {
      // Four eyes: nothing is shown until a second auditor approves. Asking again returns the open request.
      const open = openRequest(g.auditor.id, pseudoniem);
      if (open) return HttpResponse.json(requestBody(open), { status: 202, headers: noStore });
      const created = createRequest({
        pseudoniem,
        bevoegdheid: g.remit.id,
        aangevraagdDoor: auditorRef(g.auditor),
        reden: check.text,
      });
      await recordTrail({
        bevoegdheid: g.remit.id,
        auditor: auditorRef(g.auditor),
        actie: 'onthulling-aangevraagd',
        filters: {},
        pseudoniem,
        reden: check.text,
        verzoek: created.id,
      });
      return HttpResponse.json(requestBody(created), { status: 202, headers: noStore });
    }
    return reveal(g, pseudoniem, check.text);
  }),

  http.get('/audit/onthullingen', ({ cookies }) => {
    const w = who(cookies);
    if (w instanceof Response) return w;
    return HttpResponse.json({ verzoeken: requestsFor(w.remit.id).map(requestBody) }, { headers: noStore });
  }),

  http.post('/audit/onthullingen/:id/besluit', async ({ request, cookies, params }) => {
    const w = who(cookies);
    if (w instanceof Response) return w;
    const r = findRequest(String(params.id));
    if (!r || r.bevoegdheid !== w.remit.id)
      return problem(404, 'Niet gevonden', 'Dit verzoek bestaat niet (of niet voor u).', { code: 'notFound' });
    const body = await readJson(request);
    if (body instanceof Response) return body;
    const besluit = body.besluit;
    if ((besluit !== 'goedkeuren' && besluit !== 'afwijzen') || Object.keys(body).some((k) => k !== 'besluit')) {
      return badRequest([{ name: 'besluit', code: 'enum', reason: 'Kies goedkeuren of afwijzen.' }]);
    }
    if (r.aangevraagdDoor.id === w.auditor.id)
      return problem(403, 'Vier ogen', 'Een tweede auditor moet dit verzoek beoordelen, niet u zelf.', {
        code: 'fourEyes',
      });
    if (r.status !== 'wacht')
      return problem(409, 'Al beoordeeld', 'Over dit verzoek is al besloten.', { code: 'decided' });
    decide(r, auditorRef(w.auditor), besluit === 'goedkeuren');
    await recordTrail({
      bevoegdheid: w.remit.id,
      auditor: auditorRef(w.auditor),
      actie: besluit === 'goedkeuren' ? 'onthulling-goedgekeurd' : 'onthulling-afgewezen',
      filters: {},
      pseudoniem: r.pseudoniem,
      verzoek: r.id,
    });
    return HttpResponse.json(requestBody(r), { headers: noStore });
  }),

  http.post('/audit/onthullingen/:id/onthullen', async ({ cookies, params }) => {
    const g = guard(cookies);
    if (g instanceof Response) return g;
    const r = findRequest(String(params.id));
    if (!r || r.bevoegdheid !== g.remit.id)
      return problem(404, 'Niet gevonden', 'Dit verzoek bestaat niet (of niet voor u).', { code: 'notFound' });
    if (r.aangevraagdDoor.id !== g.auditor.id)
      return problem(403, 'Geen toegang', 'Alleen wie het verzoek deed, kan de identiteit zien.', {
        code: 'forbidden',
      });
    if (r.status !== 'goedgekeurd')
      return problem(
        409,
        r.status === 'wacht' ? 'Wacht op goedkeuring' : 'Afgewezen',
        r.status === 'wacht'
          ? 'Een tweede auditor heeft dit verzoek nog niet goedgekeurd.'
          : 'Dit verzoek is afgewezen.',
        { code: r.status === 'wacht' ? 'pending' : 'rejected' },
      );
    return reveal(g, r.pseudoniem, r.reden, r.id);
  }),

  http.get('/audit/trail', ({ cookies }) => {
    const w = who(cookies);
    if (w instanceof Response) return w;
    return HttpResponse.json({ acties: trailFor(w.remit) }, { headers: noStore });
  }),

  http.get('/audit/trail/export', async ({ cookies }) => {
    const w = who(cookies);
    if (w instanceof Response) return w;
    // The export itself is on the trail (and in the file: it is the newest line).
    await recordTrail({
      bevoegdheid: w.remit.id,
      auditor: auditorRef(w.auditor),
      actie: 'logboek-exporteren',
      filters: {},
    });
    const list = trailFor(w.remit);
    return new HttpResponse(TRAIL_CSV_HEADER + list.map(trailCsvRow).join(''), {
      headers: {
        ...noStore,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="toegangslogboek.csv"',
        'X-Total-Count': String(list.length),
      },
    });
  }),

  // Nobody edits the trail: not the entries, not the whole.
  ...(['post', 'put', 'patch', 'delete'] as const).flatMap((method) => [
    http[method]('/audit/trail', ({ cookies }) => {
      const w = who(cookies);
      return w instanceof Response ? w : notAllowed();
    }),
    http[method]('/audit/trail/:id', ({ cookies }) => {
      const w = who(cookies);
      return w instanceof Response ? w : notAllowed();
    }),
  ]),

  http.get('/audit/sla', ({ cookies }) => {
    const w = who(cookies);
    if (w instanceof Response) return w;
    const today = zakenToday();
    const perHolder = new Map<
      string,
      {
        id: string;
        naam: string;
        open: number;
        overTijd: number;
        afgehandeld: number;
        verlengd: number;
        doorlooptijden: number[];
      }
    >();
    for (const zaak of store.zaken.values()) {
      const holder = zaaktypeOf(zaak).holder;
      const org = holderOrganisation(holder.id);
      if (!org || w.remit.wholeOrganisations[ORGANISATIES.indexOf(org)] !== 1) continue;
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
