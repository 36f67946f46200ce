import { faultHandlers } from '../gateway/faults';
import { bagHandlers } from './bag';
import { briHandlers } from './bri';
import { brkHandlers } from './brk';
import { brpHandlers } from './brp';
import { duoHandlers } from './duo';
import { kvkHandlers } from './kvk';
import { rdwHandlers } from './rdw';
import { fallbackHandlers, sessionHandlers } from './session';
import { uwvHandlers } from './uwv';
import { wozHandlers } from './woz';

/**
 * One handler set for the browser worker, Vitest (msw/node) and `npm run mock-api`.
 * Order matters: fault injection first (it falls through when no fault is set), the
 * 401/404 fallback last.
 */
export const handlers = [
  ...sessionHandlers,
  ...faultHandlers,
  ...brpHandlers,
  ...bagHandlers,
  ...brkHandlers,
  ...wozHandlers,
  ...rdwHandlers,
  ...kvkHandlers,
  ...briHandlers,
  ...uwvHandlers,
  ...duoHandlers,
  ...fallbackHandlers,
];
