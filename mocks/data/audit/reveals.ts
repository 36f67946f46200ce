/**
 * Four-eyes reveals (issue 15): revealing a person with geheimhouding needs a second auditor
 * of the same body to approve. Until then nothing about the identity leaves the gateway;
 * after approval only the auditor who asked can have it shown (and that showing is logged
 * like any reveal). The subject stays a pseudonym here; the gateway looks the identity up
 * only when it is shown.
 */
import { gatewayNow } from '../../gateway/clock';
import type { RemitId } from './remits';

export type RevealStatus = 'wacht' | 'goedgekeurd' | 'afgewezen';
export type RevealRequest = {
  id: string;
  tijd: string;
  pseudoniem: string;
  bevoegdheid: RemitId;
  aangevraagdDoor: { id: string; naam: string };
  reden: string;
  status: RevealStatus;
  beoordeeldDoor?: { id: string; naam: string };
  beoordeeldOp?: string;
};

let requests: RevealRequest[] = [];
let seq = 0;

export function createRequest(
  input: Pick<RevealRequest, 'pseudoniem' | 'bevoegdheid' | 'aangevraagdDoor' | 'reden'>,
): RevealRequest {
  seq += 1;
  const request: RevealRequest = {
    id: `v${String(seq).padStart(5, '0')}`,
    tijd: new Date(gatewayNow()).toISOString(),
    status: 'wacht',
    ...input,
  };
  requests.push(request);
  return request;
}

/** An open request of this auditor for this person: asking again returns it instead of a second one. */
export const openRequest = (auditorId: string, pseudoniem: string): RevealRequest | undefined =>
  requests.find((r) => r.status === 'wacht' && r.aangevraagdDoor.id === auditorId && r.pseudoniem === pseudoniem);

export const findRequest = (id: string): RevealRequest | undefined => requests.find((r) => r.id === id);

/** A body's requests, newest first. */
export const requestsFor = (remit: RemitId): RevealRequest[] =>
  requests.filter((r) => r.bevoegdheid === remit).reverse();

export function decide(request: RevealRequest, by: { id: string; naam: string }, approve: boolean): RevealRequest {
  request.status = approve ? 'goedgekeurd' : 'afgewezen';
  request.beoordeeldDoor = by;
  request.beoordeeldOp = new Date(gatewayNow()).toISOString();
  return request;
}

export function resetReveals(): void {
  requests = [];
  seq = 0;
}
