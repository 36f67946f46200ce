import type { QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { matchPath } from 'react-router';
import { paths } from '@/config/paths';
import { registryBySlug, registryIds } from '@/lib/registries';
import { setPreloader } from '@/lib/preload';
import { requestEarly } from '@/lib/api-client';
import { isSignedInAs, sessionQuery } from '@/lib/session';

/**
 * Loads what a page needs before it is shown, all at once instead of one after another
 * (issue 16). Left to itself, a page behind sign-in waits in turn for: its code, the session
 * check, its texts (react-i18next suspends until the namespace is there) and only then asks for
 * its data. Here the code, the texts and the session check start together, and the page's data
 * as soon as its code is there (the route module's `prefetch`), in parallel with the texts.
 *
 * Called at start-up for the page being opened (main.tsx), when a link to a page is pointed
 * at or focused (`preloadOnIntent` in src/lib/preload.ts), and on signing in, for the page
 * that follows.
 *
 * The imports are the router's own route modules (src/app/router.tsx): the bundler gives both
 * the same chunk. Data is only prefetched for a signed-in person (the route's prefetch asks
 * the session first), so nothing is asked for on anybody else's behalf.
 */

/** What a route module may export for this: start its data queries (it knows their factories). */
export type RouteModule = { [name: string]: unknown; prefetch?: (context: PrefetchContext) => Promise<unknown> | void };
export type PrefetchContext = {
  queryClient: QueryClient;
  params: Record<string, string | undefined>;
  search: URLSearchParams;
};

type Entry = {
  pattern: string;
  load: () => Promise<RouteModule>;
  /** The i18n namespaces the page suspends on (besides the bundled common and session; `views`: facts, tables, export). */
  namespaces: readonly string[];
  /** Behind a session (citizen or auditor): the session check starts with the code. */
  signedIn: boolean;
  /**
   * GETs the page asks first and that need only the session, sent as soon as the session says
   * it is this role's, while the page's code is still on its way (`requestEarly`); the code's
   * own request takes the answer. Only until the code is in: then the route's prefetch asks.
   */
  early?: { role: 'auditor'; paths: readonly string[] };
};

/** Each registry's texts are in the i18n namespace named after it. */
const registryNamespaces = registryIds;

// Most specific first: matchPath is tried in this order.
const entries: readonly Entry[] = [
  {
    pattern: paths.overview,
    load: () => import('./routes/OverviewRoute'),
    namespaces: [...registryNamespaces, 'views'],
    signedIn: true,
  },
  {
    pattern: paths.persoonsgegevens,
    load: () => import('./routes/PersoonsgegevensRoute'),
    namespaces: ['brp', 'views'],
    signedIn: true,
  },
  {
    pattern: paths.verwerkingen,
    load: () => import('./routes/VerwerkingenRoute'),
    namespaces: ['verwerkingen'],
    signedIn: true,
  },
  {
    pattern: paths.verwerking,
    load: () => import('./routes/VerwerkingRoute'),
    namespaces: ['verwerkingen', 'views'],
    signedIn: true,
  },
  {
    pattern: paths.registry,
    load: () => import('./routes/RegistryDetailRoute'),
    namespaces: ['views'],
    signedIn: true,
  },
  {
    pattern: paths.correctie,
    load: () => import('./routes/CorrectieRoute'),
    namespaces: ['correcties', 'brp'],
    signedIn: true,
  },
  {
    pattern: paths.mijnVerzoeken,
    load: () => import('./routes/MijnVerzoekenRoute'),
    namespaces: ['correcties'],
    signedIn: true,
  },
  {
    pattern: paths.verzoek,
    load: () => import('./routes/VerzoekRoute'),
    namespaces: ['correcties', 'verwerkingen'],
    signedIn: true,
  },
  {
    pattern: paths.berichten,
    load: () => import('./routes/BerichtenRoute'),
    namespaces: ['berichten'],
    signedIn: true,
  },
  {
    pattern: paths.auditor,
    load: () => import('./routes/AuditorRoutes'),
    namespaces: ['audit'],
    signedIn: true,
    // The workspace's first two questions (AuditorRoutes' prefetch): one round trip less before
    // the auditor's first screen, as they no longer wait for the workspace's ~60 KB of code.
    early: { role: 'auditor', paths: ['/audit/status', '/audit/bevoegdheid'] },
  },
];

/** Route modules whose code is in (their `load` has resolved once). */
const loaded = new Set<Entry>();

let context: { queryClient: QueryClient; i18n: I18n } | undefined;

/** Once, in main.tsx: the app's query client and i18n instance. */
export function configurePreload(value: { queryClient: QueryClient; i18n: I18n } | undefined): void {
  context = value;
  setPreloader(value ? preloadRoute : undefined);
}

function find(pathname: string) {
  for (const entry of entries) {
    const match = matchPath({ path: entry.pattern, end: true }, pathname);
    if (match) return { entry, params: match.params };
  }
  return undefined;
}

/**
 * Starts loading the page at `to` (a path with an optional query string): code, texts and (for
 * a signed-in person) data. Safe to call often: a loaded chunk or namespace resolves at once
 * and the query client skips data that is still fresh. Failures are left to the page, which
 * loads the same things itself and shows its own error.
 */
export function preloadRoute(to: string): Promise<unknown> | undefined {
  if (!context) return undefined;
  const { queryClient, i18n } = context;
  const url = new URL(to, 'http://app.invalid');
  const found = find(url.pathname);
  if (!found) return undefined;
  const { entry, params } = found;
  const namespaces = [
    ...entry.namespaces,
    ...(entry.pattern === paths.registry && params.slug ? [registryBySlug(params.slug) ?? ''] : []),
  ].filter(Boolean);
  const texts = namespaces.length ? i18n.loadNamespaces(namespaces) : Promise.resolve();
  // The session check is usually already on its way (the header asks too): this joins it.
  const session = entry.signedIn ? queryClient.prefetchQuery(sessionQuery()) : Promise.resolve();
  const { early } = entry;
  if (early && !loaded.has(entry)) {
    void isSignedInAs(queryClient, early.role).then((yes) => {
      if (yes && !loaded.has(entry)) early.paths.forEach(requestEarly);
    });
  }
  const data = entry
    .load()
    .then((module) => {
      loaded.add(entry);
      return module;
    })
    .then((module) =>
      module.prefetch ? module.prefetch({ queryClient, params, search: url.searchParams }) : undefined,
    );
  // The citizen pages' frame (session guard, idle timer): the router asks for it before the
  // page, one round trip after sign-in otherwise (measured: 60 ms of the sign-in → cards path).
  const frame = entry.pattern === paths.auditor ? undefined : import('./routes/CitizenLayout');
  return Promise.all([texts, session, data, frame]).catch(() => undefined);
}
