import { faultHandlers } from '../gateway/faults';
import { brpHandlers } from './brp';
import { fallbackHandlers, sessionHandlers } from './session';

/**
 * One handler set for the browser worker, Vitest (msw/node) and `npm run mock-api`.
 * Order matters: fault injection first (it falls through when no fault is set), the
 * 401/404 fallback last.
 */
export const handlers = [...sessionHandlers, ...faultHandlers, ...brpHandlers, ...fallbackHandlers];
