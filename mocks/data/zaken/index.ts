import { seedZaken } from './seed';
import { resetZakenStore } from './store';

export * from './store';
export { seedZaken } from './seed';

/** Back to the seeded start state (called by mocks/reset.ts). */
export function resetZaken(): void {
  resetZakenStore();
  seedZaken();
}

// Seeded on first import too: the browser worker and the HTTP server start from this state.
resetZaken();
