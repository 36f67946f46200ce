import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '@/generated/berichten';
import type { components as Zaken } from '@/generated/zaken';
import type { Agrees, AsServed, ReadsFrom } from '@/lib/contract-agreement';
import type { Berichtenbox, zaakobjectenSchema } from './berichten';
import type { z } from 'zod';

type S = components['schemas'];

describe('berichten contract agreement (compile time)', () => {
  it('validates exactly what mocks/contracts/berichten.yaml describes', () => {
    // The box and a single message (PATCH) are parsed with the same message schema.
    expectTypeOf<Agrees<Berichtenbox, S['Berichtenbox']>>().toEqualTypeOf<true>();
  });

  it("reads only what ZGW Zaken 1.5.1 describes of a request's zaakobject", () => {
    // The app files each request with one zaakobject of type `overige` (correcties/api/submit.ts).
    type Page = Omit<Zaken['schemas']['PaginatedZaakObjectList'], 'results'> & {
      results: Zaken['schemas']['overige_ZaakObject'][];
    };
    expectTypeOf<ReadsFrom<z.infer<typeof zaakobjectenSchema>, AsServed<Page>>>().toEqualTypeOf<true>();
  });
});
