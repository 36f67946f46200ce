/**
 * Anomaly rules for the auditor workspace (issue 6): pure functions over the columnar
 * record store. No I/O, no clock, no randomness: the same columns give the same flags, so
 * the unit tests can prove each rule finds its planted anomalies and leaves others alone.
 *
 * Times are handled in UTC; Dutch office hours are approximated as CET (UTC+1), so in
 * summer the night window is one hour later in local time. Stated in the explanation.
 */

export const ANOMALY_KINDS = [
  'geen-grondslag',
  'categorie-buiten-doel',
  'volume-piek',
  'buiten-kantoortijd',
  'herhaald-opgevraagd',
  'geheim-of-overleden',
] as const;
export type AnomalyKind = (typeof ANOMALY_KINDS)[number];

export const ANOMALY_BIT: Readonly<Record<AnomalyKind, number>> = {
  'geen-grondslag': 1,
  'categorie-buiten-doel': 2,
  'volume-piek': 4,
  'buiten-kantoortijd': 8,
  'herhaald-opgevraagd': 16,
  'geheim-of-overleden': 32,
};

export const kindsFromMask = (mask: number): AnomalyKind[] =>
  ANOMALY_KINDS.filter((k) => (mask & ANOMALY_BIT[k]) !== 0);

/** Thresholds of the rules, in one place so the explanations can quote them. */
export const RULE_PARAMS = {
  /** Night: from 21:00 to 06:00 Dutch winter time (20:00–05:00 UTC). */
  nightFromUtcHour: 20,
  nightToUtcHour: 5,
  /** A day is a spike when an organisation's human look-ups exceed this many times its own daily average… */
  spikeFactor: 6,
  /** Days on either side that make the baseline. */
  spikeWindowDays: 14,
  /** …and at least this many look-ups (so a small organisation's one busy morning is no spike). */
  spikeMinimum: 30,
  /** This many human look-ups of one person by one organisation… */
  repeatCount: 4,
  /** …within this many milliseconds. */
  repeatWindowMs: 24 * 3_600_000,
  /** Processing more than this long after a death, by an activity not meant for after death. */
  deathGraceMs: 30 * 86_400_000,
} as const;

export const ANOMALY_EXPLANATION: Readonly<Record<AnomalyKind, { nl: string; en: string }>> = {
  'geen-grondslag': {
    nl: 'De verwerking staat niet in het register van verwerkingsactiviteiten, of er staat geen wettelijke grondslag bij. Dan is niet te controleren of de organisatie deze gegevens mocht gebruiken.',
    en: 'The processing is not in the register of processing activities, or it has no legal basis there. Then nobody can check whether the organisation was allowed to use this data.',
  },
  'categorie-buiten-doel': {
    nl: 'De organisatie gebruikte een soort gegevens die niet bij deze verwerking hoort. Volgens het register mag zij voor dit doel alleen andere gegevens gebruiken.',
    en: 'The organisation used a kind of data that does not belong to this processing. According to the register it may only use other data for this purpose.',
  },
  'volume-piek': {
    nl: `Op deze dag zocht de organisatie veel meer mensen op dan normaal: meer dan ${RULE_PARAMS.spikeFactor} keer haar eigen daggemiddelde in de vier weken eromheen (en minstens ${RULE_PARAMS.spikeMinimum} keer). Dat kan een lek of misbruik zijn.`,
    en: `On this day the organisation looked up far more people than usual: more than ${RULE_PARAMS.spikeFactor} times its own daily average in the surrounding four weeks (and at least ${RULE_PARAMS.spikeMinimum}). That may be a leak or misuse.`,
  },
  'buiten-kantoortijd': {
    nl: 'Een medewerker zocht deze persoon op tussen 21.00 en 6.00 uur (wintertijd). Computers werken ook ’s nachts, mensen meestal niet.',
    en: 'An employee looked this person up between 21:00 and 06:00 (Dutch winter time). Computers work at night, people usually do not.',
  },
  'herhaald-opgevraagd': {
    nl: `Een medewerker van dezelfde organisatie zocht dezelfde persoon ${RULE_PARAMS.repeatCount} keer of vaker op binnen 24 uur. Dat kan nieuwsgierigheid zijn in plaats van werk.`,
    en: `Employees of one organisation looked up the same person ${RULE_PARAMS.repeatCount} times or more within 24 hours. That may be curiosity rather than work.`,
  },
  'geheim-of-overleden': {
    nl: 'De persoon heeft geheimhouding van zijn gegevens gevraagd en een private partij zocht hem op, of de persoon was al meer dan 30 dagen overleden en de verwerking hoort niet bij de afhandeling van een overlijden.',
    en: 'The person asked for their data to be kept secret and a private party looked them up, or the person had died more than 30 days earlier and the processing is not part of handling a death.',
  },
};

/** Columns the rules read (a subset of the universe's store). */
export type RuleInput = {
  length: number;
  subject: Uint32Array;
  start: Float64Array;
  activity: Uint16Array;
  categories: Uint32Array;
  /** Bit 1: a person (not a machine) did it. */
  human: Uint8Array;
  /** Per activity index: 1 when the activity is in the register with at least one legal basis. */
  activityKnown: Uint8Array;
  /** Per activity index: the data categories it may use (bit mask). */
  activityMask: Uint32Array;
  /** Per activity index: the organisation (index) that performs it. */
  activityOrg: Uint16Array;
  /** Per activity index: 1 when it may happen after a death (death notice, archiving). */
  activityAfterDeath: Uint8Array;
  /** Per activity index: 1 when a private party (notary) does it. */
  activityPrivate: Uint8Array;
  organisationCount: number;
  /** Per subject: 1 when the person has geheimhouding. */
  subjectSecret: Uint8Array;
  /** Per subject: date of death in ms, or NaN. */
  subjectDeath: Float64Array;
  /** The period the log covers (for the daily average). */
  from: number;
  to: number;
};

const DAY = 86_400_000;
const HOUR = 3_600_000;

export function isNight(t: number): boolean {
  const h = Math.floor((((t % DAY) + DAY) % DAY) / HOUR);
  return h >= RULE_PARAMS.nightFromUtcHour || h < RULE_PARAMS.nightToUtcHour;
}

/** Runs every rule; returns one bit mask (ANOMALY_BIT) per record. */
export function detectAnomalies(input: RuleInput): Uint8Array {
  const out = new Uint8Array(input.length);
  recordRules(input, out);
  volumeSpikes(input, out);
  repeatedLookups(input, out);
  return out;
}

/** The per-record rules: register, categories, night, secrecy/death. */
function recordRules(x: RuleInput, out: Uint8Array): void {
  for (let i = 0; i < x.length; i++) {
    const a = x.activity[i]!;
    let m = 0;
    if (!x.activityKnown[a]) m |= ANOMALY_BIT['geen-grondslag'];
    else if ((x.categories[i]! & ~x.activityMask[a]!) >>> 0 !== 0) m |= ANOMALY_BIT['categorie-buiten-doel'];
    const human = x.human[i] === 1;
    if (human && isNight(x.start[i]!)) m |= ANOMALY_BIT['buiten-kantoortijd'];
    const s = x.subject[i]!;
    const died = x.subjectDeath[s]!;
    if (!Number.isNaN(died) && x.start[i]! > died + RULE_PARAMS.deathGraceMs && !x.activityAfterDeath[a])
      m |= ANOMALY_BIT['geheim-of-overleden'];
    if (x.subjectSecret[s] && x.activityPrivate[a] && human) m |= ANOMALY_BIT['geheim-of-overleden'];
    out[i] = m;
  }
}

/** Human look-ups per organisation per day, against that organisation's own daily average. */
function volumeSpikes(x: RuleInput, out: Uint8Array): void {
  const days = Math.max(1, Math.ceil((x.to - x.from) / DAY));
  const counts = new Uint32Array(x.organisationCount * days);
  const totals = new Float64Array(x.organisationCount);
  const dayOf = (t: number) => Math.min(days - 1, Math.max(0, Math.floor((t - x.from) / DAY)));
  for (let i = 0; i < x.length; i++) {
    if (x.human[i] !== 1) continue;
    const org = x.activityOrg[x.activity[i]!]!;
    counts[org * days + dayOf(x.start[i]!)]!++;
    totals[org]!++;
  }
  // Baseline: the organisation's own average over the 14 days on either side (not the day
  // itself), and never below its average over the whole period. A centred window keeps
  // seasonal work (tax returns in April) from looking like a spike on its first day.
  const w = RULE_PARAMS.spikeWindowDays;
  const spike = new Uint8Array(counts.length);
  const prefix = new Float64Array(days + 1);
  let any = false;
  for (let org = 0; org < x.organisationCount; org++) {
    if (totals[org]! <= RULE_PARAMS.spikeMinimum) continue;
    for (let d = 0; d < days; d++) prefix[d + 1] = prefix[d]! + counts[org * days + d]!;
    const overall = totals[org]! / days;
    for (let d = 0; d < days; d++) {
      const c = counts[org * days + d]!;
      if (c <= RULE_PARAMS.spikeMinimum) continue;
      const lo = Math.max(0, d - w);
      const hi = Math.min(days, d + w + 1);
      const around = (prefix[hi]! - prefix[lo]! - c) / Math.max(1, hi - lo - 1);
      if (c > RULE_PARAMS.spikeFactor * Math.max(around, overall)) {
        spike[org * days + d] = 1;
        any = true;
      }
    }
  }
  if (!any) return;
  for (let i = 0; i < x.length; i++) {
    if (x.human[i] !== 1) continue;
    if (spike[x.activityOrg[x.activity[i]!]! * days + dayOf(x.start[i]!)]) out[i]! |= ANOMALY_BIT['volume-piek'];
  }
}

/** The same person looked up by people of one organisation at least repeatCount times within the window. */
function repeatedLookups(x: RuleInput, out: Uint8Array): void {
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x.human[i] === 1) n++;
  const idx = new Uint32Array(n);
  n = 0;
  for (let i = 0; i < x.length; i++) if (x.human[i] === 1) idx[n++] = i;
  const org = (i: number) => x.activityOrg[x.activity[i]!]!;
  idx.sort((a, b) => x.subject[a]! - x.subject[b]! || org(a) - org(b) || x.start[a]! - x.start[b]!);
  const k = RULE_PARAMS.repeatCount;
  for (let p = 0; p + k - 1 < n; p++) {
    const a = idx[p]!;
    const b = idx[p + k - 1]!;
    if (x.subject[a] !== x.subject[b] || org(a) !== org(b)) continue;
    if (x.start[b]! - x.start[a]! > RULE_PARAMS.repeatWindowMs) continue;
    for (let q = p; q < p + k; q++) out[idx[q]!]! |= ANOMALY_BIT['herhaald-opgevraagd'];
  }
}

/** Precision and recall of one rule against the planted set: planted[i] holds the kind bit planted at record i. */
export function ruleScore(
  flags: Uint8Array,
  planted: Uint8Array,
  kind: AnomalyKind,
): { flagged: number; planted: number; found: number; precision: number; recall: number } {
  const bit = ANOMALY_BIT[kind];
  let flagged = 0;
  let plantedCount = 0;
  let found = 0;
  for (let i = 0; i < flags.length; i++) {
    const f = (flags[i]! & bit) !== 0;
    const p = (planted[i]! & bit) !== 0;
    if (f) flagged++;
    if (p) plantedCount++;
    if (f && p) found++;
  }
  return {
    flagged,
    planted: plantedCount,
    found,
    precision: flagged ? found / flagged : 1,
    recall: plantedCount ? found / plantedCount : 1,
  };
}
