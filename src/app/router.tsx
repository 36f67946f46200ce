import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { SignInPage } from '@/features/session/components/SignInPage';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { lazy, type ComponentType } from 'react';
import { shellPainted } from './shell-painted';

/**
 * A page whose code loads when it is first shown (React.lazy inside the layout's Suspense, not
 * the router's `lazy`): the router is ready at once, so the layout that is painted first is the
 * one that stays (an open menu stays open, focus stays put) and the layout's fallback, the
 * ShellFrame, shows the top of the page meanwhile. The code is asked for once the shell has been
 * painted (src/app/shell-painted.ts, issue 16).
 */
export function lazyPage(load: () => Promise<{ default: ComponentType }>): ComponentType {
  return lazy(async () => {
    await shellPainted;
    return load();
  });
}

/**
 * Pages that share one chunk and nest (the auditor part: session guard → workspace → page).
 * Each is a lazyPage until the chunk is in; after that each is drawn from it at once. As
 * React.lazy alone, each nested page would suspend once more on its first render even with its
 * code there, show the layout's fallback and then be held back by React's fallback throttle
 * (up to 300 ms after the last fallback; issue 16: the auditor's first screen).
 */
export function chunkPages<M>(load: () => Promise<M>): (pick: (module: M) => ComponentType) => ComponentType {
  let loaded: M | undefined;
  const chunk = () =>
    load().then((module) => {
      loaded = module;
      return module;
    });
  return (pick) => {
    const Lazy = lazyPage(() => chunk().then((module) => ({ default: pick(module) })));
    return function ChunkPage() {
      const Loaded = loaded === undefined ? undefined : pick(loaded);
      return Loaded ? <Loaded /> : <Lazy />;
    };
  };
}

/** The auditor part (issue 6): one lazy chunk, loaded through one import site. */
const auditorPage = chunkPages(() => import('./routes/AuditorRoutes'));

/**
 * Routes are where features meet. The sign-in page is in the initial bundle (it is the first
 * thing everyone sees); every page behind sign-in is a lazy chunk.
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    // The layout itself failing: our error page without the shell.
    errorElement: (
      <main id="main" tabIndex={-1} className="mg-main">
        <RouteError />
      </main>
    ),
    children: [
      {
        // Every page's errors (a chunk that fails to load, a loader or render error) show our own
        // error page inside the shell, never React Router's developer page (issue 11).
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to={paths.home} replace /> },
          { path: paths.signIn, element: <SignInPage /> },
          {
            // Public (no session guard): the statement must be readable before signing in.
            path: paths.toegankelijkheid,
            Component: lazyPage(() =>
              import('@/features/toegankelijkheid/StatementPage').then((m) => ({ default: m.StatementPage })),
            ),
          },
          {
            // Auditors (issue 6): sign-in (public) and the workspace behind an auditor session.
            // One lazy chunk, loaded through one import site.
            path: paths.auditorSignIn,
            Component: auditorPage((m) => m.AuditorSignInRoute),
          },
          {
            Component: auditorPage((m) => m.AuditorLayoutRoute),
            children: [
              {
                Component: auditorPage((m) => m.AuditWorkspaceRoute),
                children: [
                  {
                    path: paths.auditor,
                    Component: auditorPage((m) => m.SearchRoute),
                  },
                  {
                    path: paths.auditorAnomalies,
                    Component: auditorPage((m) => m.AnomaliesRoute),
                  },
                  {
                    path: paths.auditorSubject,
                    Component: auditorPage((m) => m.SubjectRoute),
                  },
                  {
                    path: paths.auditorSla,
                    Component: auditorPage((m) => m.SlaRoute),
                  },
                  {
                    path: paths.auditorTrail,
                    Component: auditorPage((m) => m.TrailRoute),
                  },
                ],
              },
            ],
          },
          {
            // Lazy too: the session guard and idle timer are only needed behind sign-in.
            Component: lazyPage(() => import('./routes/CitizenLayout')),
            children: [
              {
                path: paths.overview,
                Component: lazyPage(() => import('./routes/OverviewRoute')),
              },
              {
                path: paths.persoonsgegevens,
                Component: lazyPage(() => import('./routes/PersoonsgegevensRoute')),
              },
              {
                path: paths.verwerkingen,
                Component: lazyPage(() => import('./routes/VerwerkingenRoute')),
              },
              {
                path: paths.verwerking,
                Component: lazyPage(() => import('./routes/VerwerkingRoute')),
              },
              {
                // Static, so it ranks above the registry pattern /mijn-gegevens/:slug.
                path: paths.vertegenwoordiging,
                Component: lazyPage(() => import('./routes/VertegenwoordigingRoute')),
              },
              {
                path: paths.registry,
                Component: lazyPage(() => import('./routes/RegistryDetailRoute')),
              },
              {
                path: paths.correctie,
                Component: lazyPage(() => import('./routes/CorrectieRoute')),
              },
              {
                path: paths.mijnVerzoeken,
                Component: lazyPage(() => import('./routes/MijnVerzoekenRoute')),
              },
              {
                path: paths.verzoek,
                Component: lazyPage(() => import('./routes/VerzoekRoute')),
              },
              {
                path: paths.berichten,
                Component: lazyPage(() => import('./routes/BerichtenRoute')),
              },
              ...(import.meta.env.VITE_MOCKS !== 'off' || import.meta.env.VITE_MOCK_CONTROLS === 'on'
                ? [
                    {
                      path: paths.faults,
                      Component: lazyPage(() =>
                        import('@/features/devtools/FaultsPage').then((m) => ({ default: m.FaultsPage })),
                      ),
                    },
                  ]
                : []),
            ],
          },
          { path: '*', Component: lazyPage(() => import('./routes/NotFoundPage')) },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
