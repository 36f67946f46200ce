import { describe, expect, it } from 'vitest';
import { staleAfter } from './invalidate';

const zaak = (registry: 'brp' | 'rdw' | undefined) => ({ uuid: 'z-1', url: 'https://zrc/zaken/z-1', registry });
const keys = (...args: Parameters<typeof staleAfter>) => staleAfter(...args).map((k) => JSON.stringify(k));
const BASE = ['["correcties","verzoeken"]', '["berichten","box"]', '["berichten","ongelezen"]'];

describe('what a change to a request makes stale (issue 18)', () => {
  it('filing and extending touch the request list and the messages only', () => {
    expect(keys({ kind: 'ingediend' })).toEqual(BASE);
    expect(keys({ kind: 'verlengd', zaak: zaak('rdw') })).toEqual(BASE);
  });

  it("an answer adds a document to that zaak; the registry's data stays as it was", () => {
    expect(keys({ kind: 'antwoord', zaak: zaak('brp') })).toEqual([
      ...BASE,
      '["correcties","documenten","https://zrc/zaken/z-1"]',
    ]);
  });

  it("a holder's step or a withdrawal also touches the zaak's eigenschappen and its own registry (the BRP under its own root)", () => {
    expect(keys({ kind: 'status', zaak: zaak('brp') })).toEqual([
      ...BASE,
      '["correcties","eigenschappen","z-1"]',
      '["brp"]',
    ]);
    expect(keys({ kind: 'ingetrokken', zaken: [zaak('rdw')] })).toEqual([
      ...BASE,
      '["correcties","eigenschappen","z-1"]',
      '["registries","rdw"]',
    ]);
    // A zaak without a registry (an "uitleg" question) changes no registry data.
    expect(keys({ kind: 'status', zaak: zaak(undefined) })).toEqual([...BASE, '["correcties","eigenschappen","z-1"]']);
  });
});
