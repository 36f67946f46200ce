import { allTestBsns, getGbaPersoon } from '../brp';
import { registryIds, type RegistryId } from '@/lib/registries';
import { type Bevoegdheid, type Relatie, type Rol, DIENSTEN } from './types';

/**
 * The mocked register of legal representatives of adults (issue 14), modelled on the Centraal
 * Curatele- en Bewindregister (CCBR, kept by the Raad voor de rechtspraak): per court order the
 * kind of measure, the person it protects, the representative, the court, the date of the
 * order and from when to when it applies. Contract: mocks/contracts/vertegenwoordiging.yaml
 * (`Registratie`). Static data: a court order is not something the portal changes.
 *
 * Consistency with the BRP: everyone with `indicatieCurateleRegister` in the BRP test data has
 * a curatele here, and nobody else has one (the contract test checks both ways). Mentorschap
 * and beschermingsbewind are not in the BRP at all.
 */

export const SOORTEN = ['curatele', 'beschermingsbewind', 'mentorschap'] as const;
export type Soort = (typeof SOORTEN)[number];

export type Vertegenwoordiger =
  | { soort: 'natuurlijkPersoon'; bsn: string; naam: string }
  | { soort: 'rechtspersoon'; naam: string; kvkNummer: string };

export type Registratie = {
  id: string;
  soort: Soort;
  betrokkeneBsn: string;
  vertegenwoordiger: Vertegenwoordiger;
  rechtbank: string;
  uitspraakdatum: string;
  ingangsdatum: string;
  /** The day the measure was lifted or ends (inclusive); absent while it runs. */
  einddatum?: string;
};

/**
 * What each measure lets the representative do here. Curatele: all affairs (BW 1:381, the
 * curator represents in everything). Mentorschap: personal, non-financial affairs (BW 1:453):
 * who the person is and where they live. Beschermingsbewind: property (BW 1:438): income,
 * benefits, tax, property, vehicles, businesses, student debt, and the address as an object.
 */
const MENTOR_REGISTERS: readonly RegistryId[] = ['brp', 'bag'];
const BEWIND_REGISTERS: readonly RegistryId[] = registryIds.filter((bron) => bron !== 'brp');
export const BEVOEGDHEID: Readonly<Record<Soort, Bevoegdheid>> = {
  curatele: { diensten: DIENSTEN, registers: registryIds },
  mentorschap: { diensten: DIENSTEN, registers: MENTOR_REGISTERS },
  beschermingsbewind: { diensten: DIENSTEN, registers: BEWIND_REGISTERS },
};
export const ROL_VAN: Readonly<Record<Soort, Rol>> = {
  curatele: 'curator',
  mentorschap: 'mentor',
  beschermingsbewind: 'bewindvoerder',
};

const persoon = (bsn: string, naam: string): Vertegenwoordiger => ({ soort: 'natuurlijkPersoon', bsn, naam });
const kantoor = (naam: string, kvkNummer: string): Vertegenwoordiger => ({ soort: 'rechtspersoon', naam, kvkNummer });

/** Orders naming a test person as representative: the cases the app and its tests need. */
const BIJZONDER: Registratie[] = [
  // A partner as curator, who is also guardian of their child (Voogdij in the BRP).
  {
    id: 'ccbr-0001',
    soort: 'curatele',
    betrokkeneBsn: '999970197',
    vertegenwoordiger: persoon('999970203', 'Rowena Rademaker'),
    rechtbank: 'Rechtbank Den Haag',
    uitspraakdatum: '2021-03-02',
    ingangsdatum: '2021-03-02',
  },
  {
    id: 'ccbr-0002',
    soort: 'curatele',
    betrokkeneBsn: '999997622',
    vertegenwoordiger: persoon('999993525', 'Koos Smit'),
    rechtbank: 'Rechtbank Den Haag',
    uitspraakdatum: '2019-11-18',
    ingangsdatum: '2019-11-18',
  },
  // An older man with a mentor from the family and a professional for his money.
  {
    id: 'ccbr-0003',
    soort: 'mentorschap',
    betrokkeneBsn: '999997002',
    vertegenwoordiger: persoon('999992806', 'Roukshana Najia Bhutto'),
    rechtbank: 'Rechtbank Amsterdam',
    uitspraakdatum: '2023-05-10',
    ingangsdatum: '2023-05-10',
  },
  {
    id: 'ccbr-0004',
    soort: 'beschermingsbewind',
    betrokkeneBsn: '999997002',
    vertegenwoordiger: kantoor('Stichting Bewindvoering Amstel (fictief)', '90000011'),
    rechtbank: 'Rechtbank Amsterdam',
    uitspraakdatum: '2023-05-10',
    ingangsdatum: '2023-05-10',
  },
  // Ended: the mentorschap was lifted (the court ends it on request or when no longer needed).
  {
    id: 'ccbr-0005',
    soort: 'mentorschap',
    betrokkeneBsn: '999990482',
    vertegenwoordiger: persoon('999993525', 'Koos Smit'),
    rechtbank: 'Rechtbank Noord-Nederland',
    uitspraakdatum: '2022-01-10',
    ingangsdatum: '2022-01-10',
    einddatum: '2025-06-30',
  },
  // Ends at the end of this year: the clock tests move past it.
  {
    id: 'ccbr-0006',
    soort: 'beschermingsbewind',
    betrokkeneBsn: '999971074',
    vertegenwoordiger: persoon('999993525', 'Koos Smit'),
    rechtbank: 'Rechtbank Amsterdam',
    uitspraakdatum: '2024-02-01',
    ingangsdatum: '2024-02-01',
    einddatum: '2026-12-31',
  },
];

const RECHTBANK: Record<string, string> = {
  '0518': 'Rechtbank Den Haag',
  '0599': 'Rechtbank Rotterdam',
  '0344': 'Rechtbank Midden-Nederland',
  '0530': 'Rechtbank Rotterdam',
  '0363': 'Rechtbank Amsterdam',
};

/** Everyone the BRP marks as under curatele and not listed above: a professional curator (fictional offices). */
function overigeCuratele(): Registratie[] {
  const listed = new Set(BIJZONDER.filter((r) => r.soort === 'curatele').map((r) => r.betrokkeneBsn));
  const out: Registratie[] = [];
  let n = 0;
  for (const bsn of allTestBsns()) {
    const p = getGbaPersoon(bsn);
    if (!p?.indicatieCurateleRegister || listed.has(bsn)) continue;
    n++;
    const code = p.gemeenteVanInschrijving?.code ?? '';
    out.push({
      id: `ccbr-${String(100 + n).padStart(4, '0')}`,
      soort: 'curatele',
      betrokkeneBsn: bsn,
      vertegenwoordiger: kantoor('Curatorenkantoor De Hoeksteen (fictief)', '90000022'),
      rechtbank: RECHTBANK[code] ?? 'Rechtbank Den Haag',
      uitspraakdatum: `20${String(10 + (n % 12)).padStart(2, '0')}-0${1 + (n % 9)}-15`,
      ingangsdatum: `20${String(10 + (n % 12)).padStart(2, '0')}-0${1 + (n % 9)}-15`,
    });
  }
  return out;
}

let all: Registratie[] | undefined;
/** Every order in the register. */
export function registraties(): readonly Registratie[] {
  all ??= [...BIJZONDER, ...overigeCuratele()];
  return all;
}

/** Does the order apply on `today` (YYYY-MM-DD)? */
export const loopt = (r: Registratie, today: string): boolean =>
  r.ingangsdatum <= today && (!r.einddatum || today <= r.einddatum);

/** The actor's orders as representative, each allowed or refused (ended, not begun, curatele the BRP does not show). */
export function ccbrRelaties(actorBsn: string, today: string): Relatie[] {
  return registraties()
    .filter((r) => r.vertegenwoordiger.soort === 'natuurlijkPersoon' && r.vertegenwoordiger.bsn === actorBsn)
    .map((r): Relatie => {
      const base = {
        subjectBsn: r.betrokkeneBsn,
        rol: ROL_VAN[r.soort],
        bron: 'ccbr' as const,
        bevoegdheid: BEVOEGDHEID[r.soort],
        ...(r.einddatum ? { tot: r.einddatum } : {}),
      };
      if (r.einddatum && r.einddatum < today) return { ...base, toegestaan: false, reden: 'beeindigd' };
      if (r.ingangsdatum > today) return { ...base, toegestaan: false, reden: 'nogNietBegonnen' };
      // Curatele counts only when the BRP says so too: two registers agreeing, as a municipality checks.
      if (r.soort === 'curatele' && !getGbaPersoon(r.betrokkeneBsn)?.indicatieCurateleRegister)
        return { ...base, toegestaan: false, reden: 'curateleNietInBrp' };
      return { ...base, toegestaan: true };
    });
}

/** The orders protecting a person (running or not), for their own view. */
export const registratiesVoor = (betrokkeneBsn: string): Registratie[] =>
  registraties().filter((r) => r.betrokkeneBsn === betrokkeneBsn);
