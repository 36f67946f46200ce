import type { RequestHandler } from 'msw';
import { faultHandlers, registryIds } from '../gateway/faults';
import { guardHandlers } from '../gateway/guard';
import { modusHandlers } from '../gateway/modus';
import { auditHandlers } from './audit';
import { berichtenHandlers } from './berichten';
import { catalogiHandlers } from './catalogi';
import { documentenHandlers } from './documenten';
import { ldvHandlers } from './ldv';
import { meldingenHandlers } from './meldingen';
import { rvvaHandlers } from './rvva';
import { fallbackHandlers, namensHandlers, sessionHandlers } from './session';
import { vertegenwoordigingHandlers } from './vertegenwoordiging';
import { zakenHandlers } from './zaken';

/**
 * One handler file per registry, `mocks/handlers/<id>.ts` exporting `<id>Handlers`, found by the
 * registry ids (src/lib/registries.ts): a new registry adds its file and no line here (issue 18).
 */
const registryModules = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./*.test.ts', '!./index.ts'], {
  eager: true,
});
const registryHandlers = registryIds.flatMap((id) => {
  const list = registryModules[`./${id}.ts`]?.[`${id}Handlers`];
  if (!Array.isArray(list)) throw new Error(`mocks/handlers/${id}.ts must export ${id}Handlers`);
  return list as RequestHandler[];
});

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
  ...registryHandlers,
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
