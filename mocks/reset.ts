import { resetGatewayClock } from './gateway/clock';
import { resetFaults } from './gateway/faults';
import { resetGatewayModus } from './gateway/modus';
import { resetSessions } from './gateway/session';
import { resetZaken } from './data/zaken/index';
import { resetMeldingen } from './data/verwerkingen/meldingen';
import { resetTrail } from './data/audit/trail';
import { resetReveals } from './data/audit/reveals';
import { resetRevealEvents } from './data/audit/reveal-events';
import { resetMachtigingen } from './data/vertegenwoordiging/machtigingen';
import { resetHandelingen } from './data/vertegenwoordiging/handelingen';

/** Back to the seeded start state; each Vitest test and the HTTP server's /__mock/reset use it. */
export function resetMockState(): void {
  resetGatewayClock();
  resetSessions();
  resetFaults();
  resetGatewayModus();
  resetZaken();
  resetMeldingen();
  resetTrail();
  resetReveals();
  resetRevealEvents();
  resetMachtigingen();
  resetHandelingen();
}
