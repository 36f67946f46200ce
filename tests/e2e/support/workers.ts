/**
 * How many e2e test files run at once (vitest.e2e.config.ts) and how many gateway + app
 * pairs global-setup.ts starts: one pair per worker, so no file resets another's state.
 * Two fit this project's 2-core machines: the browser tests mostly wait on the page.
 */
export const E2E_WORKERS = Math.max(1, Number(process.env.E2E_WORKERS ?? 2));

/** This worker's slot (0-based), from Vitest's pool id (1 … maxWorkers). */
export function workerSlot(): number {
  const id = Number(process.env.VITEST_POOL_ID ?? 1);
  return (Number.isFinite(id) && id > 0 ? id - 1 : 0) % E2E_WORKERS;
}
