import { brpHandlers } from './brp';
import { fallbackHandlers, sessionHandlers } from './session';

/** One handler set for the browser worker, Vitest (msw/node) and `npm run mock-api`. */
export const handlers = [...sessionHandlers, ...brpHandlers, ...fallbackHandlers];
