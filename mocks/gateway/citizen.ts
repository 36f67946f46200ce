import { gatewayNow, gatewayToday } from './clock';
import { problem } from './problem';
import { requireSession, type CitizenSession, type Scope } from './session';
import { relatieTussen } from '../data/vertegenwoordiging/relaties';
import { recordHandeling } from '../data/vertegenwoordiging/handelingen';

// Apart from gateway/session.ts (which the gateway's core, light part needs: every handler's
// `http`, the guard) because deciding a relation reads the BRP test data (gezag, CCBR): the
// core must not pull the 2.2 MB persons file into the worker's first download (issue 16).

/**
 * For citizen endpoints: a citizen session serving its subject, or a 401/403 problem Response.
 *
 * Issue 14: when the actor has chosen to act for someone else, the relation is decided again
 * on **this** request, on the gateway's clock (BRP gezag, the register of legal
 * representatives, the mandate register): a child who has turned 18, a lifted court order or a
 * revoked mandate ends access at once. The scope (service and registry) must be covered by the
 * relation. Every allowed request on behalf is written where the subject can read it.
 */
export function requireCitizen(cookies: Record<string, string>, scope: Scope): CitizenSession | Response {
  const session = requireSession(cookies);
  if (session instanceof Response) return session;
  if (session.role !== 'burger' || !session.bsn) {
    return problem(403, 'Geen toegang', 'Deze gegevens zijn alleen voor de burger zelf.', {
      code: 'forbidden',
    });
  }
  const actorBsn = session.bsn;
  if (!session.subjectBsn || session.subjectBsn === actorBsn) return { ...session, bsn: actorBsn, actorBsn };
  const relatie = relatieTussen(actorBsn, session.subjectBsn, gatewayToday());
  if (!relatie?.toegestaan) {
    return problem(403, 'Geen toegang', 'U mag niet (meer) namens deze persoon handelen.', {
      code: 'vertegenwoordigingBeeindigd',
      ...(relatie?.reden ? { reden: relatie.reden } : {}),
    });
  }
  if (
    !relatie.bevoegdheid.diensten.includes(scope.dienst) ||
    (scope.register && !relatie.bevoegdheid.registers.includes(scope.register))
  ) {
    return problem(403, 'Geen toegang', 'Dit valt buiten wat u namens deze persoon mag doen.', {
      code: 'buitenBevoegdheid',
    });
  }
  recordHandeling({
    sessionId: session.id,
    actorBsn,
    actorNaam: session.naam,
    subjectBsn: session.subjectBsn,
    rol: relatie.rol,
    dienst: scope.dienst,
    register: scope.register,
    handeling: scope.handeling,
    at: gatewayNow(),
  });
  return { ...session, bsn: session.subjectBsn, actorBsn, relatie };
}
