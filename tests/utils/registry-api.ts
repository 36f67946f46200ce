import { QueryClient } from '@tanstack/react-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { adresVanPersoon } from '@mocks/data/bag';
import { setupI18nWithAllNamespaces, type Language } from '@/lib/i18n';
import type { RegistryId } from '@/lib/registries';
import type { AddressDeps, RegistryDefinition } from '@/lib/registry-definition';
import type { RegistryView } from '@/lib/registry-view';
import { NotSignedInError } from '@/lib/session';
import { signInAs } from './render';

const fetchWith = <TData>(definition: RegistryDefinition<TData, RegistryId>, deps: AddressDeps) =>
  new QueryClient({ defaultOptions: { queries: { retry: false } } }).fetchQuery(definition.query(deps));

/**
 * What every registry's api test proves, over the in-process gateway: the real answer for each
 * person passes the app's schema and maps in both languages (raw kept for the export), the query
 * key holds no BSN, and without a session the citizen is asked to sign in. Registry-specific
 * checks (contract agreement at compile time, lookups) stay in the registry's own api.test.ts.
 */
export function describeRegistryApi<TData, NS extends RegistryId>(
  definition: RegistryDefinition<TData, NS>,
  options: {
    bsns: readonly string[];
    /** What the double holds for the person, from its own data (not from the app). */
    expected?: (bsn: string) => unknown;
    /** The address ids an address-keyed registry is asked with (from the BRP's answer). */
    deps?: (bsn: string) => AddressDeps;
    /** Registry-specific checks on the answer and its view. */
    check?: (data: TData, view: RegistryView, bsn: string) => void;
  },
) {
  const { bsns, expected, deps = () => ({}), check } = options;
  const anyDefinition = definition as unknown as RegistryDefinition<TData, RegistryId>;

  describe(`${definition.id} over the mock gateway`, () => {
    it.each(bsns)('accepts the real answer for %s and maps it in Dutch and English', async (bsn) => {
      await signInAs(bsn);
      const data = await fetchWith(anyDefinition, deps(bsn));
      if (expected) expect(data).toEqual(expected(bsn));
      for (const language of ['nl', 'en'] as const satisfies readonly Language[]) {
        const i18n = await setupI18nWithAllNamespaces(language);
        const view = definition.toView(data, {
          t: i18n.getFixedT(language, definition.namespace),
          tCommon: i18n.getFixedT(language, 'common'),
          language,
        });
        expect(view.id).toBe(definition.id);
        expect(view.raw).toBe(data);
        expect(view.sections.length > 0 || view.emptyText !== undefined).toBe(true);
        // A missing text shows as its key ("registry.titel"): never in what a citizen reads.
        expect(view.title).not.toMatch(/^[a-zA-Z]+(\.[a-zA-Z]+)+$/);
        // The law by its Dutch title; in English with a gloss ("… Act (Dutch title)"), never bare Dutch.
        if (language === 'en') expect(view.legalBasis).toMatch(/\bAct\b.*\(/);
        check?.(data, view, bsn);
      }
    });

    it('keeps the BSN out of the query key', () => {
      for (const bsn of bsns) {
        const key = definition.query(deps(bsn)).queryKey;
        expect(key.slice(0, 2)).toEqual(['registries', definition.id]);
        expect(JSON.stringify(key)).not.toContain(bsn);
      }
    });

    if (definition.dependsOn.length === 0)
      it('asks the citizen to sign in when there is no session', async () => {
        await expect(fetchWith(anyDefinition, {})).rejects.toBeInstanceOf(NotSignedInError);
      });
  });
}

/** The address ids BAG and WOZ are asked with for a person: from the double's own BAG data. */
export function addressDepsOf(bsn: string): AddressDeps {
  const adres = adresVanPersoon(bsn);
  return adres
    ? {
        adresseerbaarObjectIdentificatie: adres.adresseerbaarObjectIdentificatie,
        nummeraanduidingIdentificatie: adres.nummeraanduidingIdentificatie,
      }
    : {};
}

/** A registry's mapper in Dutch with every namespace loaded (call at the top of a test file). */
export function dutchMapper<TData, NS extends RegistryId>(
  definition: RegistryDefinition<TData, NS>,
): (data: TData) => RegistryView {
  let i18n: Awaited<ReturnType<typeof setupI18nWithAllNamespaces>>;
  beforeAll(async () => {
    i18n = await setupI18nWithAllNamespaces('nl');
  });
  return (data) =>
    definition.toView(data, {
      t: i18n.getFixedT('nl', definition.namespace),
      tCommon: i18n.getFixedT('nl', 'common'),
      language: 'nl',
    });
}
