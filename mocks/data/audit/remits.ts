/**
 * What each supervisor may look at (issue 15), as data: the `Bevoegdheid` of
 * mocks/contracts/audit.yaml. The gateway resolves a remit to the set of activities (and
 * organisations) it covers and applies it to every list, count, export, anomaly, SLA figure
 * and subject timeline, and refuses (403) a filter or a person outside it. The client only
 * shows what the gateway sends.
 *
 *  - A municipality's functionaris gegevensbescherming: that municipality's processing only
 *    (GDPR art. 38, 39).
 *  - RvIG's auditor: RvIG's own processing, and its disclosures from the BRP as the
 *    receiving organisations logged them (standing, ad-hoc and bulk provisions), except
 *    municipalities' own use of their BRP, supervisors' reveals and confidential processing
 *    of other bodies.
 *  - The Autoriteit Persoonsgegevens: every organisation under its supervision, not the
 *    intelligence services (UAVG art. 6; those are supervised by the CTIVD, Wiv 2017).
 *  - The CTIVD: the intelligence services only.
 */
import {
  ORGANISATIES,
  organisatieIndex,
  type OrganisatieSoort,
  type Verstrekkingswijze,
} from '../verwerkingen/register';
import type { RegistryId } from '@/lib/registries';
import { AUDIT_ACTIVITIES } from './catalog';

export const REMIT_IDS = ['fg-rotterdam', 'rvig', 'ap', 'ctivd'] as const;
export type RemitId = (typeof REMIT_IDS)[number];

export type RemitDefinition = {
  id: RemitId;
  /** The organisation the auditors work for (a key in the register). */
  toezichthouder: string;
  rol: 'functionaris-gegevensbescherming' | 'toezichthouder';
  /** The register activity (key) a reveal is logged under in the person's own processing log. */
  activiteit: string;
  wettelijkeBasis: string;
  uitleg: { nl: string; en: string };
  /** Whole organisations whose processing is in the remit: by key, or by kind minus exceptions. */
  organisaties: { keys?: string[]; soorten?: OrganisatieSoort[] | 'alle'; behalveSoorten?: OrganisatieSoort[] };
  /** Also in the remit: disclosures from this registry, as the receiving organisations logged them. */
  verstrekkingenUit?: { registratie: RegistryId; wijzen: Verstrekkingswijze[]; behalveSoorten: OrganisatieSoort[] };
  /** Other remits whose actions on the access trail this body may read (besides its own). */
  toegangslogboekVan: RemitId[];
  /** A reveal of a person with geheimhouding needs a second auditor of the same body. */
  vierOgenBijGeheimhouding: boolean;
};

export const REMITS: readonly RemitDefinition[] = [
  {
    id: 'fg-rotterdam',
    activiteit: 'gemeente-0599:fg-controle',
    toezichthouder: 'gemeente-0599',
    rol: 'functionaris-gegevensbescherming',
    wettelijkeBasis: 'AVG art. 38 en 39',
    uitleg: {
      nl: 'U bent functionaris gegevensbescherming van de gemeente Rotterdam. U ziet alleen wat de gemeente Rotterdam zelf met persoonsgegevens deed.',
      en: 'You are the data protection officer of the municipality of Rotterdam. You only see what the municipality of Rotterdam itself did with personal data.',
    },
    organisaties: { keys: ['gemeente-0599'] },
    toegangslogboekVan: [],
    vierOgenBijGeheimhouding: true,
  },
  {
    id: 'rvig',
    activiteit: 'rvig-privacycontrole',
    toezichthouder: 'rvig',
    rol: 'functionaris-gegevensbescherming',
    wettelijkeBasis: 'AVG art. 38 en 39; Wet BRP (verstrekkingen uit de BRP)',
    uitleg: {
      nl: 'U controleert de Rijksdienst voor Identiteitsgegevens. U ziet wat RvIG zelf deed en wat organisaties ontvingen of opvroegen uit de BRP. Niet: wat gemeenten met hun eigen BRP-gegevens doen, en niet het vertrouwelijke werk van andere organisaties.',
      en: 'You audit the National Office for Identity Data (RvIG). You see what RvIG itself did and what organisations received or requested from the BRP. Not: what municipalities do with their own BRP data, and not other organisations’ confidential work.',
    },
    organisaties: { keys: ['rvig'] },
    verstrekkingenUit: {
      registratie: 'brp',
      wijzen: ['spontaan', 'adhoc', 'selectie'],
      behalveSoorten: ['gemeente', 'inlichtingendienst', 'toezichthouder'],
    },
    toegangslogboekVan: [],
    vierOgenBijGeheimhouding: true,
  },
  {
    id: 'ap',
    activiteit: 'ap-toezicht',
    toezichthouder: 'ap',
    rol: 'toezichthouder',
    wettelijkeBasis: 'AVG art. 57 en 58; Uitvoeringswet AVG art. 6',
    uitleg: {
      nl: 'U ziet alle organisaties waarop de Autoriteit Persoonsgegevens (AP) toezicht houdt. Niet de inlichtingen- en veiligheidsdiensten: daarop houdt de CTIVD toezicht.',
      en: 'You see every organisation the Dutch Data Protection Authority (AP) supervises. Not the intelligence and security services: the CTIVD supervises those.',
    },
    organisaties: { soorten: 'alle', behalveSoorten: ['inlichtingendienst'] },
    toegangslogboekVan: ['fg-rotterdam', 'rvig'],
    vierOgenBijGeheimhouding: true,
  },
  {
    id: 'ctivd',
    activiteit: 'ctivd-toezicht',
    toezichthouder: 'ctivd',
    rol: 'toezichthouder',
    wettelijkeBasis: 'Wet op de inlichtingen- en veiligheidsdiensten 2017 (toezicht door de CTIVD)',
    uitleg: {
      nl: 'U ziet alleen wat de inlichtingen- en veiligheidsdiensten deden. Wat u bekijkt, blijft geheim voor de burger, net als het werk van die diensten.',
      en: 'You only see what the intelligence and security services did. What you look at stays secret from the citizen, like the work of those services.',
    },
    organisaties: { soorten: ['inlichtingendienst'] },
    toegangslogboekVan: [],
    vierOgenBijGeheimhouding: true,
  },
];

export type Remit = RemitDefinition & {
  /** Per activity (index into AUDIT_ACTIVITIES): 1 when its records are in the remit. */
  activities: Uint8Array;
  /** Per organisation: 1 when all its processing is in the remit (SLA figures, "whole organisations"). */
  wholeOrganisations: Uint8Array;
  /** Per organisation: 1 when any of its processing is in the remit (filter lists). */
  anyOrganisation: Uint8Array;
  /** Index into ORGANISATIES of the supervising organisation. */
  organisationIndex: number;
};

function resolve(def: RemitDefinition): Remit {
  const whole = new Uint8Array(ORGANISATIES.length);
  const { keys, soorten, behalveSoorten = [] } = def.organisaties;
  ORGANISATIES.forEach((o, k) => {
    const byKey = keys?.includes(o.key) ?? false;
    const bySoort = soorten === 'alle' || (soorten?.includes(o.soort) ?? false);
    if ((byKey || bySoort) && !behalveSoorten.includes(o.soort)) whole[k] = 1;
  });
  const activities = new Uint8Array(AUDIT_ACTIVITIES.length);
  const any = new Uint8Array(ORGANISATIES.length);
  AUDIT_ACTIVITIES.forEach((a, i) => {
    let inRemit = whole[a.organisatie] === 1;
    const v = def.verstrekkingenUit;
    if (
      !inRemit &&
      v &&
      a.inRegister &&
      !a.vertrouwelijk &&
      a.bron === v.registratie &&
      a.verstrekkingswijze &&
      v.wijzen.includes(a.verstrekkingswijze)
    ) {
      inRemit = !v.behalveSoorten.includes(ORGANISATIES[a.organisatie]!.soort);
    }
    if (inRemit) {
      activities[i] = 1;
      any[a.organisatie] = 1;
    }
  });
  return {
    ...def,
    activities,
    wholeOrganisations: whole,
    anyOrganisation: any,
    organisationIndex: organisatieIndex(def.toezichthouder),
  };
}

const resolved = new Map<RemitId, Remit>(REMITS.map((d) => [d.id, resolve(d)]));
export const remit = (id: RemitId): Remit => resolved.get(id)!;
