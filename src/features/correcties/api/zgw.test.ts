import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { components as Bag } from '@/generated/bag';
import type { components as Berichten } from '@/generated/berichten';
import type { components as Catalogi } from '@/generated/catalogi';
import type { components as Documenten } from '@/generated/documenten';
import type { components as Zaken } from '@/generated/zaken';
import type { AsServed, ReadsFrom } from '@/lib/contract-agreement';
import type { adresSchema } from './bag';
import type { uploadProblemSchema } from './upload';
import type {
  documentSchema,
  eigenschapSchema,
  holderSchema,
  resultaatSchema,
  resultaattypeSchema,
  rolSchema,
  roltypeSchema,
  statusSchema,
  statustypeSchema,
  verantwoordelijkeSchema,
  zaakeigenschapSchema,
  zaakobjectSchema,
  zaakSchema,
  zaaktypeSchema,
  zioSchema,
} from './zgw';

type Parsed<T extends z.ZodType> = z.infer<T>;
type ZRC = Zaken['schemas'];
type ZTC = Catalogi['schemas'];

/*
 * The correction flow reads parts of official specs (ZGW Zaken/Catalogi/Documenten, BAG) and of
 * our berichten.yaml (holders and controllers, of which Berichten and the log's "Waarom" read
 * other parts): every field it reads exists there, with a type the contract allows.
 */
describe('correcties contract agreement (compile time)', () => {
  it('reads only what berichten.yaml describes', () => {
    expectTypeOf<ReadsFrom<Parsed<typeof holderSchema>, Berichten['schemas']['Bronhouder']>>().toEqualTypeOf<true>();
    expectTypeOf<
      ReadsFrom<Parsed<typeof verantwoordelijkeSchema>, Berichten['schemas']['Verwerkingsverantwoordelijke']>
    >().toEqualTypeOf<true>();
  });

  it('reads only what ZGW Zaken 1.5.1 describes', () => {
    expectTypeOf<ReadsFrom<Parsed<typeof zaakSchema>, AsServed<ZRC['Zaak']>>>().toEqualTypeOf<true>();
    expectTypeOf<ReadsFrom<Parsed<typeof statusSchema>, AsServed<ZRC['Status']>>>().toEqualTypeOf<true>();
    expectTypeOf<ReadsFrom<Parsed<typeof resultaatSchema>, AsServed<ZRC['Resultaat']>>>().toEqualTypeOf<true>();
    expectTypeOf<
      ReadsFrom<Parsed<typeof zaakobjectSchema>, AsServed<ZRC['overige_ZaakObject']>>
    >().toEqualTypeOf<true>();
    expectTypeOf<
      ReadsFrom<Parsed<typeof zaakeigenschapSchema>, AsServed<ZRC['ZaakEigenschap']>>
    >().toEqualTypeOf<true>();
    expectTypeOf<ReadsFrom<Parsed<typeof rolSchema>, AsServed<ZRC['Rol']>>>().toEqualTypeOf<true>();
    expectTypeOf<ReadsFrom<Parsed<typeof zioSchema>, AsServed<ZRC['ZaakInformatieObject']>>>().toEqualTypeOf<true>();
  });

  it('reads only what ZGW Catalogi 1.3.1 describes', () => {
    expectTypeOf<ReadsFrom<Parsed<typeof zaaktypeSchema>, AsServed<ZTC['ZaakType']>>>().toEqualTypeOf<true>();
    expectTypeOf<ReadsFrom<Parsed<typeof statustypeSchema>, AsServed<ZTC['StatusType']>>>().toEqualTypeOf<true>();
    expectTypeOf<ReadsFrom<Parsed<typeof eigenschapSchema>, AsServed<ZTC['Eigenschap']>>>().toEqualTypeOf<true>();
    expectTypeOf<ReadsFrom<Parsed<typeof roltypeSchema>, AsServed<ZTC['RolType']>>>().toEqualTypeOf<true>();
    expectTypeOf<ReadsFrom<Parsed<typeof resultaattypeSchema>, AsServed<ZTC['ResultaatType']>>>().toEqualTypeOf<true>();
  });

  it('reads only what ZGW Documenten 1.4.3 and BAG 2.0 describe', () => {
    expectTypeOf<
      ReadsFrom<Parsed<typeof documentSchema>, AsServed<Documenten['schemas']['EnkelvoudigInformatieObject']>>
    >().toEqualTypeOf<true>();
    expectTypeOf<ReadsFrom<Parsed<typeof adresSchema>, Bag['schemas']['AdresIOHal']>>().toEqualTypeOf<true>();
    // Why an upload was refused: the Documenten API's 400.
    expectTypeOf<
      ReadsFrom<Parsed<typeof uploadProblemSchema>, Documenten['schemas']['ValidatieFout']>
    >().toEqualTypeOf<true>();
  });
});
