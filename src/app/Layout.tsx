import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { Button } from '@/components/Button';
import { LoadingState } from '@/components/LoadingState';
import { apiRequest } from '@/lib/api-client';
import { z } from 'zod-initial/mini';
import { paths } from '@/config/paths';
import { sessionQueries } from '@/features/session/api/session';
import { useEndSession } from '@/features/session/hooks';
import { followOtherTabs } from '@/lib/session-sync';

const ongelezenSchema = z.looseObject({ ongelezen: z.number() });

/**
 * The unread count next to "Berichten": one small query here (zod/mini and the API client are
 * in the first load already) instead of a lazy chunk. The berichtenbox invalidates ['berichten'].
 */
function OngelezenTeller() {
  const { t } = useTranslation('common');
  const box = useQuery({
    queryKey: ['berichten', 'ongelezen'] as const,
    queryFn: ({ signal }) => apiRequest('/berichten', { schema: ongelezenSchema, signal }),
    refetchInterval: 60_000,
  });
  const count = box.data?.ongelezen ?? 0;
  if (count === 0) return null;
  return (
    <span className="mg-badge">
      <span aria-hidden="true">{count}</span>
      <span className="mg-visually-hidden"> ({t('nav.ongelezen', { count })})</span>
    </span>
  );
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const next = i18n.language === 'nl' ? 'en' : 'nl';
  return (
    <Button
      appearance="subtle"
      className="mg-language-switch"
      lang={next}
      aria-label={t('language.switchToLabel')}
      onClick={() => void i18n.changeLanguage(next)}
    >
      {t('language.switchTo')}
    </Button>
  );
}

/** Pages anyone may see: no citizen menu there. */
const publicPaths: readonly string[] = [paths.signIn, paths.toegankelijkheid, paths.auditor, paths.faults];
const isPublicPath = (pathname: string) =>
  publicPaths.some((path) => pathname === path || pathname.startsWith(`${path}/`));

function Header() {
  const { t } = useTranslation('common');
  const session = useQuery(sessionQueries.current());
  const endSession = useEndSession();
  const { pathname } = useLocation();
  const signedIn = session.data?.role === 'burger';
  // On a citizen page the menu is drawn while the session check is still on its way, so it
  // does not push the page down when the answer arrives (layout shift). If nobody turns out
  // to be signed in, the page's guard sends them to sign-in anyway.
  const showNav = signedIn || (session.isPending && !isPublicPath(pathname));
  return (
    <header className="mg-header">
      <div className="mg-header__bar">
        <a className="mg-logo" href={signedIn ? paths.home : paths.signIn}>
          <span className="mg-logo__mark" aria-hidden="true" />
          <span className="mg-logo__text">
            <span className="mg-logo__name">{t('appName')}</span>
            <span className="mg-logo__tagline">{t('tagline')}</span>
          </span>
        </a>
        <div className="mg-header__tools">
          <LanguageSwitch />
          {session.data ? (
            <>
              <span className="mg-header__user">{t('header.signedInAs', { naam: session.data.naam })}</span>
              <Button appearance="secondary" onClick={() => void endSession('signedOut')}>
                {t('header.signOut')}
              </Button>
            </>
          ) : showNav ? (
            // Holds the room of name and sign-out button until the session answers (invisible,
            // not focusable, hidden from screen readers), so the page below does not jump.
            <span className="mg-header__placeholder" aria-hidden="true">
              <span className="mg-header__user">{t('header.signedInAs', { naam: '' })}</span>
              <span className="utrecht-button utrecht-button--secondary-action">{t('header.signOut')}</span>
            </span>
          ) : null}
        </div>
      </div>
      {showNav ? (
        <nav className="mg-nav" aria-label={t('nav.label')}>
          <ul className="mg-nav__list">
            <li>
              <NavLink className="mg-nav__link" to={paths.overview} end>
                {t('nav.overview')}
              </NavLink>
            </li>
            <li>
              <NavLink className="mg-nav__link" to={paths.persoonsgegevens}>
                {t('nav.persoonsgegevens')}
              </NavLink>
            </li>
            <li>
              <NavLink className="mg-nav__link" to={paths.mijnVerzoeken}>
                {t('nav.verzoeken')}
              </NavLink>
            </li>
            <li>
              <NavLink className="mg-nav__link" to={paths.berichten}>
                {t('nav.berichten')}
                {signedIn ? <OngelezenTeller /> : null}
              </NavLink>
            </li>
            <li>
              <NavLink className="mg-nav__link" to={paths.verwerkingen}>
                {t('nav.verwerkingen')}
              </NavLink>
            </li>
          </ul>
        </nav>
      ) : null}
    </header>
  );
}

/**
 * The page shell. `loading`: drawn while the first lazy route's code loads (the router's
 * HydrateFallback), so header and menu are in place from the first paint and nothing moves
 * when the page arrives.
 */
export function Layout({ loading = false }: { loading?: boolean }) {
  const { t } = useTranslation('common');
  // A sign-in or sign-out in another tab ends what this tab shows (lib/session-sync.ts).
  useEffect(() => followOtherTabs(), []);
  return (
    <div className="mg-page">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">
        {t('skipLink')}
      </a>
      <Header />
      <main id="main" tabIndex={-1} className="mg-main">
        {/* A page that fails (to load or to render) shows RouteError, the routes' errorElement. */}
        {loading ? (
          <LoadingState />
        ) : (
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        )}
      </main>
      <footer className="mg-footer">
        <h2 className="mg-visually-hidden">{t('footer.label')}</h2>
        <p className="utrecht-paragraph">{t('footer.demo')}</p>
        <p className="utrecht-paragraph">{t('footer.privacy')}</p>
        <p className="utrecht-paragraph">
          <Link className="mg-footer__link" to={paths.toegankelijkheid}>
            {t('footer.accessibility')}
          </Link>
        </p>
        {(import.meta.env.VITE_MOCKS !== 'off' || import.meta.env.VITE_MOCK_CONTROLS === 'on') ? (
          <p className="utrecht-paragraph">
            <Link className="mg-footer__link" to={paths.faults}>
              {t('footer.devtoolsLink')}
            </Link>
          </p>
        ) : null}
      </footer>
    </div>
  );
}
