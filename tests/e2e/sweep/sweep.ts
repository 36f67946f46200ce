/**
 * The accessibility sweep's routes and checks (tests/e2e/a11y-sweep-*.e2e.ts run them, one file
 * per language so the two e2e workers share the work). Issue 7: every route, in Dutch and English, against the
 * production build (mocks off), for what WCAG 2.1 AA asks and a machine can check:
 *
 *  - axe-core: 0 violations (WCAG 2.0/2.1 A and AA rules);
 *  - reflow at 320 CSS px wide: no horizontal scrolling (1.4.10);
 *  - 200 % zoom: the main heading and the primary actions are visible, inside the viewport
 *    and usable, without horizontal scrolling (1.4.4);
 *  - visible focus: every element Tab reaches shows an outline or a box-shadow (2.4.7);
 *  - reduced motion: with `prefers-reduced-motion: reduce` the loading skeleton stands still.
 *
 * Add a route by adding it to `sweepRoutes`. A test below fails when src/config/paths.ts has
 * a path that is neither swept nor listed in `notSwept` with a reason: nothing is skipped
 * silently.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditorSubjectPath, paths, registryPath } from '@/config/paths';
import { registryFacts, registryIds as allRegistryIds, type RegistryId } from '@/lib/registries';
import { eventsForBsn, isConfidentialEvent, toLdvRecord } from '@mocks/data/verwerkingen/events';
import { pseudonymFor } from '@mocks/data/audit/universe';
import { expectNoAxeViolations } from '../support/axe';
import { newPage, type TrackedPage } from '../support/browser';
import { mockApiUrl, resetMocks } from '../support/fixtures';
import { expectNoHorizontalScroll } from '../support/journeys';
import { mockControlCookie } from '../overview/helpers';
import { dutchOnEnglishPage } from './dutch';
import { findTextOverlaps } from './overlap';

export type Lang = 'nl' | 'en';

export type SweepRoute = {
  /** Shown in the test name. */
  name: string;
  /** A concrete URL path (no `:params`). */
  path: string;
  /** The BSN of the citizen, or the test auditor, to sign in as (through the API, before the page loads); none = public. */
  signedInAs?: string | { auditor: string };
  /** The page's primary actions, beyond the header's (language switch, sign-out). */
  primaryActions?: (page: Page, lang: Lang) => Locator[];
  /** Extra wait until the page shows its content; the sweep already waits for the h1 and no loading state. */
  ready?: (page: Page) => Promise<unknown>;
};

/** Suzanne Moulin: a record in every registry, so every detail page has content. */
const CITIZEN = '999993653';

/** The detail path of the citizen's latest event the log shows (the generator is deterministic, like the gateway). */
function processingEventPath(bsn: string): string {
  const log = eventsForBsn(bsn);
  if (!log) throw new Error(`no log for ${bsn}`);
  for (let i = log.length - 1; i >= 0; i--) {
    if (isConfidentialEvent(log, i)) continue;
    const r = toLdvRecord(log, i);
    return paths.verwerking.replace(':id', `${r.traceId}_${r.spanId}`);
  }
  throw new Error(`no visible event for ${bsn}`);
}

// The BRP's detail page is its own route (paths.persoonsgegevens), swept on its own.
const registryIds = allRegistryIds.filter((id) => id !== 'brp');

const byLang = (lang: Lang, nl: string, en: string) => (lang === 'nl' ? nl : en);

const registryDetail = (id: RegistryId): SweepRoute => ({
  name: `registry detail ${registryFacts[id].slug}`,
  path: registryPath(id),
  signedInAs: CITIZEN,
  primaryActions: (page, lang) => [
    page.getByRole('link', { name: byLang(lang, 'Terug naar het overzicht', 'Back to the overview'), exact: true }),
  ],
});

const AUDITOR = { auditor: 'fg-rotterdam' };
/** The workspace shows its pages once the records are generated (the first visit waits for it). */
const workspaceReady = (page: Page) => page.locator('.mg-audit-nav').waitFor({ timeout: 90_000 });
function auditorRoutes(): SweepRoute[] {
  const nav = (page: Page, lang: Lang, nl: string, en: string) =>
    page
      .getByRole('navigation', { name: byLang(lang, 'Auditorwerkplek', 'Auditor workspace') })
      .getByRole('link', { name: byLang(lang, nl, en), exact: true });
  return [
    {
      name: 'auditor search',
      path: paths.auditor,
      signedInAs: AUDITOR,
      ready: async (page) => {
        await workspaceReady(page);
        await page.getByRole('region', { name: /Gevonden verwerkingen|Records found/ }).waitFor({ timeout: 30_000 });
        // The charts are drawn when they come near the screen (issue 16): go there first.
        await page.locator('#charts-heading').scrollIntoViewIfNeeded();
        await page.locator('.mg-audit-chart').first().waitFor({ timeout: 30_000 });
      },
      primaryActions: (page, lang) => [
        page.getByRole('button', { name: byLang(lang, 'Zoeken', 'Search'), exact: true }),
        page.getByRole('button', { name: byLang(lang, 'Exporteer als CSV', 'Export as CSV') }),
      ],
    },
    {
      name: 'auditor anomalies',
      path: paths.auditorAnomalies,
      signedInAs: AUDITOR,
      ready: workspaceReady,
      primaryActions: (page, lang) => [nav(page, lang, 'Zoeken', 'Search')],
    },
    {
      name: 'auditor subject',
      path: auditorSubjectPath(pseudonymFor(CITIZEN)),
      signedInAs: AUDITOR,
      ready: workspaceReady,
      primaryActions: (page, lang) => [
        page.getByRole('button', { name: byLang(lang, 'Toon identiteit', 'Show identity') }),
      ],
    },
    {
      name: 'auditor SLA',
      path: paths.auditorSla,
      signedInAs: AUDITOR,
      ready: workspaceReady,
      primaryActions: (page, lang) => [nav(page, lang, 'Toegangslogboek', 'Access trail')],
    },
    {
      name: 'auditor access trail',
      path: paths.auditorTrail,
      signedInAs: AUDITOR,
      ready: workspaceReady,
      primaryActions: (page, lang) => [nav(page, lang, 'Termijnen', 'Deadlines')],
    },
  ];
}

export const sweepRoutes: SweepRoute[] = [
  {
    name: 'sign-in',
    path: paths.signIn,
    primaryActions: (page, lang) => [
      page.getByLabel(byLang(lang, 'Burgerservicenummer (BSN)', 'Citizen service number (BSN)')),
      page.getByRole('button', { name: byLang(lang, 'Inloggen', 'Sign in'), exact: true }),
    ],
  },
  {
    name: 'overview',
    path: paths.overview,
    signedInAs: CITIZEN,
    ready: (page) =>
      page.waitForFunction(
        () => {
          const cards = [...document.querySelectorAll('[data-registry]')];
          return cards.length > 0 && cards.every((c) => c.getAttribute('data-status') !== 'loading');
        },
        null,
        { timeout: 20_000 },
      ),
    primaryActions: (page, lang) => [
      page.locator('[data-registry="brp"] .mg-card__more a'),
      page.getByRole('button', { name: byLang(lang, 'Download alles (JSON)', 'Download everything (JSON)') }),
    ],
  },
  {
    name: 'persoonsgegevens',
    path: paths.persoonsgegevens,
    signedInAs: CITIZEN,
    ready: (page) => page.getByText('Boterdiep 31').first().waitFor(),
    primaryActions: (page, lang) => [
      page.getByRole('navigation').getByRole('link', { name: byLang(lang, 'Overzicht', 'Overview'), exact: true }),
    ],
  },
  ...registryIds.map(registryDetail),
  {
    name: 'correction flow, first step',
    path: '/correctie/brp/naam.voornamen/wat',
    signedInAs: CITIZEN,
    primaryActions: (page, lang) => [
      page.getByRole('button', { name: byLang(lang, 'Verder', 'Continue'), exact: true }),
    ],
  },
  {
    // Issue 13: where more than one route fits (here the WOZ value: bezwaar or a correction), "Klopt dit niet?" shows them first.
    name: 'correction routes (WOZ value)',
    path: '/correctie/woz/rij.2025-01-01/route',
    signedInAs: CITIZEN,
    ready: (page) =>
      page
        .getByRole('heading', { level: 2, name: /^(Bezwaar maken tegen de WOZ-waarde|Object to the WOZ value)$/ })
        .waitFor(),
    primaryActions: (page, lang) => [
      page.getByRole('button', { name: byLang(lang, 'Laatste dag berekenen', 'Work out the last day') }),
    ],
  },
  {
    name: 'mijn verzoeken',
    path: paths.mijnVerzoeken,
    signedInAs: CITIZEN,
    ready: (page) => page.locator('.mg-verzoek-card').first().waitFor(),
  },
  {
    name: 'berichten',
    path: paths.berichten,
    signedInAs: CITIZEN,
  },
  {
    name: 'processing log',
    path: paths.verwerkingen,
    signedInAs: CITIZEN,
    ready: (page) => page.locator('[data-count]').waitFor({ timeout: 30_000 }),
    primaryActions: (page, lang) => [
      page.getByLabel(byLang(lang, 'Zoeken in het logboek', 'Search the log')),
      page.getByRole('button', { name: byLang(lang, 'Download deze lijst (CSV)', 'Download this list (CSV)') }),
    ],
  },
  {
    name: 'processing event',
    path: processingEventPath(CITIZEN),
    signedInAs: CITIZEN,
    ready: (page) =>
      page.getByRole('button', { name: /^(Vraag versturen|Send question)$/ }).waitFor({ timeout: 30_000 }),
    primaryActions: (page, lang) => [
      page.getByRole('button', { name: byLang(lang, 'Vraag versturen', 'Send question') }),
    ],
  },
  {
    // Issue 14: a parent with gezag over two children (BRP 2.7): the list, the trail, the mandate form.
    name: 'vertegenwoordigen',
    path: paths.vertegenwoordiging,
    signedInAs: '999970057',
    ready: (page) => page.getByRole('button', { name: /^(Machtiging geven|Give mandate)$/ }).waitFor(),
    primaryActions: (page, lang) => [
      page.getByRole('button', {
        name: byLang(lang, 'Gegevens van Nicolas van Nimwegen bekijken', 'View the data of Nicolas van Nimwegen'),
      }),
      page.getByRole('button', { name: byLang(lang, 'Machtiging geven', 'Give mandate') }),
    ],
  },
  {
    name: 'auditor sign-in',
    path: paths.auditorSignIn,
    primaryActions: (page, lang) => [
      page.getByRole('button', { name: byLang(lang, 'Inloggen als M. de Vries', 'Sign in as M. de Vries') }),
    ],
  },
  ...auditorRoutes(),
  {
    name: 'page not found',
    path: '/deze-pagina-bestaat-niet',
    primaryActions: (page, lang) => [
      page.getByRole('link', { name: byLang(lang, 'Naar de startpagina', 'Go to the start page') }),
    ],
  },
  {
    name: 'accessibility statement',
    path: paths.toegankelijkheid,
    primaryActions: (page, lang) => [
      page.getByRole('contentinfo').getByRole('link', { name: byLang(lang, 'Toegankelijkheid', 'Accessibility') }),
    ],
  },
];

/**
 * Paths in src/config/paths.ts the sweep does not visit, each with its reason. A path that
 * gets a page must move to `sweepRoutes`.
 */
export const notSwept: Partial<Record<keyof typeof paths, string>> = {
  registry: 'a pattern: each of its slugs (src/lib/registries.ts) is swept as a registry detail page',
  correctie:
    'a pattern: its first step is swept ("correction flow, first step"); later steps need earlier answers and get axe NL+EN and 320 px in correcties.e2e.ts',
  verzoek: 'a pattern with a zaak UUID made at run time: axe-checked in correcties.e2e.ts',
  verwerking: 'a pattern: swept as "processing event" with a concrete event of the citizen',
  auditorSubject: 'a pattern: swept with the pseudonym of one test person (auditor subject)',
  faults: 'a testing aid that exists only in builds with mocks on; the sweep drives the mocks-off production build',
};

/** The header's actions every page has. */
const headerActions = (page: Page, lang: Lang, signedIn: boolean): Locator[] => [
  page.getByRole('button', { name: byLang(lang, 'Switch to English', 'Schakel naar Nederlands') }),
  ...(signedIn ? [page.getByRole('button', { name: byLang(lang, 'Uitloggen', 'Sign out'), exact: true })] : []),
];

async function open(
  route: SweepRoute,
  lang: Lang,
  options: { reducedMotion?: 'reduce' | 'no-preference' } = {},
): Promise<TrackedPage> {
  const t = await newPage({ locale: lang === 'nl' ? 'nl-NL' : 'en-GB', ...options });
  if (route.signedInAs) {
    const data = typeof route.signedInAs === 'string' ? { bsn: route.signedInAs } : route.signedInAs;
    const response = await t.context.request.post(`${t.baseURL}/api/auth/session`, { data });
    expect(response.status(), 'sign-in through the API').toBe(201);
  }
  // The language choice is what the switch stores; set before the app's first script runs.
  if (lang === 'en') await t.page.addInitScript(() => localStorage.setItem('mg.lang', 'en'));
  await t.page.goto(route.path);
  await t.page.getByRole('heading', { level: 1 }).waitFor();
  await t.page.waitForFunction(() => !document.querySelector('main .mg-loading, main [aria-busy="true"]'));
  await route.ready?.(t.page);
  expect(new URL(t.page.url()).pathname, 'the page was not redirected').toBe(route.path);
  expect(await t.page.evaluate(() => document.documentElement.lang)).toBe(lang);
  return t;
}

/** True when the element's box lies within the viewport's width (not cut off left or right). */
async function expectVisibleAndUsable(page: Page, locator: Locator, what: string): Promise<void> {
  expect(await locator.count(), `${what}: exactly one on the page`).toBe(1);
  await locator.scrollIntoViewIfNeeded();
  expect(await locator.isVisible(), `${what}: visible`).toBe(true);
  const box = await locator.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box, `${what}: has a box`).not.toBeNull();
  if (box) {
    expect(box.x, `${what}: not cut off on the left`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${what}: not cut off on the right`).toBeLessThanOrEqual(width + 0.5);
    expect(box.width, `${what}: has a width`).toBeGreaterThan(0);
  }
  // Usable: Playwright's actionability checks (visible, stable, enabled, not covered by
  // another element) without actually clicking.
  await locator.click({ trial: true, timeout: 5_000 });
}

type FocusStop = { element: string; visible: boolean; how: string };

/**
 * Tabs from the top of the page until focus leaves the document or comes round again, and
 * reports for every stop whether the focused element is visibly marked.
 */
async function tabThrough(page: Page, maxStops = 200): Promise<FocusStop[]> {
  // Focusing the body moves the sequential focus starting point to the top of the document
  // (blur() alone would leave it at the element that had focus, e.g. the h1).
  await page.evaluate(() => {
    const body = document.body;
    body.setAttribute('tabindex', '-1');
    body.focus();
    body.removeAttribute('tabindex');
    window.scrollTo(0, 0);
    (window as Window & { __tabbed?: WeakSet<Element> }).__tabbed = new WeakSet();
  });
  const stops: FocusStop[] = [];
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      // Round again: this element was already reached.
      const tabbed = (window as Window & { __tabbed?: WeakSet<Element> }).__tabbed;
      if (!tabbed || tabbed.has(el)) return null;
      tabbed.add(el);
      const style = getComputedStyle(el);
      const outline =
        style.outlineStyle !== 'none' &&
        parseFloat(style.outlineWidth) > 0 &&
        style.outlineColor !== 'rgba(0, 0, 0, 0)';
      const shadow = style.boxShadow !== 'none';
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40);
      const id = el.id ? `#${el.id}` : '';
      return {
        element: `${el.tagName.toLowerCase()}${id} "${name}"`,
        visible: outline || shadow,
        how: outline
          ? `outline ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`
          : shadow
            ? `box-shadow ${style.boxShadow}`
            : 'nothing',
      };
    });
    if (!stop) break;
    stops.push(stop);
  }
  return stops;
}

/** Two animation frames: the layout (and charts that follow their container's size) caught up. */
const settled = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );

/** The sweep of every route in one language. */
export function sweepIn(lang: Lang): void {
  describe(`Accessibility sweep: every route, ${lang.toUpperCase()}`, () => {
    beforeEach(async () => {
      await resetMocks();
    });

    describe.each(sweepRoutes)('$name ($path)', (route) => {
      it(`${lang}: axe; ${lang === 'en' ? 'no Dutch left; ' : ''}320, 360, 768, 1280 px without sideways scroll or overlapping text; 200 % zoom; visible focus`, async () => {
        const t = await open(route, lang);
        const { page } = t;
        const actions = () => [
          ...headerActions(page, lang, Boolean(route.signedInAs)),
          ...(route.primaryActions?.(page, lang) ?? []),
        ];

        await expectNoAxeViolations(page);

        // In English no Dutch is left, apart from names, the law's own titles and text marked lang="nl" (issue 19).
        if (lang === 'en') expect(await dutchOnEnglishPage(page), 'Dutch text on the English page').toEqual([]);

        // Reflow (WCAG 1.4.10 names 320 CSS px, 1280 px at 400 %), a phone, a tablet and a
        // laptop: nothing scrolls sideways and no text is printed over other text (issue 19).
        const layoutProblems: string[] = [];
        for (const width of [320, 360, 768, 1280]) {
          await page.setViewportSize({ width, height: 800 });
          await settled(page);
          const { scrollWidth, clientWidth } = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: document.documentElement.clientWidth,
          }));
          if (scrollWidth > clientWidth)
            layoutProblems.push(`${width} px: the page is ${scrollWidth} px wide (scrolls sideways)`);
          for (const o of await findTextOverlaps(page))
            layoutProblems.push(`${width} px: ${o.a} overlaps ${o.b} (${o.area})`);
        }
        expect(layoutProblems.join('\n'), 'sideways scrolling or text over text').toBe('');

        // 200 % zoom. Browser zoom makes a CSS pixel twice as large, so a 1280×800 screen
        // then has a 640×400 CSS px layout viewport: that is what we emulate. deviceScaleFactor
        // 2 would not do: it sharpens the rendering but leaves the CSS layout at full width.
        await page.setViewportSize({ width: 640, height: 400 });
        await expectNoHorizontalScroll(page);
        await expectVisibleAndUsable(page, page.getByRole('heading', { level: 1 }), 'main heading');
        // On a narrow layout the header's actions are behind the Menu button: open it first.
        const menu = page.getByRole('button', { name: byLang(lang, 'Menu', 'Menu'), exact: true });
        if (await menu.isVisible()) await menu.click();
        for (const [i, action] of actions().entries())
          await expectVisibleAndUsable(page, action, `primary action ${i + 1}`);

        // Visible focus, at the default size.
        await page.setViewportSize({ width: 1280, height: 800 });
        const stops = await tabThrough(page);
        expect(stops.length, 'Tab reaches something').toBeGreaterThan(route.signedInAs ? 3 : 2);
        expect(stops[0]?.element, 'the skip link comes first').toMatch(/^a "(Naar de inhoud|Skip to content)/);
        const invisible = stops.filter((s) => !s.visible).map((s) => s.element);
        expect(invisible, 'focused elements without a visible outline or box-shadow').toEqual([]);
        t.expectNoErrors();
      });
    });
  });
}

/** Fails when a path of the app is neither swept nor listed in `notSwept` with a reason. */
export function sweepCoversEveryPath(): void {
  describe('Accessibility sweep: coverage', () => {
    it('sweeps every path of the app, or says why not', () => {
      const swept = new Set(sweepRoutes.map((r) => r.path));
      const missing = Object.entries(paths)
        .filter(([key, path]) => !swept.has(path) && !notSwept[key as keyof typeof paths])
        .map(([key, path]) => `${key} (${path})`);
      expect(missing, 'paths neither swept nor listed in notSwept with a reason').toEqual([]);
      const stale = Object.keys(notSwept).filter((key) => swept.has(paths[key as keyof typeof paths]));
      expect(stale, 'listed in notSwept but swept after all').toEqual([]);
      for (const id of allRegistryIds) {
        expect(swept.has(registryPath(id)), `registry ${id}`).toBe(true);
      }
      expect(new Set(sweepRoutes.map((r) => r.name)).size, 'route names are unique').toBe(sweepRoutes.length);
    });
  });
}

/** Reduced motion: the skeleton stands still when the system asks for it. */
export function reducedMotion(): void {
  describe('Reduced motion', () => {
    beforeEach(async () => {
      await resetMocks();
      // A slow registry keeps its loading skeleton on screen long enough to look at.
      const response = await fetch(`${mockApiUrl()}/api/__mock/faults`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Cookie: await mockControlCookie() },
        body: JSON.stringify({ rdw: { mode: 'none', latencyMs: 10_000 } }),
      });
      expect(response.status).toBe(200);
    });

    const skeletonAnimation = async (t: TrackedPage) => {
      const overview = sweepRoutes.find((r) => r.path === paths.overview);
      if (!overview?.signedInAs) throw new Error('the overview route is missing from sweepRoutes');
      const response = await t.context.request.post(`${t.baseURL}/api/auth/session`, {
        data: { bsn: overview.signedInAs },
      });
      expect(response.status()).toBe(201);
      await t.page.goto(paths.overview);
      const skeleton = t.page.locator('[data-registry="rdw"] .mg-skeleton').first();
      await skeleton.waitFor();
      return skeleton.evaluate((el) => {
        const style = getComputedStyle(el);
        const seconds = (value: string) => (value.endsWith('ms') ? parseFloat(value) / 1000 : parseFloat(value));
        return { duration: seconds(style.animationDuration), name: style.animationName };
      });
    };

    it('stops the loading skeleton when the system asks for reduced motion', async () => {
      const t = await newPage({ reducedMotion: 'reduce' });
      const { duration } = await skeletonAnimation(t);
      expect(duration).toBeLessThanOrEqual(0.01);
    });

    it('animates the skeleton otherwise (so the check above can fail)', async () => {
      const t = await newPage({ reducedMotion: 'no-preference' });
      const { duration, name } = await skeletonAnimation(t);
      expect(name).not.toBe('none');
      expect(duration).toBeGreaterThan(0.5);
    });
  });
}
