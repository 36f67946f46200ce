import { describe, expect, it } from 'vitest';
import type { RegistryId } from '@/lib/registry-view';
import type { Activity, Entity, LdvRecord } from '../api/ldv';
import {
  categoryCounts, eventId, filterEvents, filtersFromParams, paramsFromFilters, parseEventId, perMonthBySource, periodRange,
  recipientsOf, sortEvents, toLogEvents, topOrganisations, type LogEvent,
} from './log';

const names = { brp: 'BRP', bag: 'BAG', brk: 'BRK', woz: 'WOZ', rdw: 'RDW-register', kvk: 'KVK', bri: 'BRI', uwv: 'UWV', duo: 'DUO' } as Record<RegistryId, string>;
const URI = 'https://mijn-gegevens.example/api/rvva/processing_activities/';

const activities = new Map<string, Activity>([
  ['a-pensioen', { id: 'a-pensioen', name: 'Spontaan', purpose: 'Pensioen uitbetalen', legalBasis: ['LegalObligation'], personalData: { categories: [], retentionPeriod: 'P7Y' }, grondslag: 'Pensioenwet art. 1', bewaartermijn: '7 jaar' }],
  ['a-parkeer', { id: 'a-parkeer', name: 'Parkeren', purpose: 'Parkeerbelasting innen', legalBasis: ['PublicInterest'], personalData: { categories: [], retentionPeriod: 'P2D' }, grondslag: 'Gemeentewet art. 225', bewaartermijn: '2 dagen' }],
]);
const entities = new Map<string, Entity>([
  ['o-abp', { id: 'o-abp', name: 'Pensioenfonds ABP' }],
  ['o-rvig', { id: 'o-rvig', name: 'RvIG' }],
  ['o-gemeente', { id: 'o-gemeente', name: 'Gemeente Rotterdam' }],
]);

let seq = 0;
function record(p: { at: string; activity: string; org: string; recipient?: string; source: RegistryId; cats: string[]; human?: boolean; provision?: LdvRecord['attributes']['mg.provision'] }): LdvRecord {
  seq += 1;
  const start = Date.parse(p.at);
  return {
    traceId: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    spanId: seq.toString(16).padStart(16, '0'),
    status: 'Ok',
    name: p.activity === 'a-parkeer' ? 'Parkeerrecht controleren' : 'BRP-wijziging verwerken',
    startTime: start,
    endTime: start + 10,
    attributes: {
      'dpl.core.processing_activity_id': `${URI}${p.activity}`,
      'mg.organisation_id': p.org,
      ...(p.recipient ? { 'mg.recipient_id': p.recipient } : {}),
      'mg.source': p.source,
      'mg.data_categories': p.cats,
      'mg.human': p.human ?? false,
      'mg.provision': p.provision ?? 'spontaan',
    },
  };
}

const records = [
  record({ at: '2026-01-05T10:00:00Z', activity: 'a-pensioen', org: 'o-rvig', recipient: 'o-abp', source: 'brp', cats: ['naam', 'adres'] }),
  record({ at: '2026-01-05T10:00:01Z', activity: 'a-pensioen', org: 'o-abp', source: 'brp', cats: ['adres'] }),
  record({ at: '2026-02-10T08:00:00Z', activity: 'a-parkeer', org: 'o-gemeente', source: 'rdw', cats: ['kenteken'], provision: 'adhoc' }),
  record({ at: '2026-02-11T08:00:00Z', activity: 'a-parkeer', org: 'o-gemeente', source: 'rdw', cats: ['kenteken'], human: true, provision: 'adhoc' }),
  record({ at: '2026-03-01T12:00:00Z', activity: 'onbekend', org: 'o-onbekend', source: 'kvk', cats: ['onderneming'] }),
];
const events = toLogEvents(records, activities, entities, names, 'Onbekend');
const none = { organisation: undefined, source: undefined, category: undefined, purpose: undefined, human: undefined, provision: undefined, q: '' };

describe('toLogEvents', () => {
  it('joins records with the register, and never drops an event whose register entry is unknown', () => {
    expect(events).toHaveLength(5);
    expect(events[0]).toMatchObject({ organisation: 'RvIG', recipient: 'Pensioenfonds ABP', purpose: 'Pensioen uitbetalen', legalBasis: 'Pensioenwet art. 1', source: 'brp' });
    expect(events[4]).toMatchObject({ organisation: 'Onbekend', purpose: 'Onbekend' });
  });

  it('makes a route id from trace and span that parses back, and rejects anything else (e.g. a BSN)', () => {
    const id = eventId(records[0]!.traceId, records[0]!.spanId);
    expect(parseEventId(id)).toEqual({ traceId: records[0]!.traceId, spanId: records[0]!.spanId });
    expect(parseEventId('999993653')).toBeUndefined();
  });
});

describe('filters', () => {
  it('matches an organisation as processor or as recipient', () => {
    expect(filterEvents(events, { ...none, organisation: 'o-abp' }).map((e) => e.organisation)).toEqual(['RvIG', 'Pensioenfonds ABP']);
  });

  it('combines filters (AND) and keeps the order', () => {
    expect(filterEvents(events, { ...none, source: 'rdw', human: true })).toHaveLength(1);
    expect(filterEvents(events, { ...none, category: 'adres', provision: 'spontaan' })).toHaveLength(2);
    expect(filterEvents(events, { ...none, purpose: 'Parkeerbelasting innen', human: false })).toHaveLength(1);
  });

  it('searches every word, case-insensitively, in organisation, action, purpose, law, data and registry name', () => {
    expect(filterEvents(events, { ...none, q: 'ROTTERDAM kenteken' })).toHaveLength(2);
    expect(filterEvents(events, { ...none, q: 'pensioenwet' })).toHaveLength(2);
    expect(filterEvents(events, { ...none, q: 'rdw-register' })).toHaveLength(2);
    expect(filterEvents(events, { ...none, q: 'rotterdam pensioen' })).toHaveLength(0);
  });

  it('round-trips through the URL, leaves defaults out and ignores unknown values', () => {
    const f = filtersFromParams(new URLSearchParams('periode=3m&organisatie=o-abp&bron=rdw&wie=mens&soort=adhoc&zoek=abc&sort=organisatie&gegeven=naam&doel=X'));
    expect(f).toMatchObject({ period: '3m', organisation: 'o-abp', source: 'rdw', human: true, provision: 'adhoc', q: 'abc', sort: { key: 'organisatie', desc: false }, category: 'naam', purpose: 'X' });
    expect(filtersFromParams(paramsFromFilters(f))).toEqual(f);
    expect(paramsFromFilters(filtersFromParams(new URLSearchParams('periode=9y&bron=xyz&wie=robot&sort=-bsn'))).toString()).toBe('');
  });

  it('counts periods back in calendar months from now, and "alles" from the start of the log', () => {
    const now = new Date(2026, 10, 28, 15, 0);
    expect(new Date(periodRange('1m', now, new Date(2023, 10, 28)).from)).toEqual(new Date(2026, 9, 28));
    expect(new Date(periodRange('12m', now, new Date(2023, 10, 28)).from)).toEqual(new Date(2025, 10, 28));
    expect(periodRange('alles', now, new Date(2023, 10, 28))).toEqual({ from: new Date(2023, 10, 28).getTime(), to: now.getTime() });
  });
});

describe('sort', () => {
  it('sorts by date both ways and by text with the newest first among equals', () => {
    expect(sortEvents(events, { key: 'datum', desc: true }).map((e) => e.start)).toEqual(events.map((e) => e.start).sort((a, b) => b - a));
    const byOrg = sortEvents(events, { key: 'organisatie', desc: false });
    expect(byOrg.map((e) => e.organisation)).toEqual(['Gemeente Rotterdam', 'Gemeente Rotterdam', 'Onbekend', 'Pensioenfonds ABP', 'RvIG']);
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
    for (const o of topOrganisations(subset, 99)) expect(filterEvents(subset, { ...none, organisation: o.value })).toHaveLength(o.count);
    for (const c of categoryCounts(subset)) expect(filterEvents(subset, { ...none, category: c.value })).toHaveLength(c.count);
    const { rows, sources } = perMonthBySource(subset);
    expect(rows.reduce((n, r) => n + r.total, 0)).toBe(subset.length);
    for (const s of sources) expect(rows.reduce((n, r) => n + (r[s] ?? 0), 0)).toBe(filterEvents(subset, { ...none, source: s }).length);
  };

  it('counts per organisation, category and month/registry exactly what filtering shows', () => {
    check(events);
    check(filterEvents(events, { ...none, source: 'brp' }));
  });

  it('orders top organisations by count and months oldest first', () => {
    expect(topOrganisations(events, 2).map((o) => [o.label, o.count])).toEqual([['Gemeente Rotterdam', 2], ['Pensioenfonds ABP', 2]]);
    expect(perMonthBySource(events).rows.map((r) => r.month)).toEqual(['2026-01', '2026-02', '2026-03']);
  });

});

describe('recipientsOf (GDPR art. 19: who must hear of a correction)', () => {
  it('names the recipient of a provision, or the organisation that looked the data up, once each, for that registry only', () => {
    const brp = recipientsOf(events, 'brp');
    // RvIG provided to ABP, and ABP processed it: ABP twice, never RvIG as its own recipient.
    expect(brp.map((r) => [r.name, r.count])).toEqual([['Pensioenfonds ABP', 2]]);
    const rdw = recipientsOf(events, 'rdw');
    expect(rdw).toEqual([{ id: 'o-gemeente', name: 'Gemeente Rotterdam', count: 2, last: Date.parse('2026-02-11T08:00:00Z') }]);
    expect(recipientsOf(events, 'duo')).toEqual([]);
  });

  it('leaves out the holder’s own internal processing', () => {
    const internal = toLogEvents(
      [record({ at: '2026-04-01T09:00:00Z', activity: 'a-pensioen', org: 'o-rvig', source: 'bag', cats: ['adres'], provision: 'intern' })],
      activities, entities, names, 'Onbekend',
    );
    expect(recipientsOf(internal, 'bag')).toEqual([]);
  });
});
