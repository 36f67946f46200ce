import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { SignInPage } from '@/features/session/components/SignInPage';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { shellPainted } from './shell-painted';

const auditorChunk = () => import('./routes/AuditorRoutes');

/**
 * Routes are where features meet. The sign-in page is in the initial bundle (it is the first
 * thing everyone sees); every page behind sign-in is a lazy chunk.
 */
export const routes: RouteObject[] = shellFirst([
  {
    element: <Layout />,
    // Shown while the first lazy route's code loads: the shell with a loading state.
    HydrateFallback: () => <Layout loading />,
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
            lazy: async () => ({
              Component: (await import('@/features/toegankelijkheid/StatementPage')).StatementPage,
            }),
          },
          {
            // Auditors (issue 6): sign-in (public) and the workspace behind an auditor session.
            // One lazy chunk, loaded through one import site.
            path: paths.auditorSignIn,
            lazy: async () => ({ Component: (await auditorChunk()).AuditorSignInRoute }),
          },
          {
            lazy: async () => ({ Component: (await auditorChunk()).AuditorLayoutRoute }),
            children: [
              {
                lazy: async () => ({ Component: (await auditorChunk()).AuditWorkspaceRoute }),
                children: [
                  { path: paths.auditor, lazy: async () => ({ Component: (await auditorChunk()).SearchRoute }) },
                  {
                    path: paths.auditorAnomalies,
                    lazy: async () => ({ Component: (await auditorChunk()).AnomaliesRoute }),
                  },
                  {
                    path: paths.auditorSubject,
                    lazy: async () => ({ Component: (await auditorChunk()).SubjectRoute }),
                  },
                  { path: paths.auditorSla, lazy: async () => ({ Component: (await auditorChunk()).SlaRoute }) },
                  { path: paths.auditorTrail, lazy: async () => ({ Component: (await auditorChunk()).TrailRoute }) },
                ],
              },
            ],
          },
          {
            // Lazy too: the session guard and idle timer are only needed behind sign-in.
            lazy: async () => ({ Component: (await import('./routes/CitizenLayout')).default }),
            children: [
              {
                path: paths.overview,
                lazy: async () => ({ Component: (await import('./routes/OverviewRoute')).default }),
              },
              {
                path: paths.persoonsgegevens,
                lazy: async () => ({ Component: (await import('./routes/PersoonsgegevensRoute')).default }),
              },
              {
                path: paths.verwerkingen,
                lazy: async () => ({ Component: (await import('./routes/VerwerkingenRoute')).default }),
              },
              {
                path: paths.verwerking,
                lazy: async () => ({ Component: (await import('./routes/VerwerkingRoute')).default }),
              },
              {
                // Static, so it ranks above the registry pattern /mijn-gegevens/:slug.
                path: paths.vertegenwoordiging,
                lazy: async () => ({ Component: (await import('./routes/VertegenwoordigingRoute')).default }),
              },
              {
                path: paths.registry,
                lazy: async () => ({ Component: (await import('./routes/RegistryDetailRoute')).default }),
              },
              {
                path: paths.correctie,
                lazy: async () => ({ Component: (await import('./routes/CorrectieRoute')).default }),
              },
              {
                path: paths.mijnVerzoeken,
                lazy: async () => ({ Component: (await import('./routes/MijnVerzoekenRoute')).default }),
              },
              {
                path: paths.verzoek,
                lazy: async () => ({ Component: (await import('./routes/VerzoekRoute')).default }),
              },
              {
                path: paths.berichten,
                lazy: async () => ({ Component: (await import('./routes/BerichtenRoute')).default }),
              },
              ...(import.meta.env.VITE_MOCKS !== 'off' || import.meta.env.VITE_MOCK_CONTROLS === 'on'
                ? [
                    {
                      path: paths.faults,
                      lazy: async () => ({ Component: (await import('@/features/devtools/FaultsPage')).FaultsPage }),
                    },
                  ]
                : []),
            ],
          },
          { path: '*', lazy: async () => ({ Component: (await import('./routes/NotFoundPage')).default }) },
        ],
      },
    ],
  },
]);

/**
 * Every lazy route waits for the shell's first paint (src/app/shell-painted.ts): the shell is
 * on screen one download earlier, the page's code starts one frame later.
 */
export function shellFirst(list: RouteObject[]): RouteObject[] {
  return list.map((route) => {
    const { lazy, children } = route;
    const wrapped: Record<string, unknown> = { ...route };
    if (typeof lazy === 'function') {
      wrapped.lazy = async () => {
        await shellPainted;
        return lazy();
      };
    }
    if (children) wrapped.children = shellFirst(children);
    return wrapped as RouteObject;
  });
}

export function createRouter() {
  return createBrowserRouter(routes);
}
