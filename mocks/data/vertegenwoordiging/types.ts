import { registryIds, type RegistryId } from '@/lib/registries';

/**
 * Acting on behalf of someone else (issue 14): who may act (the actor), for whom (the
 * subject), in which role, and for what. One vocabulary for the mock gateway, its registers
 * and its contracts (mocks/contracts/session.yaml, vertegenwoordiging.yaml).
 */

/**
 * The role an actor acts in. `ouderMetGezag`/`voogd`/`derdeMetGezag`: gezag over a minor (BW
 * 1:245, BRP 2.7 `gezag`; a `derde` shares gezag with a parent, BW 1:253t); `curator`/`mentor`/`bewindvoerder`: a court-appointed representative of an adult
 * (BW 1:378 e.v., 1:431 e.v., 1:450 e.v.; the Centraal Curatele- en Bewindregister);
 * `gemachtigde`: a voluntary mandate (DigiD Machtigen style).
 */
export const ROLLEN = [
  'ouderMetGezag',
  'voogd',
  'derdeMetGezag',
  'curator',
  'mentor',
  'bewindvoerder',
  'gemachtigde',
] as const;
export type Rol = (typeof ROLLEN)[number];

/**
 * What a representative may do, per service of the portal: see the registries' data (and
 * download it), see the processing log (and download it, and set its alerts), and file and
 * follow requests (corrections, questions, their messages).
 */
export const DIENSTEN = ['gegevens', 'logboek', 'verzoeken'] as const;
export type Dienst = (typeof DIENSTEN)[number];

/** The services and the registries a relation covers. */
export type Bevoegdheid = { diensten: readonly Dienst[]; registers: readonly RegistryId[] };

export const VOLLEDIG: Bevoegdheid = { diensten: DIENSTEN, registers: registryIds };

/**
 * Why an actor may not act for someone they are related to, as a code (the app says it in B1
 * Dutch and English; the gateway's own texts are Dutch).
 */
export const WEIGERINGEN = [
  // gezag (BRP 2.7)
  'gezagNietTeBepalen',
  'tijdelijkGeenGezag',
  'gezagInOnderzoek',
  'anderHeeftGezag',
  'meerderjarig',
  'overleden',
  // court-appointed representation (CCBR) and mandates
  'beeindigd',
  'nogNietBegonnen',
  'ingetrokken',
  'verlopen',
  'wachtOpAcceptatie',
  'curateleNietInBrp',
] as const;
export type Weigering = (typeof WEIGERINGEN)[number];

/** Where the relation is registered. */
export type RelatieBron = 'brp' | 'ccbr' | 'machtiging';

/**
 * One relation between an actor and a subject, allowed or not. `tot`: the last day it holds
 * when that is known (a mandate's end date, a court order's end date, the day before the
 * child's 18th birthday).
 */
export type Relatie = {
  subjectBsn: string;
  rol: Rol;
  bron: RelatieBron;
  toegestaan: boolean;
  reden?: Weigering;
  bevoegdheid: Bevoegdheid;
  tot?: string;
};

export const isDienst = (v: unknown): v is Dienst => DIENSTEN.includes(v as Dienst);

/**
 * The legal ground of a role, which is what the processing register distinguishes (one
 * activity per ground: its purpose and legal basis differ, the roles within one do not).
 */
export type Grond = 'gezag' | 'curatele' | 'mentorschap' | 'bewind' | 'machtiging';
export const GRONDEN: readonly Grond[] = ['gezag', 'curatele', 'mentorschap', 'bewind', 'machtiging'];
export const grondVan = (rol: Rol): Grond =>
  rol === 'curator'
    ? 'curatele'
    : rol === 'mentor'
      ? 'mentorschap'
      : rol === 'bewindvoerder'
        ? 'bewind'
        : rol === 'gemachtigde'
          ? 'machtiging'
          : 'gezag';
