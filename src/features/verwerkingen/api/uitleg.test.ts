import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { components as Berichten } from '@/generated/berichten';
import type { components as Catalogi } from '@/generated/catalogi';
import type { components as Zaken } from '@/generated/zaken';
import type { AsServed, ReadsFrom } from '@/lib/contract-agreement';
import type { eigenschapSchema, roltypeSchema, statustypeSchema, verantwoordelijkeSchema, zaakSchema } from './uitleg';

type Parsed<T extends z.ZodType> = z.infer<T>;
type ZTC = Catalogi['schemas'];

/* "Waarom?" reads the controller from our berichten.yaml and files a ZGW zaak (official specs). */
describe('uitleg contract agreement (compile time)', () => {
  it('reads only what berichten.yaml and ZGW Zaken/Catalogi describe', () => {
    expectTypeOf<
      ReadsFrom<Parsed<typeof verantwoordelijkeSchema>, Berichten['schemas']['Verwerkingsverantwoordelijke']>
    >().toEqualTypeOf<true>();
    expectTypeOf<ReadsFrom<Parsed<typeof zaakSchema>, AsServed<Zaken['schemas']['Zaak']>>>().toEqualTypeOf<true>();
    expectTypeOf<ReadsFrom<Parsed<typeof statustypeSchema>, AsServed<ZTC['StatusType']>>>().toEqualTypeOf<true>();
    expectTypeOf<ReadsFrom<Parsed<typeof roltypeSchema>, AsServed<ZTC['RolType']>>>().toEqualTypeOf<true>();
    expectTypeOf<ReadsFrom<Parsed<typeof eigenschapSchema>, AsServed<ZTC['Eigenschap']>>>().toEqualTypeOf<true>();
  });
});
