import { resetSessions } from './gateway/session';

/** Back to the seeded start state; each Vitest test and the HTTP server's /__reset use it. */
export function resetMockState(): void {
  resetSessions();
}
