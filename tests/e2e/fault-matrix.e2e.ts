/**
 * Issue 3's fault matrix: each registry failing on its own, for real (through the mock gateway's
 * fault control), says what happened on its card while the others still show.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { newPage } from './support/browser';
import { resetMocks } from './support/fixtures';
import { card, openOverview, registries, setFault, type Registry } from './overview/helpers';

describe('fault matrix: 9 registries × {500, malformed, 401}, and time-outs', () => {
  beforeEach(async () => {
    await resetMocks();
  });

  const expectedText: Record<string, RegExp> = {
    '500': /Er ging iets mis bij de overheidsorganisatie/,
    timeout: /duurde te lang/,
    malformed: /gegevens die we niet kunnen lezen/,
    '401': /niet meer ingelogd/,
  };

  // Every registry with every answer that comes back at once. A time-out costs the whole
  // client time-out (8 s in e2e builds) and takes the same path for every card, so it is shown
  // for the BRP (which BAG and WOZ depend on), one registry that depends on it and one that
  // does not, not nine times.
  const timeoutFor: readonly Registry[] = ['brp', 'bag', 'rdw'];
  const cases = registries.flatMap((registry) =>
    (['500', 'timeout', 'malformed', '401'] as const)
      .filter((mode) => mode !== 'timeout' || timeoutFor.includes(registry))
      .map((mode) => [registry, mode] as const),
  );

  it.each(cases)('%s with %s: that card says what happened, the others still show', async (registry, mode) => {
    await setFault(registry, mode);
    const t = await newPage();
    const statuses = await openOverview(t, '999993653');
    expect(statuses[registry]).toBe('error');
    const failed = card(t.page, registry);
    expect(await failed.textContent()).toMatch(expectedText[mode] as RegExp);
    if (mode === '401') expect(await failed.getByRole('button', { name: 'Opnieuw inloggen' }).count()).toBe(1);
    else expect(await failed.getByRole('button', { name: 'Opnieuw proberen' }).count()).toBe(1);
    // The notice at the top names exactly the registry that failed (and what depends on it).
    const notice = t.page.getByRole('status').filter({ hasText: 'U ziet misschien niet al uw gegevens' });
    expect(await notice.textContent()).toContain((await failed.locator('h2').textContent()) ?? '');
    for (const other of registries) {
      if (other === registry) continue;
      // BAG and WOZ are found by the address from the BRP; without the BRP they say so.
      const expected = registry === 'brp' && (other === 'bag' || other === 'woz') ? 'blocked' : 'success';
      expect(statuses[other], `${other} while ${registry} has ${mode}`).toBe(expected);
    }
    t.expectNoErrors();
  });

  it('retries a failed registry once the fault is gone', async () => {
    await setFault('kvk', '500');
    const t = await newPage();
    await openOverview(t, '999993653');
    await setFault('kvk', 'none');
    await card(t.page, 'kvk').getByRole('button', { name: 'Opnieuw proberen' }).click();
    await expect.poll(() => card(t.page, 'kvk').getAttribute('data-status')).toBe('success');
    t.expectNoErrors();
  });
});
