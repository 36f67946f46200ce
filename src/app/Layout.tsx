import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigationType } from 'react-router';
import { Button } from '@/components/Button';
import { apiRequest } from '@/lib/api-client';
import { z } from 'zod-initial/mini';
import { paths } from '@/config/paths';
import { sessionQueries } from '@/features/session/api/session';
import { useEndSession } from '@/features/session/hooks';
import { followOtherTabs } from '@/lib/session-sync';
import { markShellPaintedUnlessHeld } from './shell-painted';
import { ShellFrame } from './ShellFrame';
import { NamensBanner } from '@/features/vertegenwoordiging/components/NamensBanner';
import { preloadOnIntent } from '@/lib/preload';
import { queryKeys } from '@/lib/query-keys';

const ongelezenSchema = z.looseObject({ ongelezen: z.number() });

/**
 * The unread count next to "Berichten": one small query here (zod/mini and the API client are
 * in the first load already) instead of a lazy chunk. The berichtenbox invalidates ['berichten'].
 */
function OngelezenTeller() {
  const { t } = useTranslation('common');
  const box = useQuery({
    queryKey: queryKeys.ongelezenBerichten(),
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

/**
 * The mark beside the wordmark: a blue "lint" (the vertical band of the central government's
 * house style) holding a white pictogram of a record with a check. Our own drawing: the real
 * Rijksoverheid logo is not ours to use.
 */
function LogoMark() {
  return (
    <svg className="mg-logo__mark" viewBox="0 0 36 56" aria-hidden="true" focusable="false">
      <rect width="36" height="56" fill="currentColor" />
      <path d="M10 14h12l5 5v21H10z" fill="none" stroke="#fff" strokeWidth="2" strokeLinejoin="round" />
      <path d="M22 14v5h5" fill="none" stroke="#fff" strokeWidth="2" strokeLinejoin="round" />
      <path
        d="M13.5 29.5l3.5 3.5 6.5-7"
        fill="none"
        stroke="#fff"
        strokeWidth="2.25"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
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
const isUnder = (pathname: string, path: string) => pathname === path || pathname.startsWith(`${path}/`);
const isPublicPath = (pathname: string) => publicPaths.some((path) => isUnder(pathname, path));
const isAuditorPath = (pathname: string) => isUnder(pathname, paths.auditor);

function Header() {
  const { t } = useTranslation('common');
  const session = useQuery(sessionQueries.current());
  const endSession = useEndSession();
  const { pathname } = useLocation();
  const signedIn = session.data?.role === 'burger';
  // The auditor workspace is its own place: its logo leads to the auditor's start page (which
  // asks an auditor to sign in first), never to the citizen's sign-in (issue 19).
  const auditorArea = isAuditorPath(pathname);
  const logoTarget = auditorArea ? paths.auditor : signedIn ? paths.home : paths.signIn;
  // On a citizen page the menu is drawn while the session check is still on its way, so it
  // does not push the page down when the answer arrives (layout shift). If nobody turns out
  // to be signed in, the page's guard sends them to sign-in anyway.
  const showNav = signedIn || (session.isPending && !isPublicPath(pathname));
  // Phones (below 48em): menu and account tools fold behind one "Menu" button, as NL Design
  // System and GOV.UK headers do, so the page starts in the first screen instead of below five
  // rows of links. It closes when the page changes and on Escape.
  const [menuOpen, setMenuOpen] = useState(false);
  const [menuFor, setMenuFor] = useState(pathname);
  if (menuFor !== pathname) {
    setMenuFor(pathname);
    setMenuOpen(false);
  }
  const menuId = useId();
  const toggleRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setMenuOpen(false);
      toggleRef.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);
  return (
    <header className={`mg-header${showNav ? ' mg-header--with-menu' : ''}${menuOpen ? ' mg-header--open' : ''}`}>
      <div className="mg-header__bar">
        <Link className="mg-logo" to={logoTarget}>
          <LogoMark />
          <span className="mg-logo__text">
            <span className="mg-logo__name">{t('appName')}</span>
            <span className="mg-logo__tagline">{t(auditorArea ? 'auditorTagline' : 'tagline')}</span>
          </span>
        </Link>
        {showNav ? (
          // One name, "Menu"; aria-expanded says whether it is open (a name that changes on
          // click is announced as a different button).
          <button
            ref={toggleRef}
            type="button"
            className="mg-menu-toggle"
            aria-expanded={menuOpen}
            aria-controls={`${menuId}-tools ${menuId}`}
            onClick={() => setMenuOpen(!menuOpen)}
          >
            <span className="mg-menu-toggle__icon" aria-hidden="true" />
            {t('nav.menu')}
          </button>
        ) : null}
        {/* On phones these fold into the menu too (their own row when it is open). */}
        <div className="mg-header__tools" id={`${menuId}-tools`}>
          <LanguageSwitch />
          {session.data ? (
            <>
              <span className="mg-header__user">{t('header.signedInAs', { naam: session.data.naam })}</span>
              <Button appearance="secondary" onClick={() => void endSession('signedOut')}>
                {t('header.signOut')}
              </Button>
            </>
          ) : showNav || (session.isPending && pathname.startsWith(paths.auditor)) ? (
            // Holds the room of name and sign-out button until the session answers (invisible,
            // not focusable, hidden from screen readers), so the page below does not jump. The
            // auditor's pages too: an auditor there is usually signed in (issue 16, CLS 0.3).
            <span className="mg-header__placeholder" aria-hidden="true">
              <span className="mg-header__user">{t('header.signedInAs', { naam: '' })}</span>
              <span className="utrecht-button utrecht-button--secondary-action">{t('header.signOut')}</span>
            </span>
          ) : null}
        </div>
      </div>
      {showNav ? (
        <nav id={menuId} className="mg-nav" aria-label={t('nav.label')}>
          <ul className="mg-nav__list">
            <li>
              <NavLink className="mg-nav__link" to={paths.overview} {...preloadOnIntent(paths.overview)} end>
                {t('nav.overview')}
              </NavLink>
            </li>
            <li>
              <NavLink
                className="mg-nav__link"
                to={paths.persoonsgegevens}
                {...preloadOnIntent(paths.persoonsgegevens)}
              >
                {t('nav.persoonsgegevens')}
              </NavLink>
            </li>
            <li>
              <NavLink className="mg-nav__link" to={paths.mijnVerzoeken} {...preloadOnIntent(paths.mijnVerzoeken)}>
                {t('nav.verzoeken')}
              </NavLink>
            </li>
            <li>
              <NavLink className="mg-nav__link" to={paths.berichten} {...preloadOnIntent(paths.berichten)}>
                {t('nav.berichten')}
                {signedIn ? <OngelezenTeller /> : null}
              </NavLink>
            </li>
            <li>
              <NavLink className="mg-nav__link" to={paths.verwerkingen} {...preloadOnIntent(paths.verwerkingen)}>
                {t('nav.verwerkingen')}
              </NavLink>
            </li>
            <li>
              <NavLink className="mg-nav__link" to={paths.vertegenwoordiging}>
                {t('nav.namens')}
              </NavLink>
            </li>
          </ul>
        </nav>
      ) : null}
    </header>
  );
}

/**
 * Test aids exist only in builds with mocks (or mock controls) on, and are linked only for a
 * signed-in test person: never from the public sign-in page a citizen lands on (issue 19).
 */
function TestAidsLink() {
  const { t } = useTranslation('common');
  const session = useQuery(sessionQueries.current());
  if (session.data?.role !== 'burger') return null;
  return (
    <p className="utrecht-paragraph">
      <Link className="mg-footer__link" to={paths.faults}>
        {t('footer.devtoolsLink')}
      </Link>
    </p>
  );
}

/** The frame of the page while its code loads, also for the citizen pages' session guard (CitizenLayout). */
const shellFrame = { fallback: <ShellFrame /> };

/**
 * The page shell: header, menu, footer, and `main` with the page. While a page's code loads,
 * `main` shows the ShellFrame (the top of that page where known), so the first paint already
 * says where the person is and nothing moves when the page arrives.
 */
export function Layout() {
  const { t } = useTranslation('common');
  const { pathname } = useLocation();
  const auditorArea = isAuditorPath(pathname);
  // A link to another page opens it at its top at once, with the frame, not when the page's code
  // has arrived and its heading takes focus: a page left scrolled down behind a short frame
  // pulled the footer up into view (a layout shift of 0.17 at 360 px, found by the audit bench).
  // Back and forward (POP) keep the browser's own scroll restoration.
  const navigationType = useNavigationType();
  useLayoutEffect(() => {
    if (navigationType !== 'POP') window.scrollTo(0, 0);
  }, [pathname, navigationType]);
  // A sign-in or sign-out in another tab ends what this tab shows (lib/session-sync.ts).
  useEffect(() => followOtherTabs(), []);
  // The shell is committed: pages' code may load now (src/app/shell-painted.ts), unless a
  // ShellFrame is still completing the top of the page (it says when).
  useEffect(() => markShellPaintedUnlessHeld(), []);
  return (
    <div className="mg-page">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">
        {t('skipLink')}
      </a>
      <Header />
      {/* Issue 14: whose data this is, on every page, while acting for someone else. */}
      <NamensBanner />
      <main id="main" tabIndex={-1} className="mg-main">
        {/* A page that fails (to load or to render) shows RouteError, the routes' errorElement. */}
        <Suspense fallback={shellFrame.fallback}>
          <Outlet context={shellFrame} />
        </Suspense>
      </main>
      <footer className="mg-footer">
        <h2 className="mg-visually-hidden">{t('footer.label')}</h2>
        <p className="utrecht-paragraph">{t('footer.demo')}</p>
        {/* Auditors: what this workspace records of their own use, and the same promise about the browser. */}
        <p className="utrecht-paragraph">{t(auditorArea ? 'footer.auditor' : 'footer.privacy')}</p>
        <p className="utrecht-paragraph">
          <Link className="mg-footer__link" to={paths.toegankelijkheid}>
            {t('footer.accessibility')}
          </Link>
        </p>
        {!auditorArea && (import.meta.env.VITE_MOCKS !== 'off' || import.meta.env.VITE_MOCK_CONTROLS === 'on') ? (
          <TestAidsLink />
        ) : null}
      </footer>
    </div>
  );
}
