import type { RequestHandler } from 'msw';
import { registryIds } from '../gateway/faults';
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

/** For mocks/browser.ts only (decision 096): part of this chunk, so the BRP file stays in one chunk. */
export { installWorkerAuditEngine } from '../data/audit/install-worker-engine';

/**
 * The handlers that read the registries' data: imported on the first request that needs them
 * (handlers/index.ts, gateway/lazy.ts), never at the mock gateway's start (issue 16).
 *
 * One handler file per registry, `mocks/handlers/<id>.ts` exporting `<id>Handlers`, found by the
 * registry ids (src/lib/registries.ts): a new registry adds its file and no line here (issue 18).
 */
const registryModules = import.meta.glob<Record<string, unknown>>(
  ['./*.ts', '!./*.test.ts', '!./index.ts', '!./full.ts', '!./anonymous.ts'],
  { eager: true },
);
const registryHandlers = registryIds.flatMap((id) => {
  const list = registryModules[`./${id}.ts`]?.[`${id}Handlers`];
  if (!Array.isArray(list)) throw new Error(`mocks/handlers/${id}.ts must export ${id}Handlers`);
  return list as RequestHandler[];
});

/** Signing in, the session and acting for someone: they read the person's name and relations. */
export const sessionGroup: readonly RequestHandler[] = [...sessionHandlers, ...namensHandlers];

/** The registries and the other services, then the 401/404 fallback, last in line. */
export const registryGroup: readonly RequestHandler[] = [
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
