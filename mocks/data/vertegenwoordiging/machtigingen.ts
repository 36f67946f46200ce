import { registryIds } from '@/lib/registries';
import { gatewayNow } from '../../gateway/clock';
import { DIENSTEN, type Dienst, type Relatie, type Weigering } from './types';

/**
 * The mocked mandate register (issue 14), in the style of DigiD Machtigen: a person (the
 * machtiginggever) gives another (the gemachtigde) the right to use some services of the
 * portal for them, from today until an end date they choose. The gemachtigde accepts it
 * before it can be used; either side can end it at any time, and it ends by itself after its
 * end date. Contract: mocks/contracts/vertegenwoordiging.yaml (`Machtiging`).
 *
 * State until the next mock reset. Who may do what is the handler's job; this file keeps the
 * records and says what holds on a given day.
 */

export type Status = 'wachtOpAcceptatie' | 'actief' | 'ingetrokken';

export type Machtiging = {
  id: string;
  geverBsn: string;
  gemachtigdeBsn: string;
  diensten: Dienst[];
  /** YYYY-MM-DD, inclusive both. */
  geldigVan: string;
  geldigTot: string;
  status: Status;
  aangemaakt: string;
  geaccepteerd?: string;
  ingetrokken?: string;
  ingetrokkenDoor?: 'machtiginggever' | 'gemachtigde';
};

const store = new Map<string, Machtiging>();

const stamp = () => new Date(gatewayNow()).toISOString();

export function geefMachtiging(
  input: Pick<Machtiging, 'geverBsn' | 'gemachtigdeBsn' | 'diensten' | 'geldigVan' | 'geldigTot'>,
): Machtiging {
  const m: Machtiging = {
    ...input,
    // In the order of the contract's enum, whatever order they came in.
    diensten: DIENSTEN.filter((d) => input.diensten.includes(d)),
    id: crypto.randomUUID(),
    status: 'wachtOpAcceptatie',
    aangemaakt: stamp(),
  };
  store.set(m.id, m);
  return m;
}

export const findMachtiging = (id: string): Machtiging | undefined => store.get(id);

export function accepteer(m: Machtiging): void {
  m.status = 'actief';
  m.geaccepteerd = stamp();
}

export function trekIn(m: Machtiging, door: 'machtiginggever' | 'gemachtigde'): void {
  m.status = 'ingetrokken';
  m.ingetrokken = stamp();
  m.ingetrokkenDoor = door;
}

/** The state on `today`: a refusal reason, or undefined when the mandate may be used. */
export function weigeringOp(m: Machtiging, today: string): Weigering | undefined {
  if (m.status === 'ingetrokken') return 'ingetrokken';
  if (m.status === 'wachtOpAcceptatie') return 'wachtOpAcceptatie';
  if (today > m.geldigTot) return 'verlopen';
  if (today < m.geldigVan) return 'nogNietBegonnen';
  return undefined;
}

/** Still open: waiting or active and not past its end. One at a time per pair. */
export const isOpen = (m: Machtiging, today: string): boolean => m.status !== 'ingetrokken' && today <= m.geldigTot;

const newestFirst = (a: Machtiging, b: Machtiging) =>
  a.aangemaakt < b.aangemaakt ? 1 : a.aangemaakt > b.aangemaakt ? -1 : 0;
export const gegevenDoor = (bsn: string): Machtiging[] =>
  [...store.values()].filter((m) => m.geverBsn === bsn).sort(newestFirst);
export const ontvangenDoor = (bsn: string): Machtiging[] =>
  [...store.values()].filter((m) => m.gemachtigdeBsn === bsn).sort(newestFirst);

/** The mandates an actor holds, as relations: accepted, current ones allowed; pending, ended ones with the reason. */
export function machtigingRelaties(actorBsn: string, today: string): Relatie[] {
  return ontvangenDoor(actorBsn).map((m) => {
    const reden = weigeringOp(m, today);
    return {
      subjectBsn: m.geverBsn,
      rol: 'gemachtigde',
      bron: 'machtiging',
      toegestaan: reden === undefined,
      ...(reden ? { reden } : {}),
      bevoegdheid: { diensten: m.diensten, registers: registryIds },
      tot: m.geldigTot,
    };
  });
}

export function resetMachtigingen(): void {
  store.clear();
}
