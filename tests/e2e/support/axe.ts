/**
 * Accessibility check with axe-core in the real browser: WCAG 2.0 and 2.1, levels A and AA.
 * A failure lists every violation as `id [impact] help` with the selectors of each node.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export type AxeContext =
  | string
  | {
      /** CSS selectors to limit the scan to (default: the whole page). */
      include?: string | string[];
      /** CSS selectors to leave out. */
      exclude?: string | string[];
      /** Rule ids to skip; say why next to the call. */
      disableRules?: string[];
    };

const list = (value: string | string[] | undefined) => (value === undefined ? [] : [value].flat());

export async function expectNoAxeViolations(page: Page, context?: AxeContext): Promise<void> {
  const options = typeof context === 'string' ? { include: context } : (context ?? {});
  let builder = new AxeBuilder({ page }).withTags([...WCAG_TAGS]);
  for (const selector of list(options.include)) builder = builder.include(selector);
  for (const selector of list(options.exclude)) builder = builder.exclude(selector);
  if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);

  const { violations } = await builder.analyze();
  if (violations.length === 0) return;

  const lines = violations.map((v) => {
    const targets = v.nodes.map(
      (node) => `      ${node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' | ')}`,
    );
    return `  - ${v.id} [${v.impact ?? 'unknown'}]: ${v.help} (${v.helpUrl})\n${targets.join('\n')}`;
  });
  expect.fail(
    `${violations.length} accessibility violation(s) (${WCAG_TAGS.join(', ')}) on ${page.url()}:\n${lines.join('\n')}`,
  );
}
