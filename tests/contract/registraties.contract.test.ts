// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { registryIds } from '@/lib/registries';
import { createValidator, loadSpec } from './support/openapi';

/**
 * mocks/contracts/registraties.yaml names the registries once for every contract that names one
 * (session, vertegenwoordiging, berichten, audit, ldv-gateway): the generated types call it
 * `RegistryId` (scripts/gen-types.mjs) and the validator fills in the same ids
 * (`x-enum-from: registryIds`), so a response naming an unknown registry still fails.
 */
describe('the shared list of registries (mocks/contracts/registraties.yaml)', () => {
  const spec = loadSpec('mocks/contracts/registraties.yaml') as {
    components: { schemas: { Registratie: { enum: string[]; 'x-typescript-type': string; 'x-enum-from': string } } };
  };
  const registratie = spec.components.schemas.Registratie;

  it('holds exactly the app’s registry ids, which the generated types use in its place', () => {
    expect(registratie['x-typescript-type']).toBe('RegistryId');
    expect(registratie['x-enum-from']).toBe('registryIds');
    expect([...registratie.enum].sort()).toEqual([...registryIds].sort());
    expect(registryIds).toHaveLength(new Set(registryIds).size);
  });

  it('is what a contract that refers to it checks against', () => {
    const audit = createValidator('mocks/contracts/audit.yaml').schema('Registratie');
    expect(registryIds.every((id) => audit(id))).toBe(true);
    expect(audit('ldv')).toBe(false);
    expect(audit('')).toBe(false);
  });
});
