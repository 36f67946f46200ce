import type { PrefetchContext } from '@/app/preload';
import { auditQueries } from '@/features/audit/api/audit';
import { filtersFromParams, sortFromParams } from '@/features/audit/model/filters';
import { RequireSession } from '@/features/session/components/RequireSession';
import { isSignedInAs } from '@/lib/session';

/** The auditor part of the app (issue 6), one lazy chunk: its pages, composed from the audit and session features. */
export { AuditorSignInPage as AuditorSignInRoute } from '@/features/audit/components/AuditorSignInPage';
export { SearchPage as SearchRoute } from '@/features/audit/components/SearchPage';
export { AnomaliesPage as AnomaliesRoute } from '@/features/audit/components/AnomaliesPage';
export { SubjectPage as SubjectRoute } from '@/features/audit/components/SubjectPage';
export { SlaPage as SlaRoute } from '@/features/audit/components/SlaPage';
export { TrailPage as TrailRoute } from '@/features/audit/components/TrailPage';
export { AuditWorkspace as AuditWorkspaceRoute } from '@/features/audit/components/AuditWorkspace';

/**
 * The workspace's first two questions, with this code (src/app/preload.ts): the build's status and
 * the auditor's remit, which the workspace waits for before it draws anything of its own. Left
 * to the workspace they start only once it renders, after its texts (issue 16: one round trip
 * on the way to the auditor's first screen).
 *
 * When the records are ready, the search page's own four questions start with them too, for the
 * filters in the address (the same keys the page asks for): the panel's choices, the remit's
 * waiting requests, the first results and the counts. Left to the page they start only when it
 * first renders, one round trip after the status; the first results were the last thing to arrive.
 */
export async function prefetch({ queryClient, search }: PrefetchContext) {
  if (!(await isSignedInAs(queryClient, 'auditor'))) return;
  const status = queryClient.fetchQuery(auditQueries.status()).catch(() => undefined);
  const remit = queryClient.prefetchQuery(auditQueries.bevoegdheid());
  const page = status.then((voortgang) => {
    if (voortgang?.status !== 'klaar') return;
    const filters = filtersFromParams(search);
    return Promise.all([
      queryClient.prefetchQuery(auditQueries.catalogus()),
      queryClient.prefetchQuery(auditQueries.onthullingen()),
      queryClient.prefetchInfiniteQuery(auditQueries.records(filters, sortFromParams(search))),
      queryClient.prefetchQuery(auditQueries.aggregates(filters)),
    ]);
  });
  await Promise.all([status, remit, page]);
}

/** Behind an auditor session (a citizen is sent to sign-in); the workspace frame is its child. */
export function AuditorLayoutRoute() {
  return <RequireSession requiredRole="auditor" />;
}
