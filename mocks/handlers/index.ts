import { faultHandlers } from '../gateway/faults';
import { guardHandlers } from '../gateway/guard';
import { lazyHandlers } from '../gateway/lazy';
import { modusHandlers } from '../gateway/modus';
import { anonymousHandlers } from './anonymous';
import type * as FullModule from './full';

type FullGateway = typeof FullModule;
/** What must happen once the full gateway has loaded, before its handlers answer (mocks/browser.ts). */
let onLoaded: (full: FullGateway) => void = () => undefined;
export function onFullGatewayLoaded(step: (full: FullGateway) => void): void {
  onLoaded = step;
}

let loadingFull: Promise<FullGateway> | undefined;
/** The registries' handlers and data, one module; its import starts on the first request that needs it. */
export const loadFullGateway = (): Promise<FullGateway> =>
  (loadingFull ??= import('./full').then(
    (full) => {
      onLoaded(full);
      return full;
    },
    (error: unknown) => {
      loadingFull = undefined;
      throw error;
    },
  ));

/**
 * One handler set for the browser worker, Vitest (msw/node) and `npm run mock-api`.
 * Order matters: the guard first (cross-site requests, content types, body shape: it falls
 * through when all is well), then what an anonymous sign-in page asks, the session, fault
 * injection (falls through when no fault is set), the registries, the 401/404 fallback last.
 *
 * Only the first lines are light. The rest reads the registries' test data (2.2 MB of BRP
 * persons, the generated logs and cases), so it stays out of the gateway's start and is
 * imported on first use (gateway/lazy.ts, issue 16): a mocks-on page paints and lists its
 * test persons without it.
 */
export const handlers = [
  ...guardHandlers,
  ...anonymousHandlers,
  lazyHandlers('/auth/*', async () => (await loadFullGateway()).sessionGroup),
  ...faultHandlers,
  ...modusHandlers,
  lazyHandlers('/*', async () => (await loadFullGateway()).registryGroup),
];
