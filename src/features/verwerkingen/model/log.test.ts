import { describe, expect, it } from 'vitest';
import type { RegistryId } from '@/lib/registry-view';
import type { ActivityVersion, Entity, LdvRecord } from '../api/ldv';
import {
  categoryCounts,
  eventId,
  filterEvents,
  filtersFromParams,
  logNow,
  logStartOf,
  monthWindows,
  newestWindowFor,
  paramsFromFilters,
  parseEventId,
  perMonthBySource,
  periodRange,
  recipientsOf,
  sortEvents,
  toLogEvents,
  topOrganisations,
  type JoinInput,
  type LogEvent,
} from './log';

const names = {
  brp: 'BRP',
  bag: 'BAG',
  brk: 'BRK',
  woz: 'WOZ',
  rdw: 'RDW-register',
  kvk: 'KVK',
  bri: 'BRI',
  uwv: 'UWV',
  duo: 'DUO',
} as Record<RegistryId, string>;
/** Each organisation's own register, served by the gateway: `…/rvva/{organisation}/processing_activities/{id}/versions/{n}`. */
const uri = (org: string, activity: string, version = 1) =>
  `https://gateway.example/api/rvva/${org}/processing_activities/${activity}/versions/${version}`;
const entityUri = (org: string) => `https://gateway.example/api/rvva/${org}/entities/${org}`;

const version = (v: Partial<ActivityVersion>): ActivityVersion => ({
  version: 1,
  legalBasis: ['LegalObligation'],
  processingOptions: ['Use'],
  ...v,
});
const versions = new Map<string, ActivityVersion>([
  [
    'o-rvig/a-verstrekking/1',
    version({
      name: 'Verstrekken',
      purpose: 'BRP-gegevens verstrekken',
      processingOptions: ['Disclose', 'Transfer'],
      grondslag: 'Wet BRP art. 3.3',
      bron: 'brp',
      verstrekkingswijze: 'spontaan',
      uitvoering: 'systeem',
      personalData: { categories: ['naam', 'adres', 'geboortedatum'] },
    }),
  ],
  [
    'o-abp/a-pensioen/1',
    version({
      name: 'Spontaan',
      purpose: 'Pensioen uitbetalen',
      grondslag: 'Pensioenwet art. 1',
      bron: 'brp',
      verstrekkingswijze: 'spontaan',
      uitvoering: 'systeem',
      personalData: { categories: ['adres'] },
    }),
  ],
  [
    'o-gemeente/a-parkeer/1',
    version({
      name: 'Parkeren',
      purpose: 'Parkeerbelasting innen',
      legalBasis: ['PublicInterest'],
      grondslag: 'Gemeentewet art. 225',
      bron: 'rdw',
      verstrekkingswijze: 'adhoc',
      uitvoering: 'gemengd',
      personalData: { categories: ['kenteken'] },
    }),
  ],
  // An older version of the same activity: another legal basis.
  [
    'o-gemeente/a-parkeer/2',
    version({
      version: 2,
      name: 'Parkeren',
      purpose: 'Parkeerbelasting innen',
      legalBasis: ['LegalObligation'],
      grondslag: 'Gemeentewet art. 225 en 234',
      bron: 'rdw',
      verstrekkingswijze: 'adhoc',
      uitvoering: 'gemengd',
      personalData: { categories: ['kenteken'] },
    }),
  ],
  // A register with only the RvVA fields: no law text, no source, no kind of provision.
  [
    'o-kaal/a-kaal/1',
    version({
      name: 'Kaal',
      purpose: 'Iets doen',
      legalBasis: ['LegalObligation', 'PublicInterest'],
      personalData: { categories: ['naam'] },
    }),
  ],
]);
const entities = new Map<string, Entity>([
  ['o-abp', { id: 'o-abp', name: 'Pensioenfonds ABP' }],
  ['o-rvig', { id: 'o-rvig', name: 'RvIG' }],
  ['o-gemeente', { id: 'o-gemeente', name: 'Gemeente Rotterdam' }],
  ['o-kaal', { id: 'o-kaal', name: 'Kale Organisatie' }],
]);
const join: JoinInput = {
  versions,
  entities,
  sourceNames: names,
  unknown: 'Onbekend',
  legalBasisText: (b) => b.join(' + '),
};

let seq = 0;
type Foreign = { trace?: string; span: string; org: string };
function record(p: {
  at: string;
  org: string;
  activity: string;
  version?: number;
  cats?: string[];
  human?: boolean;
  foreign?: Foreign;
  trace?: string;
}): LdvRecord {
  seq += 1;
  const start = Date.parse(p.at);
  return {
    traceId: p.trace ?? `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    spanId: seq.toString(16).padStart(16, '0'),
    status: 'Ok',
    name: p.activity === 'a-parkeer' ? 'Parkeerrecht controleren' : 'BRP-wijziging verwerken',
    startTime: start,
    endTime: start + 10,
    attributes: {
      'dpl.core.processing_activity_id': uri(p.org, p.activity, p.version),
      ...(p.foreign
        ? {
            ...(p.foreign.trace ? { 'dpl.core.foreign_operation.trace_id': p.foreign.trace } : {}),
            'dpl.core.foreign_operation.span_id': p.foreign.span,
            'dpl.core.foreign_operation.entity': entityUri(p.foreign.org),
          }
        : {}),
      ...(p.cats ? { 'mg.data_categories': p.cats } : {}),
      ...(p.human !== undefined ? { 'mg.human': p.human } : {}),
    },
  };
}

// RvIG discloses to ABP: two records in two Logboeken, linked by ABP's foreign_operation.
const disclosure = record({
  at: '2026-01-05T10:00:00Z',
  org: 'o-rvig',
  activity: 'a-verstrekking',
  cats: ['naam', 'adres'],
});
const records = [
  disclosure,
  record({
    at: '2026-01-05T10:00:01Z',
    org: 'o-abp',
    activity: 'a-pensioen',
    cats: ['adres'],
    foreign: { trace: disclosure.traceId, span: disclosure.spanId, org: 'o-rvig' },
  }),
  record({ at: '2026-02-10T08:00:00Z', org: 'o-gemeente', activity: 'a-parkeer', cats: ['kenteken'], human: false }),
  record({
    at: '2026-02-11T08:00:00Z',
    org: 'o-gemeente',
    activity: 'a-parkeer',
    version: 2,
    cats: ['kenteken'],
    human: true,
  }),
  record({ at: '2026-03-01T12:00:00Z', org: 'o-onbekend', activity: 'onbekend', cats: ['onderneming'] }),
];
const events = toLogEvents(records, join);
const none = {
  organisation: undefined,
  source: undefined,
  category: undefined,
  purpose: undefined,
  human: undefined,
  provision: undefined,
  q: '',
};

describe('toLogEvents', () => {
  it('joins records with the register of their organisation, and never drops an event whose register entry is unknown', () => {
    expect(events).toHaveLength(5);
    expect(events[0]).toMatchObject({
      organisation: 'RvIG',
      purpose: 'BRP-gegevens verstrekken',
      legalBasis: 'Wet BRP art. 3.3',
      source: 'brp',
      provision: 'spontaan',
    });
    expect(events[4]).toMatchObject({
      organisation: 'Onbekend',
      purpose: 'Onbekend',
      source: undefined,
      provision: undefined,
    });
  });

  it("finds who received a disclosure from the receiving organisation's own record (foreign_operation)", () => {
    expect(events[0]).toMatchObject({
      recipientId: 'o-abp',
      recipient: 'Pensioenfonds ABP',
      linkedIds: [events[1]!.id],
    });
    expect(events[1]).toMatchObject({
      organisation: 'Pensioenfonds ABP',
      caller: { id: 'o-rvig', name: 'RvIG' },
      callerDisclosed: true,
      recipient: undefined,
    });
    // Without trace_id (some implementations leave it out) the span still links them.
    const { 'dpl.core.foreign_operation.trace_id': _gone, ...attributes } = records[1]!.attributes;
    const [d, r] = toLogEvents([records[0]!, { ...records[1]!, attributes }], join);
    expect(d!.recipient).toBe('Pensioenfonds ABP');
    expect(r!.callerDisclosed).toBe(true);
  });

  it('names the calling organisation from the entity URI when its record is not in the list', () => {
    const [abp] = toLogEvents([records[1]!], join);
    expect(abp).toMatchObject({ caller: { id: 'o-rvig', name: 'RvIG' }, callerDisclosed: false, linkedIds: [] });
  });

  it('shows the register version the record points at: an old event keeps its old legal basis', () => {
    expect(events[2]!.legalBasis).toBe('Gemeentewet art. 225');
    expect(events[3]!.legalBasis).toBe('Gemeentewet art. 225 en 234');
  });

  it('works on standard attributes alone: categories, person or system and legal basis from the register', () => {
    const strict = (r: LdvRecord): LdvRecord => ({
      ...r,
      attributes: { 'dpl.core.processing_activity_id': r.attributes['dpl.core.processing_activity_id'] },
    });
    const [rvig, gemeente, kaal] = toLogEvents(
      [
        strict(records[0]!),
        strict(records[2]!),
        strict(record({ at: '2026-04-01T09:00:00Z', org: 'o-kaal', activity: 'a-kaal' })),
      ],
      join,
    );
    expect(rvig).toMatchObject({ categories: ['naam', 'adres', 'geboortedatum'], human: false, source: 'brp' });
    // "gemengd" in the register, and no per-event extension: not known, never guessed.
    expect(gemeente).toMatchObject({ human: undefined, categories: ['kenteken'] });
    // Only the RvVA fields: the DPV legal bases in words, no source, no kind of provision.
    expect(kaal).toMatchObject({
      organisation: 'Kale Organisatie',
      legalBasis: 'LegalObligation + PublicInterest',
      source: undefined,
      provision: undefined,
      human: undefined,
    });
  });

  it('makes a route id from trace and span that parses back, and rejects anything else (e.g. a BSN)', () => {
    const id = eventId(records[0]!.traceId, records[0]!.spanId);
    expect(parseEventId(id)).toEqual({ traceId: records[0]!.traceId, spanId: records[0]!.spanId });
    expect(parseEventId('999993653')).toBeUndefined();
  });
});

describe('filters', () => {
  it('matches an organisation as processor or as recipient', () => {
    expect(filterEvents(events, { ...none, organisation: 'o-abp' }).map((e) => e.organisation)).toEqual([
      'RvIG',
      'Pensioenfonds ABP',
    ]);
  });

  it('combines filters (AND) and keeps the order', () => {
    expect(filterEvents(events, { ...none, source: 'rdw', human: true })).toHaveLength(1);
    expect(filterEvents(events, { ...none, category: 'adres', provision: 'spontaan' })).toHaveLength(2);
    expect(filterEvents(events, { ...none, purpose: 'Parkeerbelasting innen', human: false })).toHaveLength(1);
  });

  it('searches every word, case-insensitively, in organisation, action, purpose, law, data and registry name', () => {
    expect(filterEvents(events, { ...none, q: 'ROTTERDAM kenteken' })).toHaveLength(2);
    expect(filterEvents(events, { ...none, q: 'pensioenwet' })).toHaveLength(1);
    // The recipient counts too: RvIG's disclosure to the fund, and the fund's own record.
    expect(filterEvents(events, { ...none, q: 'pensioenfonds' })).toHaveLength(2);
    expect(filterEvents(events, { ...none, q: 'rdw-register' })).toHaveLength(2);
    expect(filterEvents(events, { ...none, q: 'rotterdam pensioen' })).toHaveLength(0);
  });

  it('round-trips through the URL, leaves defaults out and ignores unknown values', () => {
    const f = filtersFromParams(
      new URLSearchParams(
        'periode=3m&organisatie=o-abp&bron=rdw&wie=mens&soort=adhoc&zoek=abc&sort=organisatie&gegeven=naam&doel=X',
      ),
    );
    expect(f).toMatchObject({
      period: '3m',
      organisation: 'o-abp',
      source: 'rdw',
      human: true,
      provision: 'adhoc',
      q: 'abc',
      sort: { key: 'organisatie', desc: false },
      category: 'naam',
      purpose: 'X',
    });
    expect(filtersFromParams(paramsFromFilters(f))).toEqual(f);
    expect(
      paramsFromFilters(filtersFromParams(new URLSearchParams('periode=9y&bron=xyz&wie=robot&sort=-bsn'))).toString(),
    ).toBe('');
  });

  it('counts periods back in calendar months from now, and "alles" from the start of the log', () => {
    const now = new Date(2026, 10, 28, 15, 0);
    expect(new Date(periodRange('1m', now, new Date(2023, 10, 28)).from)).toEqual(new Date(2026, 9, 28));
    expect(new Date(periodRange('12m', now, new Date(2023, 10, 28)).from)).toEqual(new Date(2025, 10, 28));
    expect(periodRange('alles', now, new Date(2023, 10, 28))).toEqual({
      from: new Date(2023, 10, 28).getTime(),
      to: now.getTime(),
    });
  });

  it('splits a period into calendar months, newest first, back to back, every moment in exactly one window', () => {
    const from = new Date(2026, 7, 28).getTime();
    const to = new Date(2026, 10, 28, 15, 0).getTime();
    const windows = monthWindows({ from, to });
    expect(windows.map((w) => [new Date(w.from), new Date(w.to)])).toEqual([
      [new Date(2026, 10, 1), new Date(2026, 10, 28, 15, 0)],
      [new Date(2026, 9, 1), new Date(2026, 9, 31, 23, 59, 59, 999)],
      [new Date(2026, 8, 1), new Date(2026, 8, 30, 23, 59, 59, 999)],
      [new Date(2026, 7, 28), new Date(2026, 7, 31, 23, 59, 59, 999)],
    ]);
    for (let i = 1; i < windows.length; i++) expect(windows[i]!.to).toBe(windows[i - 1]!.from - 1);
    // Three years: 37 windows, the same whole months as in a shorter period (shared query keys).
    const all = monthWindows({ from: new Date(2023, 10, 28, 15).getTime(), to });
    expect(all).toHaveLength(37);
    expect(all.slice(1, 3)).toEqual(windows.slice(1, 3));
    expect(monthWindows({ from: to, to })).toEqual([{ from: to, to }]);
  });
});

describe('sort', () => {
  it('sorts by date both ways and by text with the newest first among equals', () => {
    expect(sortEvents(events, { key: 'datum', desc: true }).map((e) => e.start)).toEqual(
      events.map((e) => e.start).sort((a, b) => b - a),
    );
    const byOrg = sortEvents(events, { key: 'organisatie', desc: false });
    expect(byOrg.map((e) => e.organisation)).toEqual([
      'Gemeente Rotterdam',
      'Gemeente Rotterdam',
      'Onbekend',
      'Pensioenfonds ABP',
      'RvIG',
    ]);
    expect(byOrg[0]!.start).toBeGreaterThan(byOrg[1]!.start);
    expect(sortEvents(events, { key: 'organisatie', desc: true })[0]!.organisation).toBe('RvIG');
  });

  it('does not change its input', () => {
    const before = events.map((e) => e.id);
    sortEvents(events, { key: 'doel', desc: true });
    expect(events.map((e) => e.id)).toEqual(before);
  });
});

describe('aggregations agree with the table', () => {
  const check = (subset: LogEvent[]) => {
    for (const o of topOrganisations(subset, 99))
      expect(filterEvents(subset, { ...none, organisation: o.value })).toHaveLength(o.count);
    for (const c of categoryCounts(subset))
      expect(filterEvents(subset, { ...none, category: c.value })).toHaveLength(c.count);
    const { rows, sources } = perMonthBySource(subset);
    expect(rows.reduce((n, r) => n + r.total, 0)).toBe(subset.length);
    for (const s of sources)
      expect(rows.reduce((n, r) => n + (r[s] ?? 0), 0)).toBe(filterEvents(subset, { ...none, source: s }).length);
  };

  it('counts per organisation, category and month/registry exactly what filtering shows', () => {
    check(events);
    check(filterEvents(events, { ...none, source: 'brp' }));
  });

  it('orders top organisations by count and months oldest first', () => {
    expect(topOrganisations(events, 2).map((o) => [o.label, o.count])).toEqual([
      ['Gemeente Rotterdam', 2],
      ['Pensioenfonds ABP', 2],
    ]);
    expect(perMonthBySource(events).rows.map((r) => r.month)).toEqual(['2026-01', '2026-02', '2026-03']);
  });
});

describe('recipientsOf (GDPR art. 19: who must hear of a correction)', () => {
  it('names the recipient of a provision, or the organisation that looked the data up, once each, for that registry only', () => {
    const brp = recipientsOf(events, 'brp');
    // RvIG provided to ABP, and ABP processed it: ABP twice, never RvIG as its own recipient.
    expect(brp.map((r) => [r.name, r.count])).toEqual([['Pensioenfonds ABP', 2]]);
    const rdw = recipientsOf(events, 'rdw');
    expect(rdw).toEqual([
      { id: 'o-gemeente', name: 'Gemeente Rotterdam', count: 2, last: Date.parse('2026-02-11T08:00:00Z') },
    ]);
    expect(recipientsOf(events, 'duo')).toEqual([]);
  });

  it("counts only the events that used the field's data categories, when it has any", () => {
    const all = recipientsOf(events, 'brp').map((r) => r.name);
    const used = new Set(events.filter((e) => e.source === 'brp').flatMap((e) => e.categories));
    const [one] = [...used];
    expect(recipientsOf(events, 'brp', { categories: [one!] }).length).toBeGreaterThan(0);
    expect(recipientsOf(events, 'brp', { categories: ['een categorie die niemand gebruikte'] })).toEqual([]);
    expect(recipientsOf(events, 'brp', { categories: [] }).map((r) => r.name)).toEqual(all);
  });

  it('does not count the holder itself as a recipient of its own registry', () => {
    const rdw = recipientsOf(events, 'rdw');
    expect(rdw.map((r) => r.id)).toContain('o-gemeente');
    expect(recipientsOf(events, 'rdw', { holder: 'o-gemeente' })).toEqual([]);
  });

  it('leaves out the holder’s own internal processing', () => {
    const own = new Map(versions);
    own.set(
      'o-gemeente/a-bijhouding/1',
      version({ name: 'Bijhouden', purpose: 'BRP bijhouden', bron: 'bag', verstrekkingswijze: 'intern' }),
    );
    const internal = toLogEvents(
      [record({ at: '2026-04-01T09:00:00Z', org: 'o-gemeente', activity: 'a-bijhouding', cats: ['adres'] })],
      { ...join, versions: own },
    );
    expect(recipientsOf(internal, 'bag')).toEqual([]);
  });
});

describe('the newest month, for the prefetch', () => {
  it('is the same window the page asks first, all through the minute', () => {
    const at = new Date(2026, 10, 28, 15, 7, 12).getTime();
    const page = monthWindows(periodRange('12m', logNow(at), logStartOf(logNow(at))))[0];
    expect(newestWindowFor(new URLSearchParams(''), at + 40_000)).toEqual(page);
    expect(page).toEqual({
      from: new Date(2026, 10, 1).getTime(),
      to: new Date(2026, 10, 28, 15, 7, 59, 999).getTime(),
    });
    expect(newestWindowFor(new URLSearchParams('periode=1m'), at)).toEqual(page);
  });
});
