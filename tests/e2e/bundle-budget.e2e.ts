/**
 * Bundle budgets on the production build the e2e suite already made (dist-e2e, mocks off).
 * Deterministic sizes, so a real test. Budgets and why: docs/decisions/005-bundle-budgets.md.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: plain ESM script shared with `npm run bench`, no type declarations
import { bundleReport, initialChunkText, kb } from '../../scripts/lib/bundle-report.mjs';

type Size = { raw: number; gzip: number; brotli: number };
type Report = { initial: { js: Size; css: Size; files: string[] }; routes: Array<{ route: string; js: Size }> };

const dist = path.resolve('dist-e2e');
const report = bundleReport(dist) as Report;
const toKb = kb as (bytes: number) => number;

/** KB gzip (level 6) per lazy route: what we measured plus room to grow, not a wish. */
const routeBudgetsKb: Record<string, number> = {
  AggregateCharts: 185,
  AuditorRoutes: 65,
  BerichtenRoute: 32,
  CitizenLayout: 5,
  CorrectieRoute: 60,
  LogCharts: 170,
  MeerInformatie: 36,
  MijnVerzoekenRoute: 38,
  NotFoundPage: 2,
  OverviewRoute: 65,
  PersoonsgegevensRoute: 45,
  RegistryDetailRoute: 60,
  StatementPage: 3,
  VerwerkingenRoute: 72,
  VerwerkingRoute: 56,
  VerzoekRoute: 45,
  // Issue 14: the page, its mandate form (react-hook-form + zod) and its texts; measured 42.5.
  VertegenwoordigingRoute: 48,
};

describe('bundle budgets (production build, mocks off)', () => {
  it('keeps the initial JS of the sign-in route at or under 150 KB gzip', () => {
    expect(toKb(report.initial.js.gzip)).toBeLessThanOrEqual(150);
  });

  it('loads the first page as the entry, the bundler runtime and one app chunk (vite.config.ts)', () => {
    // Rolldown cut it into 14 files where lazy pages shared modules with it (issue 16).
    expect(report.initial.files.length, report.initial.files.join(', ')).toBeLessThanOrEqual(3);
  });

  it.each(Object.entries(routeBudgetsKb))('keeps the lazy route %s within %s KB gzip', (route, budget) => {
    const found = report.routes.find((r) => r.route === route);
    expect(found, `route ${route} is in the build`).toBeDefined();
    expect(toKb(found?.js.gzip ?? Infinity)).toBeLessThanOrEqual(budget);
  });

  it('has no budget-less lazy route', () => {
    expect(report.routes.map((r) => r.route).filter((route) => !(route in routeBudgetsKb))).toEqual([]);
  });

  it('keeps the chart library and the mock layer out of the initial bundle', () => {
    const text = initialChunkText(dist) as string;
    // recharts' own class names and MSW's worker API are unmistakable in minified code.
    expect(text).not.toMatch(/recharts-/);
    expect(text).not.toMatch(/mockServiceWorker|setupWorker|MSW_COOKIE|__msw/);
    expect(text).not.toMatch(/brp-personen-mock-test-data|burgerservicenummer":"9999/);
  });
});
