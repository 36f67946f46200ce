/**
 * The processing log (Logboek Dataverwerkingen) of the mock universe: every processing
 * event on a person's data, three years back from MOCK_TODAY, deterministic per subject.
 *
 * One generator serves two views. The citizen's log (handlers/ldv.ts) is this output minus
 * the confidential events; the auditor view (issue 6) reads the same output unfiltered, so
 * for every test person "auditor = citizen + confidential" holds by construction. Synthetic
 * subjects (to reach 1,000,000 records) go through the same code with synthetic life facts.
 *
 * Output is columnar (typed arrays, activities and organisations as small integers): about
 * 40 bytes per event, and JSON objects are only made for what a response needs.
 */
import { getPersoonByBsn } from '../brp';
import { zakenVanBsn } from '../brk';
import { diplomasVoor } from '../duo/diplomas';
import { ondernemingenVoor } from '../kvk/inschrijvingen';
import { voertuigenVoor } from '../rdw/voertuigen';
import { addYears, jarenTussen, levensloop } from '../registers/levensloop';
import { inkomstenverhoudingenVoor } from '../uwv/inkomstenverhoudingen';
import { MOCK_TODAY, rng, type Rng } from '../seed';
import { SUBJECT_ID_TYPE, subjectIdFor } from './betrokkene';
import {
  ACTIVITIES,
  CONFIDENTIAL_BY_INDEX,
  GEMEENTEN,
  ORGANISATIES,
  activityIndex,
  activityUri,
  categorieMask,
  entityUri,
  categorieenUitMask,
  organisatieIndex,
  versionAt,
  type Categorie,
} from './register';

/** The test person with ≥ 10,000 events (scale tests, benchmark): a business owner with three vehicles, a property and a job, in Leidschendam-Voorburg. */
export const HEAVY_LOG_BSN = '999994669';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const MIN = 60_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** The log runs from three years before MOCK_TODAY up to (not including) MOCK_TODAY. */
export const LOG_FROM_ISO = addYears(MOCK_TODAY, -3);
export const LOG_FROM = ms(LOG_FROM_ISO);
export const LOG_TO = ms(MOCK_TODAY);

// ---------------------------------------------------------------------------------------
// Life facts

export type Inkomstenbron = {
  soort: 'dienstbetrekking' | 'WW' | 'ZW' | 'WIA' | 'Participatiewet' | 'AOW' | 'pensioen';
  van: string;
  tot: string | undefined;
};

/** What the generator needs to know about a subject; from the BRP and registries for test persons, from a seed for synthetic ones. */
export type SubjectFacts = {
  key: string;
  /** `dpl.core.data_subject_id_type`: `BSN`, or a synthetic type for issue 6's extra subjects. */
  idType: string;
  geboortedatum: string;
  overlijdensdatum: string | undefined;
  /** Left the Netherlands (or went missing); Dutch-only processing stops then. */
  vertrokkenOp: string | undefined;
  /** Municipality of registration; undefined for RNI (no municipal desk). */
  gemeentecode: string | undefined;
  heeftPartner: boolean;
  /** Per vehicle: since when it is in the person's name. */
  voertuigenSinds: string[];
  ondernemingen: number;
  eigendommen: number;
  inkomstenbronnen: Inkomstenbron[];
  /** When the person leaves full-time education (DUO). */
  schoolVerlaten: string | undefined;
  /** Parking scans per vehicle per year; undefined = drawn from the seed. */
  parkeerScansPerJaar?: number;
  /** Handelsregister look-ups by others per business per year; undefined = drawn. */
  kvkOpvragingenPerJaar?: number;
};

const GROTE_STEDEN = new Set([
  '0518',
  '0599',
  '0363',
  '0344',
  '1916',
  '0772',
  '0855',
  '0014',
  '0546',
  '0392',
  '0202',
  '0268',
]);
const BEKENDE_GEMEENTEN = new Set(GEMEENTEN.map(([code]) => code));

/** Life facts of a BRP test person (undefined for an unknown BSN). About 1 ms: it reads six registries. */
export function factsForBsn(bsn: string): SubjectFacts | undefined {
  const l = levensloop(bsn);
  if (!l) return undefined;
  const gemeentecode = getPersoonByBsn(bsn)?.gemeenteVanInschrijving?.code;
  const bronnen: Inkomstenbron[] = inkomstenverhoudingenVoor(bsn).map((v) => ({
    soort: v.soort === 'dienstbetrekking' ? 'dienstbetrekking' : v.soortUitkering,
    van: v.datumAanvang,
    tot: v.datumEinde ?? undefined,
  }));
  const facts: SubjectFacts = {
    key: bsn,
    idType: 'BSN',
    geboortedatum: l.geboortedatum,
    overlijdensdatum: l.overlijdensdatum,
    vertrokkenOp: l.vertrokkenOp,
    gemeentecode: gemeentecode && BEKENDE_GEMEENTEN.has(gemeentecode) ? gemeentecode : undefined,
    heeftPartner: l.heeftPartner,
    voertuigenSinds: voertuigenVoor(bsn).map((v) => v.tenaamstellingSinds),
    ondernemingen: ondernemingenVoor(bsn).filter((o) => !o.datumEinde).length,
    eigendommen: zakenVanBsn(bsn).length,
    inkomstenbronnen: bronnen,
    schoolVerlaten: diplomasVoor(bsn).schoolVerlaten,
  };
  if (bsn === HEAVY_LOG_BSN) {
    // A delivery business: its vans are scanned in paid-parking zones many times a day,
    // and its trade register entry is looked up by customers and credit checks.
    facts.parkeerScansPerJaar = 1700;
    facts.kvkOpvragingenPerJaar = 150;
  }
  return facts;
}

/** Synthetic life facts for a non-BRP subject (issue 6's scale universe): plausible, seeded by the key. */
export function syntheticFacts(subjectKey: string, idType = 'SYNTHETISCH'): SubjectFacts {
  const r = rng(`${subjectKey}:synthetisch`);
  const geboortedatum = r.date('1935-01-01', '2010-12-31');
  const leeftijd = jarenTussen(geboortedatum, MOCK_TODAY);
  const overlijdensdatum = leeftijd > 70 && r.chance(0.04) ? r.date(LOG_FROM_ISO, MOCK_TODAY) : undefined;
  const vertrokkenOp = !overlijdensdatum && r.chance(0.02) ? r.date(LOG_FROM_ISO, MOCK_TODAY) : undefined;
  const volwassen = leeftijd >= 18;
  const bronnen: Inkomstenbron[] = [];
  if (leeftijd >= 67) {
    bronnen.push({ soort: 'AOW', van: addYears(geboortedatum, 67), tot: undefined });
    if (r.chance(0.8)) bronnen.push({ soort: 'pensioen', van: addYears(geboortedatum, 67), tot: undefined });
  } else if (leeftijd >= 18) {
    const n = r.chance(0.85) ? r.int(1, 2) : 0;
    for (let i = 0; i < n; i++)
      bronnen.push({
        soort: 'dienstbetrekking',
        van: r.date('2010-01-01', MOCK_TODAY),
        tot: r.chance(0.3) ? r.date(LOG_FROM_ISO, MOCK_TODAY) : undefined,
      });
    if (r.chance(0.06)) bronnen.push({ soort: 'WW', van: r.date(LOG_FROM_ISO, MOCK_TODAY), tot: undefined });
    if (r.chance(0.04))
      bronnen.push({ soort: 'Participatiewet', van: r.date('2015-01-01', MOCK_TODAY), tot: undefined });
  }
  return {
    key: subjectKey,
    idType,
    geboortedatum,
    overlijdensdatum,
    vertrokkenOp,
    gemeentecode: r.pick(GEMEENTEN)[0],
    heeftPartner: volwassen && r.chance(0.55),
    voertuigenSinds: volwassen
      ? Array.from({ length: r.chance(0.55) ? r.int(1, 2) : 0 }, () => r.date('2005-01-01', MOCK_TODAY))
      : [],
    ondernemingen: volwassen && r.chance(0.12) ? 1 : 0,
    eigendommen: volwassen && r.chance(0.55) ? 1 : 0,
    inkomstenbronnen: bronnen,
    schoolVerlaten: addYears(geboortedatum, r.int(16, 25)),
  };
}

// ---------------------------------------------------------------------------------------
// The columnar log

export const FLAG_HUMAN = 1;
export const FLAG_ERROR = 2;

export type EventLog = {
  subjectKey: string;
  /** Hash of subjectKey, the base of its trace and span ids. */
  subjectHash: number;
  subjectIdType: string;
  length: number;
  /** Start, ms since epoch; the log is sorted by it. */
  start: Float64Array;
  /** Duration in ms. */
  duration: Uint32Array;
  /** Index into ACTIVITIES. */
  activity: Uint16Array;
  /** Bit mask over CATEGORIEEN: the data actually used in this event. */
  categories: Uint32Array;
  flags: Uint8Array;
  /** Generation order: trace and span ids derive from it, so they do not depend on sorting. */
  seq: Uint32Array;
  /**
   * `seq` of the trace's root span. A trace never leaves an organisation: each keeps its own
   * Logboek, so a call into another organisation starts a new trace there.
   */
  traceSeq: Uint32Array;
  /** `seq` of the parent span in the same organisation, or -1. */
  parentSeq: Int32Array;
  /**
   * The calling action in another organisation (LDV `foreign_operation`): its `seq`, or -1;
   * its trace root's `seq`, and its organisation (index into ORGANISATIES).
   */
  foreignSeq: Int32Array;
  foreignTraceSeq: Uint32Array;
  foreignOrg: Int16Array;
  /** Index into ORGANISATIES of the receiving organisation of a disclosure, or -1. */
  recipient: Int16Array;
};

/** Per activity: the categories it may use, as a mask (precomputed: emit runs millions of times in issue 6). */
const ACTIVITY_MASK = Uint32Array.from(ACTIVITIES, (a) => categorieMask(a.categorieen));
const ACTIVITY_HUMAN = Uint8Array.from(ACTIVITIES, (a) =>
  a.uitvoering === 'mens' ? 1 : a.uitvoering === 'systeem' ? 0 : 2,
);
/** Per activity: the organisation (index into ORGANISATIES) whose Logboek records it. */
const ACTIVITY_ORG = Int16Array.from(ACTIVITIES, (a) => organisatieIndex(a.organisatie));

class Builder {
  n = 0;
  private cap = 128;
  start = new Float64Array(this.cap);
  duration = new Uint32Array(this.cap);
  activity = new Uint16Array(this.cap);
  categories = new Uint32Array(this.cap);
  flags = new Uint8Array(this.cap);
  traceSeq = new Uint32Array(this.cap);
  parentSeq = new Int32Array(this.cap);
  foreignSeq = new Int32Array(this.cap);
  foreignTraceSeq = new Uint32Array(this.cap);
  foreignOrg = new Int16Array(this.cap);
  recipient = new Int16Array(this.cap);

  constructor(private readonly r: Rng) {}

  private grow(): void {
    this.cap *= 2;
    const g = <T extends Float64Array | Uint32Array | Uint16Array | Uint8Array | Int32Array | Int16Array>(
      a: T,
      make: (n: number) => T,
    ): T => {
      const b = make(this.cap);
      b.set(a);
      return b;
    };
    this.start = g(this.start, (n) => new Float64Array(n));
    this.duration = g(this.duration, (n) => new Uint32Array(n));
    this.activity = g(this.activity, (n) => new Uint16Array(n));
    this.categories = g(this.categories, (n) => new Uint32Array(n));
    this.flags = g(this.flags, (n) => new Uint8Array(n));
    this.traceSeq = g(this.traceSeq, (n) => new Uint32Array(n));
    this.parentSeq = g(this.parentSeq, (n) => new Int32Array(n));
    this.foreignSeq = g(this.foreignSeq, (n) => new Int32Array(n));
    this.foreignTraceSeq = g(this.foreignTraceSeq, (n) => new Uint32Array(n));
    this.foreignOrg = g(this.foreignOrg, (n) => new Int16Array(n));
    this.recipient = g(this.recipient, (n) => new Int16Array(n));
  }

  /** One event; returns its seq. `parent` is a seq in the same trace (or -1 for a root). */
  emit(
    act: number,
    t: number,
    cats: number,
    opts: { parent?: number; recipient?: number; human?: boolean } = {},
  ): number {
    if (this.n === this.cap) this.grow();
    const uitvoering = ACTIVITY_HUMAN[act];
    if (uitvoering === undefined) throw new Error(`activity index ${act}`);
    const human = opts.human ?? (uitvoering === 2 ? this.r.chance(0.3) : uitvoering === 1);
    const i = this.n++;
    const parent = opts.parent ?? -1;
    // Safety net: the log covers [LOG_FROM, LOG_TO); callers already draw inside it.
    this.start[i] = Math.floor(Math.min(Math.max(t, LOG_FROM), LOG_TO - 1));
    this.duration[i] = human ? this.r.int(20_000, 900_000) : this.r.int(3, 900);
    this.activity[i] = act;
    // Only categories the activity may use; the event uses all of them unless told fewer.
    this.categories[i] = (cats & (ACTIVITY_MASK[act] ?? 0)) >>> 0;
    this.flags[i] = (human ? FLAG_HUMAN : 0) | (this.r.chance(0.004) ? FLAG_ERROR : 0);
    // Within one organisation the caller is the parent span; across organisations the callee
    // starts its own trace and records the caller as foreign_operation.
    const sameOrg = parent >= 0 && ACTIVITY_ORG[this.activity[parent] ?? 0] === ACTIVITY_ORG[act];
    this.parentSeq[i] = sameOrg ? parent : -1;
    this.traceSeq[i] = sameOrg ? (this.traceSeq[parent] ?? i) : i;
    this.foreignSeq[i] = parent >= 0 && !sameOrg ? parent : -1;
    this.foreignTraceSeq[i] = parent >= 0 && !sameOrg ? (this.traceSeq[parent] ?? parent) : 0;
    this.foreignOrg[i] = parent >= 0 && !sameOrg ? (ACTIVITY_ORG[this.activity[parent] ?? 0] ?? -1) : -1;
    this.recipient[i] = opts.recipient ?? -1;
    return i;
  }

  finish(subjectKey: string, subjectIdType: string): EventLog {
    const n = this.n;
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    const start = this.start;
    order.sort((a, b) => (start[a] ?? 0) - (start[b] ?? 0) || a - b);
    const permute = <T extends Float64Array | Uint32Array | Uint16Array | Uint8Array | Int32Array | Int16Array>(
      src: T,
      make: (n: number) => T,
    ): T => {
      const out = make(n);
      for (let i = 0; i < n; i++) out[i] = src[order[i] ?? 0] ?? 0;
      return out;
    };
    return {
      subjectKey,
      subjectHash: hashKey(subjectKey),
      subjectIdType,
      length: n,
      start: permute(this.start, (k) => new Float64Array(k)),
      duration: permute(this.duration, (k) => new Uint32Array(k)),
      activity: permute(this.activity, (k) => new Uint16Array(k)),
      categories: permute(this.categories, (k) => new Uint32Array(k)),
      flags: permute(this.flags, (k) => new Uint8Array(k)),
      seq: order,
      traceSeq: permute(this.traceSeq, (k) => new Uint32Array(k)),
      parentSeq: permute(this.parentSeq, (k) => new Int32Array(k)),
      foreignSeq: permute(this.foreignSeq, (k) => new Int32Array(k)),
      foreignTraceSeq: permute(this.foreignTraceSeq, (k) => new Uint32Array(k)),
      foreignOrg: permute(this.foreignOrg, (k) => new Int16Array(k)),
      recipient: permute(this.recipient, (k) => new Int16Array(k)),
    };
  }
}

// ---------------------------------------------------------------------------------------
// Generation

const A = (key: string) => activityIndex(key);
const C = (...c: Categorie[]) => categorieMask(c);
const ALL = 0xffffffff;

const dayStart = (t: number) => t - (((t % DAY) + DAY) % DAY);
const isWeekend = (t: number) => {
  const d = new Date(t).getUTCDay();
  return d === 0 || d === 6;
};
/**
 * Office hours (about 08:00–17:30 Dutch time), on a working day. A weekend moves back to
 * Friday, never forward, so an event drawn before a death or before today stays before it.
 */
function office(r: Rng, t: number): number {
  let d = dayStart(t);
  while (isWeekend(d)) d -= DAY;
  return d + 7 * HOUR + r.int(0, 570) * MIN + r.int(0, 59_999);
}
/** Night batch (about 01:00–05:00 Dutch time). */
const night = (r: Rng, t: number) => dayStart(t) + r.int(0, 240) * MIN + r.int(0, 59_999);
/** Street hours, any day but Sunday (parking checks). */
function street(r: Rng, t: number): number {
  let d = dayStart(t);
  if (new Date(d).getUTCDay() === 0) d -= DAY;
  return d + 7 * HOUR + r.int(0, 780) * MIN + r.int(0, 59_999);
}

/** First day of each month in [from, to). */
function* months(from: number, to: number): Generator<number> {
  const d = new Date(from);
  let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  for (; t < to; t = Date.UTC(new Date(t).getUTCFullYear(), new Date(t).getUTCMonth() + 1, 1)) yield t;
}

/** `count` uniform moments in [from, to), shaped by `at`. */
function spread(r: Rng, perYear: number, from: number, to: number, each: (t: number) => void): void {
  if (to <= from || perYear <= 0) return;
  const expected = (perYear * (to - from)) / (365.25 * DAY);
  const count = Math.floor(expected + r.next());
  for (let i = 0; i < count; i++) each(from + r.next() * (to - from));
}

type Options = {
  /** Facts to use instead of the BRP (or synthetic) ones. */
  facts?: SubjectFacts;
};

/**
 * The full, unfiltered log of one subject: a BRP test BSN gets its registry facts, any
 * other key synthetic ones. Deterministic: seeded with `rng(subjectKey + ':ldv')`.
 */
export function generateEventsForSubject(subjectKey: string, options: Options = {}): EventLog {
  const facts = options.facts ?? factsForBsn(subjectKey) ?? syntheticFacts(subjectKey);
  return generate(facts);
}

const PENSIOENFONDSEN = ['abp-brp', 'pfzw-brp', 'pmt-brp'] as const;
const ZORGVERZEKERAARS = ['zilveren-kruis-brp', 'vgz-brp', 'cz-brp', 'menzis-brp'] as const;

function generate(f: SubjectFacts): EventLog {
  const r = rng(`${f.key}:ldv`);
  const b = new Builder(r);
  const born = ms(f.geboortedatum);
  const died = f.overlijdensdatum ? ms(f.overlijdensdatum) : undefined;
  const left = f.vertrokkenOp ? ms(f.vertrokkenOp) : undefined;
  const from = Math.max(LOG_FROM, born);
  /** Alive (processing about a living person). */
  const aliveTo = Math.min(LOG_TO, died ?? LOG_TO);
  /** Alive and living in the Netherlands. */
  const nlTo = Math.min(aliveTo, left ?? LOG_TO);
  const ageAt = (t: number) => (t - born) / (365.25 * DAY);
  const gm = f.gemeentecode;
  const gmAct = (key: string) => (gm ? A(`gemeente-${gm}:${key}`) : -1);
  const everWorked =
    f.inkomstenbronnen.some((s) => s.soort === 'dienstbetrekking' || s.soort === 'pensioen') || ageAt(LOG_TO) > 30;
  const pensioenfonds = r.pick(PENSIOENFONDSEN);
  const zorgverzekeraar = r.pick(ZORGVERZEKERAARS);
  const active = (s: Inkomstenbron, t: number) => ms(s.van) <= t && (!s.tot || ms(s.tot) >= t);

  // --- 1. BRP changes and the spontaneous provision to every standing recipient (afnemer).
  type Mutatie = { t: number; cats: number; verhuizing: boolean; overlijden: boolean };
  const mutaties: Mutatie[] = [];
  for (let y = from; y < nlTo; y += 365 * DAY) {
    const end = Math.min(y + 365 * DAY, nlTo);
    const age = ageAt(y);
    if (r.chance(age >= 18 && age < 35 ? 0.22 : 0.07))
      mutaties.push({
        t: y + r.next() * (end - y),
        cats: C('naam', 'burgerservicenummer', 'adres'),
        verhuizing: true,
        overlijden: false,
      });
    if (age >= 18 && r.chance(f.heeftPartner ? 0.03 : 0.02))
      mutaties.push({
        t: y + r.next() * (end - y),
        cats: C('naam', 'burgerservicenummer', 'burgerlijke staat'),
        verhuizing: false,
        overlijden: false,
      });
    if (age >= 22 && age < 43 && r.chance(0.06))
      mutaties.push({
        t: y + r.next() * (end - y),
        cats: C('burgerservicenummer', 'kinderen'),
        verhuizing: false,
        overlijden: false,
      });
  }
  // The death notice is processed a few days after the death; skip it if that is after today.
  if (died !== undefined && died >= LOG_FROM && died < LOG_TO - 5 * DAY)
    mutaties.push({
      t: died,
      cats: C('naam', 'burgerservicenummer', 'overlijden'),
      verhuizing: false,
      overlijden: true,
    });

  for (const m of mutaties) {
    const t0 = m.overlijden ? m.t + r.int(1, 4) * DAY : m.t;
    let parent = -1;
    if (gm) {
      parent = b.emit(gmAct('bijhouding'), office(r, t0), m.cats, m.overlijden ? { human: false } : {});
      if (m.verhuizing) b.emit(gmAct('adrescontrole'), b.start[parent]! + r.int(1, 30) * 1000, ALL, { parent });
    }
    const base = gm ? b.start[parent]! + r.int(2, 50) * MIN : office(r, t0);
    const age = ageAt(m.t);
    const afnemers: string[] = ['belastingdienst-brp', 'svb-brp', zorgverzekeraar];
    if (everWorked && age >= 18) afnemers.push(pensioenfonds);
    if (f.inkomstenbronnen.some((s) => active(s, m.t) && s.soort !== 'AOW' && s.soort !== 'pensioen'))
      afnemers.push('uwv-brp');
    if (age >= 16 && age < 35) afnemers.push('duo-brp');
    if (f.voertuigenSinds.length && (m.verhuizing || m.overlijden)) afnemers.push('rdw-brp');
    for (const key of afnemers) {
      const act = A(key);
      const org = organisatieIndex(ACTIVITIES[act]!.organisatie);
      const t = base + r.int(0, 600) * 1000;
      const root = b.emit(A('rvig-verstrekking'), t, m.cats, { recipient: org, ...(parent >= 0 ? { parent } : {}) });
      b.emit(act, t + r.int(1, 240) * 1000, m.cats, { parent: root });
    }
    if (m.overlijden && gm) {
      const t = m.t + r.int(30, 120) * DAY;
      if (t < LOG_TO) b.emit(gmAct('archivering'), night(r, t), ALL);
    }
  }

  // --- 2. Monthly and quarterly machine traffic.
  for (const mo of months(from, aliveTo)) {
    const age = ageAt(mo);
    const inNl = mo < nlTo;
    const dayOf = (lo: number, hi: number) => {
      const t = mo + r.int(lo, hi) * DAY;
      return t >= from && t < aliveTo ? t : -1;
    };
    for (const s of f.inkomstenbronnen) {
      if (!active(s, mo)) continue;
      let t = dayOf(4, 20);
      if (t >= 0)
        b.emit(
          A('uwv-polis'),
          night(r, t),
          C('burgerservicenummer', s.soort === 'dienstbetrekking' ? 'dienstverband' : 'uitkering', 'inkomen'),
        );
      t = dayOf(18, 24);
      if (t < 0) continue;
      if (s.soort === 'AOW') b.emit(A('svb-aow'), night(r, t), ALL);
      else if (s.soort === 'pensioen') b.emit(A('pensioen-uitkering'), night(r, t), ALL);
      else if (s.soort === 'WW') b.emit(A('uwv-ww'), office(r, t), ALL);
      else if (s.soort === 'Participatiewet' && gm && inNl) b.emit(gmAct('bijstand'), office(r, t), ALL);
    }
    if (inNl && age >= 18 && age < 30 && f.schoolVerlaten && ms(f.schoolVerlaten) > mo) {
      const t = dayOf(20, 23);
      if (t >= 0) b.emit(A('duo-studiefinanciering'), night(r, t), ALL);
    }
    if (!inNl) continue;
    for (const sinds of f.voertuigenSinds) {
      if (ms(sinds) > mo) continue;
      const t = dayOf(0, 27);
      if (t >= 0) b.emit(A('rdw-verzekeringscontrole'), night(r, t), ALL);
      const month = new Date(mo).getUTCMonth();
      if (month % 3 === 0) {
        const q = dayOf(0, 9);
        if (q >= 0) b.emit(A('belastingdienst-mrb'), night(r, q), ALL);
      }
    }
    if (new Date(mo).getUTCMonth() % 3 === 0) {
      for (let o = 0; o < f.ondernemingen; o++) {
        const t = dayOf(25, 30);
        if (t >= 0) b.emit(A('belastingdienst-omzetbelasting'), night(r, t), ALL);
      }
    }
  }
  const lowIncome = r.chance(0.3);
  const cak = ageAt(LOG_TO) >= 75 && r.chance(0.3);
  if (lowIncome || cak) {
    for (const mo of months(from, nlTo)) {
      const t = mo + r.int(2, 12) * DAY;
      if (t < from || t >= nlTo) continue;
      if (lowIncome && ageAt(t) >= 18) b.emit(A('toeslagen-toetsing'), night(r, t), ALL);
      if (cak) b.emit(A('cak-eigen-bijdrage'), night(r, t + DAY), ALL);
    }
  }

  // --- 3. Yearly cycles.
  const firstYear = new Date(from).getUTCFullYear();
  const lastYear = new Date(LOG_TO).getUTCFullYear();
  for (let y = firstYear; y <= lastYear; y++) {
    const jan = Date.UTC(y, 0, 1);
    const inWindow = (t: number, to = nlTo) => t >= from && t < to;
    const at = (m: number, d0: number, d1: number) => Date.UTC(y, m, r.int(d0, d1));
    const adult = ageAt(jan) >= 18;
    const hadIncome = f.inkomstenbronnen.some((s) => active(s, Date.UTC(y - 1, 6, 1))) || f.ondernemingen > 0;
    let t = at(0, 2, 28);
    if (adult && inWindow(t, aliveTo)) b.emit(A('belastingdienst-selectie-aanslag'), night(r, t), ALL);
    if (adult && hadIncome) {
      t = at(2, 1, 10);
      if (inWindow(t, aliveTo)) b.emit(A('belastingdienst-aangifte-ib'), night(r, t), ALL, { human: false });
      t = at(3, 1, 30);
      if (inWindow(t, aliveTo)) b.emit(A('belastingdienst-aangifte-ib'), office(r, t), ALL);
      t = at(6, 1, 28);
      if (inWindow(t, aliveTo)) b.emit(A('belastingdienst-bri'), night(r, t), ALL);
    }
    t = at(r.int(0, 10), 1, 28);
    if (inWindow(t, aliveTo)) b.emit(A('cbs-statistiek'), night(r, t), ALL);
    t = at(9, 1, 28);
    if (adult && inWindow(t)) b.emit(A('svb-onverzekerden'), night(r, t), ALL);
    if (gm) {
      for (let p = 0; p < f.eigendommen; p++) {
        t = at(1, 1, 27);
        if (!inWindow(t, aliveTo)) continue;
        const woz = b.emit(gmAct('woz'), night(r, t), ALL);
        b.emit(gmAct('belastingen'), b.start[woz]! + r.int(1, 20) * MIN, ALL, { parent: woz });
      }
    }
    for (const sinds of f.voertuigenSinds) {
      t = at(r.int(0, 11), 1, 28);
      if (ms(sinds) < t && inWindow(t)) b.emit(A('rdw-apk'), office(r, t), ALL, { human: false });
    }
    for (let o = 0; o < f.ondernemingen; o++) {
      t = at(r.int(0, 11), 1, 28);
      if (r.chance(0.35) && inWindow(t)) b.emit(A('kvk-registratie'), office(r, t), ALL);
    }
  }

  // --- 4. Ad-hoc look-ups: by a person at a desk, or by a machine.
  if (gm) {
    spread(r, 0.1, from, nlTo, (t) => b.emit(gmAct('reisdocument'), office(r, t), ALL));
    spread(r, 0.05, from, nlTo, (t) => b.emit(gmAct('uittreksel'), office(r, t), ALL));
    spread(r, 0.012, from, nlTo, (t) => b.emit(gmAct('adresonderzoek'), office(r, t), ALL));
    const adultFrom = Math.max(from, ms(addYears(f.geboortedatum, 17)));
    spread(r, 0.07, adultFrom, nlTo, (t) => b.emit(gmAct('rijbewijs'), office(r, t), ALL));
  }
  const adultFrom = Math.max(from, ms(addYears(f.geboortedatum, 14)));
  spread(r, 0.04, adultFrom, nlTo, (t) =>
    b.emit(A('politie-identiteit'), street(r, t), C('naam', 'burgerservicenummer', 'geboortedatum', 'adres')),
  );
  for (const sinds of f.voertuigenSinds) {
    const vFrom = Math.max(from, ms(sinds));
    if (vFrom < nlTo && ms(sinds) >= from) b.emit(A('rdw-tenaamstelling'), office(r, ms(sinds)), ALL);
    spread(r, 0.35, vFrom, nlTo, (t) => {
      const root = b.emit(A('cjib-inning'), night(r, t), ALL);
      b.emit(A('cjib-brp'), b.start[root]! + r.int(1, 30) * 1000, ALL, { parent: root });
    });
    const scans = f.parkeerScansPerJaar ?? (gm && GROTE_STEDEN.has(gm) ? r.int(0, 30) : r.int(0, 4));
    if (gm) spread(r, scans, vFrom, nlTo, (t) => b.emit(gmAct('parkeerhandhaving'), street(r, t), ALL));
  }
  for (let o = 0; o < f.ondernemingen; o++) {
    spread(r, f.kvkOpvragingenPerJaar ?? r.int(2, 12), from, aliveTo, (t) =>
      b.emit(A('kvk-verstrekking'), street(r, t), ALL),
    );
  }
  for (let p = 0; p < f.eigendommen; p++) {
    spread(r, 1.5, from, aliveTo, (t) => b.emit(A('kadaster-inzage'), street(r, t), ALL));
    if (r.chance(0.12)) {
      // A sale or new mortgage: the notary asks the BRP, then the deed is registered.
      const t = from + r.next() * Math.max(0, nlTo - from);
      if (t < nlTo) {
        const notaris = b.emit(A(r.chance(0.5) ? 'notaris-west-brp' : 'notaris-oost-brp'), office(r, t), ALL);
        b.emit(A('kadaster-inschrijving'), office(r, t + r.int(1, 14) * DAY), ALL, { parent: notaris });
      }
    }
  }
  if (!f.eigendommen)
    spread(r, 0.01, Math.max(from, ms(addYears(f.geboortedatum, 18))), nlTo, (t) =>
      b.emit(A(r.chance(0.5) ? 'notaris-west-brp' : 'notaris-oost-brp'), office(r, t), ALL),
    );
  if (f.schoolVerlaten && ms(f.schoolVerlaten) >= from && ms(f.schoolVerlaten) < nlTo)
    b.emit(A('duo-diplomaregister'), night(r, ms(f.schoolVerlaten) + r.int(5, 40) * DAY), ALL);

  // --- 5. Confidential processing, for about 5% of subjects (6% drawn; some have no window left). Each is its own trace with no
  // non-confidential span in it: a visible child or parent would reveal the investigation.
  if (r.chance(0.06) && from < nlTo) {
    const n = r.int(1, 4);
    for (let i = 0; i < n; i++) {
      const t = office(r, from + r.next() * (nlTo - from));
      const kind = r.int(0, 9);
      if (kind <= 4) {
        const root = b.emit(A('politie-opsporing'), t, ALL);
        b.emit(A('rvig-verstrekking-vertrouwelijk'), b.start[root]! + r.int(1, 20) * 1000, ALL, {
          parent: root,
          recipient: organisatieIndex('politie'),
        });
      } else if (kind <= 6 && f.voertuigenSinds.length) {
        b.emit(A('politie-kentekenonderzoek'), t, ALL);
      } else if (kind <= 8 && (f.ondernemingen || f.inkomstenbronnen.length)) {
        b.emit(A('fiod-opsporing'), t, ALL);
      } else {
        const root = b.emit(A('aivd-onderzoek'), t, ALL);
        b.emit(A('rvig-verstrekking-vertrouwelijk'), b.start[root]! + r.int(1, 20) * 1000, ALL, {
          parent: root,
          recipient: organisatieIndex('aivd'),
        });
      }
    }
  }

  return b.finish(f.key, f.idType);
}

// ---------------------------------------------------------------------------------------
// Ids and the LDV record

function mix(a: number): number {
  a = Math.imul(a ^ (a >>> 16), 0x7feb352d);
  a = Math.imul(a ^ (a >>> 15), 0x846ca68b);
  return (a ^ (a >>> 16)) >>> 0;
}
function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
const hex8 = (n: number) => n.toString(16).padStart(8, '0');
function idWords(subjectHash: number, seq: number, salt: number, words: number): string {
  let out = '';
  for (let w = 0; w < words; w++) out += hex8(mix(subjectHash ^ mix(seq * 8 + w + salt)));
  return out;
}

/** W3C trace-context trace id (32 hex) for a trace root, written as the uuid the LDV spec requires (`TraceID`, format uuid). */
export function traceIdFor(subjectHash: number, rootSeq: number): string {
  const h = idWords(subjectHash, rootSeq, 0x51ed, 4);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
/** W3C span id: 16 hex characters. */
export const spanIdFor = (subjectHash: number, seq: number): string => idWords(subjectHash, seq, 0x5a7, 2);

/**
 * The LDV lezen 1.1.0 `ProcessingActivity`, with the standard attributes only: the register
 * reference (the activity *version* in force), the encrypted subject, and for a call from
 * another organisation the `dpl.core.foreign_operation.*` link (LDV 1.0: W3C Trace Context
 * metadata of the caller, kept in attributes prefixed `dpl.core.foreign_operation`).
 *
 * Everything the page shows beyond that (organisation, purpose, law, data categories,
 * recipients) comes from the register. With extensions on (the default gateway mode), two
 * per-event facts no register has are added as `mg.*` (mocks/contracts/ldv-gateway.yaml).
 */
export type LdvRecord = {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  status: 'Ok' | 'Error';
  name: string;
  startTime: number;
  endTime: number;
  resource: { attributes: { 'service.name': string } };
  attributes: {
    'dpl.core.processing_activity_id': string;
    'dpl.core.data_subject_id': string;
    'dpl.core.data_subject_id_type': string;
    'dpl.core.foreign_operation.trace_id'?: string;
    'dpl.core.foreign_operation.span_id'?: string;
    /** The RvVA entity (in its own register) of the calling organisation. */
    'dpl.core.foreign_operation.entity'?: string;
    /** Extension: the data categories used in this event (a subset of the activity's). */
    'mg.data_categories'?: string[];
    /** Extension: true when a person at the organisation looked; false for automated processing. */
    'mg.human'?: boolean;
  };
};

export type RecordOptions = { extensions?: boolean };

/** Category lists per mask, shared between records (a log has only a few distinct masks). */
const categoryLists = new Map<number, string[]>();
function categoryList(mask: number): string[] {
  let list = categoryLists.get(mask);
  if (!list) {
    list = categorieenUitMask(mask);
    categoryLists.set(mask, list);
  }
  return list;
}

/** Register URIs per activity and version, made once. */
const uris = new Map<number, string>();
function uriOf(act: number, start: number): string {
  const version = versionAt(act, start);
  const key = act * 64 + version;
  let uri = uris.get(key);
  if (!uri) {
    uri = activityUri(ACTIVITIES[act]!, version);
    uris.set(key, uri);
  }
  return uri;
}

/** The i-th event (in time order) as an LDV record. */
export function toLdvRecord(log: EventLog, i: number, options: RecordOptions = {}): LdvRecord {
  const act = log.activity[i] ?? 0;
  const a = ACTIVITIES[act]!;
  const seq = log.seq[i] ?? 0;
  const parent = log.parentSeq[i] ?? -1;
  const foreign = log.foreignSeq[i] ?? -1;
  const start = log.start[i] ?? 0;
  const flags = log.flags[i] ?? 0;
  const attributes: LdvRecord['attributes'] = {
    'dpl.core.processing_activity_id': uriOf(act, start),
    'dpl.core.data_subject_id': subjectIdFor(log.subjectKey),
    'dpl.core.data_subject_id_type': SUBJECT_ID_TYPE,
  };
  if (foreign >= 0) {
    attributes['dpl.core.foreign_operation.trace_id'] = traceIdFor(log.subjectHash, log.foreignTraceSeq[i] ?? foreign);
    attributes['dpl.core.foreign_operation.span_id'] = spanIdFor(log.subjectHash, foreign);
    attributes['dpl.core.foreign_operation.entity'] = entityUri(ORGANISATIES[log.foreignOrg[i] ?? 0]!.id);
  }
  if (options.extensions) {
    attributes['mg.data_categories'] = categoryList(log.categories[i] ?? 0);
    attributes['mg.human'] = (flags & FLAG_HUMAN) !== 0;
  }
  const record: LdvRecord = {
    traceId: traceIdFor(log.subjectHash, log.traceSeq[i] ?? seq),
    spanId: spanIdFor(log.subjectHash, seq),
    status: flags & FLAG_ERROR ? 'Error' : 'Ok',
    name: a.handeling,
    startTime: start,
    endTime: start + (log.duration[i] ?? 0),
    resource: { attributes: { 'service.name': a.systeem } },
    attributes,
  };
  if (parent >= 0) record.parentSpanId = spanIdFor(log.subjectHash, parent);
  return record;
}

/** Whether the i-th event is confidential (a typed-array lookup, for filtering large logs). */
export const isConfidentialEvent = (log: EventLog, i: number): boolean =>
  CONFIDENTIAL_BY_INDEX[log.activity[i] ?? 0] !== 0;

const cache = new Map<string, EventLog>();
const CACHE_SIZE = 16;
/** A BRP test person's full log, cached (a few recent subjects) because the app asks repeatedly. Undefined for an unknown BSN. */
export function eventsForBsn(bsn: string): EventLog | undefined {
  const hit = cache.get(bsn);
  if (hit) {
    cache.delete(bsn);
    cache.set(bsn, hit);
    return hit;
  }
  const facts = factsForBsn(bsn);
  if (!facts) return undefined;
  const log = generate(facts);
  cache.set(bsn, log);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
  return log;
}

// ---------------------------------------------------------------------------------------
// Events outside the generated log

/**
 * One processing event on top of the generated log: a look-up simulated by the dev control
 * (issue 4), or any later kind of per-subject record (issue 15: an auditor's reveal). The
 * sources are listed in ./extra.ts; they become LDV records the same way generated ones do.
 */
export type ExtraEvent = {
  /** Index into ACTIVITIES. */
  activity: number;
  start: number;
  duration: number;
  human: boolean;
  /** Bit mask over CATEGORIEEN (as in the generated log). */
  categories: number;
  traceId: string;
  spanId: string;
  failed?: boolean;
};

export function extraToLdvRecord(subjectKey: string, e: ExtraEvent, options: RecordOptions = {}): LdvRecord {
  const a = ACTIVITIES[e.activity]!;
  const attributes: LdvRecord['attributes'] = {
    'dpl.core.processing_activity_id': uriOf(e.activity, e.start),
    'dpl.core.data_subject_id': subjectIdFor(subjectKey),
    'dpl.core.data_subject_id_type': SUBJECT_ID_TYPE,
  };
  if (options.extensions) {
    attributes['mg.data_categories'] = categoryList(e.categories);
    attributes['mg.human'] = e.human;
  }
  return {
    traceId: e.traceId,
    spanId: e.spanId,
    status: e.failed ? 'Error' : 'Ok',
    name: a.handeling,
    startTime: e.start,
    endTime: e.start + e.duration,
    resource: { attributes: { 'service.name': a.systeem } },
    attributes,
  };
}
