import type { RegistryId } from '@/lib/registries';
import type { Dienst, Rol } from './types';

/**
 * The trail of acting on behalf (issue 14): every request a representative makes for someone
 * else, kept for the person it was about, who reads it on "Wie handelde namens u" when they
 * sign in themselves (a child who turns 18 sees what their parents looked at). Written by the
 * gateway's authorisation (gateway/citizen.ts requireCitizen), so no endpoint can forget it.
 *
 * A page load makes several requests to one registry; a look is recorded once per session,
 * service and registry (the first time), a named action (a correction request filed) every
 * time. State until the next mock reset.
 */

export type Handeling = {
  id: string;
  /** ISO date-time on the gateway clock. */
  at: string;
  actorBsn: string;
  actorNaam: string;
  rol: Rol;
  dienst: Dienst;
  register?: RegistryId;
  /** A named action, e.g. `verzoekIngediend`; absent for looking at data. */
  handeling?: string;
};

const bySubject = new Map<string, Handeling[]>();
const seen = new Set<string>();

export function recordHandeling(input: {
  sessionId: string;
  actorBsn: string;
  actorNaam: string;
  subjectBsn: string;
  rol: Rol;
  dienst: Dienst;
  register?: RegistryId | undefined;
  handeling?: string | undefined;
  at: number;
}): void {
  if (!input.handeling) {
    const key = [input.sessionId, input.subjectBsn, input.dienst, input.register ?? ''].join('|');
    if (seen.has(key)) return;
    seen.add(key);
  }
  const entry: Handeling = {
    id: crypto.randomUUID(),
    at: new Date(input.at).toISOString(),
    actorBsn: input.actorBsn,
    actorNaam: input.actorNaam,
    rol: input.rol,
    dienst: input.dienst,
    ...(input.register ? { register: input.register } : {}),
    ...(input.handeling ? { handeling: input.handeling } : {}),
  };
  bySubject.set(input.subjectBsn, [...(bySubject.get(input.subjectBsn) ?? []), entry]);
}

/** Everything done on behalf of a person, newest first. */
export const handelingenVoor = (subjectBsn: string): Handeling[] => [...(bySubject.get(subjectBsn) ?? [])].reverse();

export function resetHandelingen(): void {
  bySubject.clear();
  seen.clear();
}
