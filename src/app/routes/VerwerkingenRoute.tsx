import type { PrefetchContext } from '@/app/preload';
import { verwerkingenQueries } from '@/features/verwerkingen/api/ldv';
import { LogPage } from '@/features/verwerkingen/components/LogPage';
import { newestWindowFor } from '@/features/verwerkingen/model/log';
import { now } from '@/lib/clock';
import { isSignedInAs } from '@/lib/session';

/** The newest month of the log, with the page's code (src/app/preload.ts): the page asks for it first. */
export async function prefetch({ queryClient, search }: PrefetchContext) {
  if (!(await isSignedInAs(queryClient, 'burger'))) return;
  const newest = newestWindowFor(search, now());
  if (newest) await queryClient.prefetchQuery(verwerkingenQueries.log(newest));
}

export default function VerwerkingenRoute() {
  return <LogPage />;
}
