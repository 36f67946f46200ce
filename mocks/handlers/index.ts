import { faultHandlers } from '../gateway/faults';
import { guardHandlers } from '../gateway/guard';
import { modusHandlers } from '../gateway/modus';
import { auditHandlers } from './audit';
import { bagHandlers } from './bag';
import { briHandlers } from './bri';
import { brkHandlers } from './brk';
import { berichtenHandlers } from './berichten';
import { brpHandlers } from './brp';
import { catalogiHandlers } from './catalogi';
import { documentenHandlers } from './documenten';
import { duoHandlers } from './duo';
import { kvkHandlers } from './kvk';
import { ldvHandlers } from './ldv';
import { meldingenHandlers } from './meldingen';
import { rdwHandlers } from './rdw';
import { rvvaHandlers } from './rvva';
import { fallbackHandlers, namensHandlers, sessionHandlers } from './session';
import { uwvHandlers } from './uwv';
import { vertegenwoordigingHandlers } from './vertegenwoordiging';
import { wozHandlers } from './woz';
import { zakenHandlers } from './zaken';

/**
 * One handler set for the browser worker, Vitest (msw/node) and `npm run mock-api`.
 * Order matters: the guard first (cross-site requests, content types, body shape: it falls
 * through when all is well), then fault injection (falls through when no fault is set), the
 * 401/404 fallback last.
 */
export const handlers = [
  ...guardHandlers,
  ...sessionHandlers,
  ...namensHandlers,
  ...faultHandlers,
  ...modusHandlers,
  ...brpHandlers,
  ...bagHandlers,
  ...brkHandlers,
  ...wozHandlers,
  ...rdwHandlers,
  ...kvkHandlers,
  ...briHandlers,
  ...uwvHandlers,
  ...duoHandlers,
  ...zakenHandlers,
  ...catalogiHandlers,
  ...documentenHandlers,
  ...berichtenHandlers,
  ...ldvHandlers,
  ...rvvaHandlers,
  ...meldingenHandlers,
  ...auditHandlers,
  ...vertegenwoordigingHandlers,
  ...fallbackHandlers,
];
