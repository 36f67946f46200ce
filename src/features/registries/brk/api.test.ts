import { QueryClient } from '@tanstack/react-query';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { components } from '@/generated/brk';
import type { Agrees, ReadsFrom } from '@/lib/contract-agreement';
import { zakenVanBsn } from '@mocks/data/brk/registry';
import {
  type kadastraalOnroerendeZaakSchema,
  type typeGerechtigdeSchema,
  type zakelijkGerechtigdeSchema,
  type zakenCollectieSchema,
} from './api';
import { brkRegistry } from '.';
import { dutchMapper } from '../../../../tests/utils/registry-api';
import { signInAs } from '../../../../tests/utils/session';

type S = components['schemas'];
type Parsed<T extends z.ZodType> = z.infer<T>;

describe('BRK contract agreement (compile time)', () => {
  it('reads from BRK Bevragen 2.0.0', () => {
    expectTypeOf<
      ReadsFrom<Parsed<typeof kadastraalOnroerendeZaakSchema>, S['KadastraalOnroerendeZaakHal']>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      ReadsFrom<Parsed<typeof zakelijkGerechtigdeSchema>, S['ZakelijkGerechtigdeHal']>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      ReadsFrom<Parsed<typeof zakenCollectieSchema>, S['KadastraalOnroerendeZaakHalCollectie']>
    >().toEqualTypeOf<true>();
    expectTypeOf<Agrees<Parsed<typeof typeGerechtigdeSchema>, S['TypeGerechtigdeEnum']>>().toEqualTypeOf<true>();
  });
});

const toView = dutchMapper(brkRegistry);

describe('BRK over the mock gateway', () => {
  it.each(['999993653', '999990482', '999970847', '999995017', '999993483', '000009830'])(
    'reads the zaken with their gerechtigden and maps them for %s',
    async (bsn) => {
      await signInAs(bsn);
      const data = await new QueryClient({ defaultOptions: { queries: { retry: false } } }).fetchQuery(
        brkRegistry.query({}),
      );
      expect(data.zaken.map((z) => z.identificatie)).toEqual(zakenVanBsn(bsn).map((z) => z.identificatie));
      for (const zaak of data.zaken) expect(zaak._embedded?.zakelijkGerechtigden?.length).toBeGreaterThan(0);
      const view = toView(data);
      // The card counts the properties; with none it shows the empty text instead.
      if (data.zaken.length > 0) expect(view.keyFacts[0]?.value).toBe(String(data.zaken.length));
      else expect(view.keyFacts).toEqual([]);
      if (data.zaken.length === 0) expect(view.emptyText).toBeTruthy();
    },
  );

  it('keeps the BSN out of the query key', () => {
    expect(brkRegistry.query({}).queryKey).toEqual(['registries', 'brk']);
  });
});
