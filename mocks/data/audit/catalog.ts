/**
 * What every audit engine shares (issue 15): the activity table of the auditor universe (the
 * register's activities plus "phantom" ones nobody registered), its small per-activity
 * lookup columns, and the day → month calendar of the log. The in-page engine reads these as
 * typed arrays; the DuckDB engine loads the same rows into an `activities` table, so both
 * answer from one definition.
 */
import { registryIds, type RegistryId } from '@/lib/registries';
import { LOG_FROM, LOG_TO } from '../verwerkingen/events';
import {
  ACTIVITIES,
  CATEGORIEEN,
  ORGANISATIES,
  categorieMask,
  organisatieIndex,
  uuidVoor,
  type DpvLegalBasis,
  type Verstrekkingswijze,
} from '../verwerkingen/register';

export type AuditActivity = {
  id: string;
  naam: string;
  organisatie: number;
  bron: RegistryId;
  legalBasis: DpvLegalBasis[];
  inRegister: boolean;
  mask: number;
  naOverlijden: boolean;
  vertrouwelijk: boolean;
  prive: boolean;
  handeling: string;
  /** Undefined for a phantom (nobody registered how the data was obtained). */
  verstrekkingswijze: Verstrekkingswijze | undefined;
};

/** Processing nobody registered (planted anomalies). */
const PHANTOMS: AuditActivity[] = [
  {
    id: uuidVoor('activity:fantoom-hellevoetsluis'),
    naam: 'Bevraging BRP (niet geregistreerd)',
    handeling: 'Persoon opzoeken',
    organisatie: organisatieIndex('gemeente-0530'),
    bron: 'brp',
    legalBasis: [],
    inRegister: false,
    mask: 0xffffffff,
    naOverlijden: false,
    vertrouwelijk: false,
    prive: false,
    verstrekkingswijze: undefined,
  },
  {
    id: uuidVoor('activity:fantoom-notaris'),
    naam: 'Opvragen adres (niet geregistreerd)',
    handeling: 'Adres opvragen',
    organisatie: organisatieIndex('notaris-oost'),
    bron: 'brp',
    legalBasis: [],
    inRegister: false,
    mask: 0xffffffff,
    naOverlijden: false,
    vertrouwelijk: false,
    prive: true,
    verstrekkingswijze: undefined,
  },
];
export const PHANTOM_COUNT = PHANTOMS.length;

export const AUDIT_ACTIVITIES: readonly AuditActivity[] = [
  ...ACTIVITIES.map((a) => {
    const org = organisatieIndex(a.organisatie);
    return {
      id: a.id,
      naam: a.naam,
      handeling: a.handeling,
      organisatie: org,
      bron: a.bron,
      legalBasis: a.legalBasis,
      inRegister: true,
      mask: categorieMask(a.categorieen),
      naOverlijden: a.naOverlijden,
      vertrouwelijk: a.vertrouwelijk,
      prive: ORGANISATIES[org]!.soort === 'notaris',
      verstrekkingswijze: a.verstrekkingswijze,
    };
  }),
  ...PHANTOMS,
];
export const LEGAL_BASES: readonly DpvLegalBasis[] = [
  'Consent',
  'Contract',
  'LegalObligation',
  'LegitimateInterest',
  'OfficialAuthorityOfController',
  'PublicInterest',
  'VitalInterest',
];
export const CATEGORY_NAMES: readonly string[] = CATEGORIEEN;

export const ACTIVITY_ORG = Uint16Array.from(AUDIT_ACTIVITIES, (a) => a.organisatie);
export const ACTIVITY_BRON = Uint8Array.from(AUDIT_ACTIVITIES, (a) => registryIds.indexOf(a.bron));
export const ACTIVITY_LEGAL = Uint8Array.from(AUDIT_ACTIVITIES, (a) =>
  a.legalBasis.reduce((m, l) => m | (1 << LEGAL_BASES.indexOf(l)), 0),
);
/** 1 when the activity is in the register with at least one legal basis. */
export const ACTIVITY_KNOWN = Uint8Array.from(AUDIT_ACTIVITIES, (a) =>
  a.inRegister && a.legalBasis.length > 0 ? 1 : 0,
);
export const ACTIVITY_MASK = Uint32Array.from(AUDIT_ACTIVITIES, (a) => a.mask);
export const ACTIVITY_AFTER_DEATH = Uint8Array.from(AUDIT_ACTIVITIES, (a) => (a.naOverlijden ? 1 : 0));
export const ACTIVITY_PRIVATE = Uint8Array.from(AUDIT_ACTIVITIES, (a) => (a.prive ? 1 : 0));
export const ACTIVITY_CONFIDENTIAL = Uint8Array.from(AUDIT_ACTIVITIES, (a) => (a.vertrouwelijk ? 1 : 0));
export const activityByUuid = new Map(AUDIT_ACTIVITIES.map((a, i) => [a.id, i]));

// ---------------------------------------------------------------------------------------
// Calendar: the log's days (UTC, day 0 = LOG_FROM) and the month each belongs to.

export const DAY_MS = 86_400_000;
export const DAYS = Math.ceil((LOG_TO - LOG_FROM) / DAY_MS) + 1;
/** Day index of a moment, clamped to the log (every record lies inside it). */
export const dayIndex = (t: number): number => Math.min(DAYS - 1, Math.max(0, Math.floor((t - LOG_FROM) / DAY_MS)));
export const MONTHS: readonly string[] = (() => {
  const out: string[] = [];
  const first = new Date(LOG_FROM);
  for (
    let t = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1);
    t < LOG_TO;
    t = Date.UTC(new Date(t).getUTCFullYear(), new Date(t).getUTCMonth() + 1, 1)
  )
    out.push(new Date(t).toISOString().slice(0, 7));
  return out;
})();
export const MONTH_OF_DAY = Uint8Array.from({ length: DAYS }, (_, d) =>
  Math.max(0, MONTHS.indexOf(new Date(LOG_FROM + d * DAY_MS).toISOString().slice(0, 7))),
);
