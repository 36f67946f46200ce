/**
 * Issue 16, mocks on (the demo build behind nginx): after an auditor signs in, the first screen
 * is the workspace's progress page, which holds the workspace's room; nothing on screen moves
 * while it counts, nor when the workspace replaces it. At 360 and 1280 px, NL and EN.
 *
 * Layout, not time: every layout shift from the first frame of the waiting state to the first
 * search results is summed, those within 500 ms of the click included (the browser leaves them
 * out of CLS, but whether one falls inside that window depends on the machine's load), and the
 * progress page must stay where it was first drawn. (The step before, from the sign-in page to
 * that first frame, is the app's route change: the bench's CLS covers it.) How soon it comes is the bench's
 * (`node scripts/bench.mjs --only=audit`: sign-in click → first screen).
 */
import { describe, expect, it } from 'vitest';
import { newPage } from '../support/browser';
import { mocksBaseUrl, screenshot } from '../support/fixtures';

type Watch = {
  armed: boolean;
  /** performance.now() of the first frame with the waiting or progress state. */
  firstScreen: number;
  /** Each shift: when (ms after the first screen), the page's scroll then, and what moved from where to where. */
  shifts: Array<{ value: number; at: number; scrollY: number; nodes: string[] }>;
  pendingTops: number[];
  pendingShort: number;
};

/** In the page before its scripts: where the progress page sits per frame, and layout shifts from its first frame on. */
function watchLayout() {
  const w: Watch = { armed: false, firstScreen: 0, shifts: [], pendingTops: [], pendingShort: 0 };
  (window as unknown as { __mgLayout: Watch }).__mgLayout = w;
  document.addEventListener('click', () => (w.armed = true), true);
  new PerformanceObserver((list) => {
    if (!w.firstScreen) return;
    type Rect = { x: number; y: number; width: number; height: number };
    const rect = (r: Rect) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
    for (const e of list.getEntries() as Array<
      PerformanceEntry & { value: number; sources?: Array<{ node?: Node; previousRect: Rect; currentRect: Rect }> }
    >) {
      // A failure message that says what moved: element, and its box before → after.
      const nodes = (e.sources ?? []).map(
        (s) =>
          `${s.node instanceof Element ? `${s.node.tagName}.${s.node.className}` : '?'} ${rect(s.previousRect)} → ${rect(s.currentRect)}`,
      );
      if (e.startTime >= w.firstScreen)
        w.shifts.push({ value: e.value, at: Math.round(e.startTime - w.firstScreen), scrollY: window.scrollY, nodes });
    }
  }).observe({ type: 'layout-shift' });
  const frame = () => {
    const pending = document.querySelector('.mg-audit-pending');
    const r = pending?.getBoundingClientRect();
    // Not while hidden (React's Suspense hides content with display: none): a hidden progress
    // page is not in the layout, and whatever moves because of it is a layout shift, counted below.
    if (w.armed && r && r.height > 0) {
      w.firstScreen ||= performance.now();
      const top = Math.round(r.top + window.scrollY);
      if (!w.pendingTops.includes(top)) w.pendingTops.push(top);
      // The room the workspace will take: at least a screen.
      if (r.height < window.innerHeight - 1) w.pendingShort++;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

const cases = [
  { width: 360, lang: 'nl', button: /^Inloggen als S\. El Amrani/, results: 'Gevonden verwerkingen' },
  { width: 1280, lang: 'nl', button: /^Inloggen als S\. El Amrani/, results: 'Gevonden verwerkingen' },
  { width: 360, lang: 'en', button: /^Sign in as S\. El Amrani/, results: 'Records found' },
  { width: 1280, lang: 'en', button: /^Sign in as S\. El Amrani/, results: 'Records found' },
] as const;

describe('Auditor workspace, first screen (mocks on)', () => {
  it.each(cases)(
    'keeps its place and height from sign-in to the results at $width px, $lang',
    { timeout: 180_000 },
    async ({ width, lang, button, results }) => {
      const t = await newPage({ baseURL: mocksBaseUrl(), viewport: { width, height: 740 } });
      const { page } = t;
      if (lang === 'en') await page.addInitScript(() => localStorage.setItem('mg.lang', 'en'));
      await page.addInitScript(watchLayout);
      await page.goto('/auditor/inloggen');
      await page.getByRole('button', { name: button }).click();
      await page.locator('.mg-audit-pending #audit-progress').waitFor({ timeout: 60_000 });
      // Only the screen: a full-page shot resizes the page while it is being watched (fixtures.ts).
      await screenshot(page, `audit-first-screen-progress-${lang}-${width}`, { fullPage: false });
      await page.locator('.mg-audit-nav').waitFor({ timeout: 150_000 });
      await page.getByRole('region', { name: results }).waitFor({ timeout: 60_000 });
      await page.waitForFunction(() => !document.querySelector('main .mg-loading'), null, { timeout: 60_000 });
      const w = await page.evaluate(() => (window as unknown as { __mgLayout: Watch }).__mgLayout);
      await screenshot(page, `audit-first-screen-ready-${lang}-${width}`);

      expect.soft(w.pendingTops, 'the waiting and progress states start at the same place').toHaveLength(1);
      expect.soft(w.pendingShort, 'frames where the progress page was shorter than the screen').toBe(0);
      const total = w.shifts.reduce((sum, s) => sum + s.value, 0);
      expect.soft(total, JSON.stringify(w.shifts)).toBeLessThanOrEqual(0.05);
      t.expectNoErrors();
    },
  );
});
