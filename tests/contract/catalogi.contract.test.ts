// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { catalogiHandlers } from '@mocks/handlers/catalogi';
import { createValidator, type JsonObject, expectValid } from './support/openapi';

const ztc = createValidator('mocks/specs/zgw-catalogi-openapi.yaml', {
  openapi30: true,
  // The ZGW specs use `\_` in patterns, invalid under Ajv's unicode flag.
  unicodeRegExp: false,
  // The 1.3.1 OAS types ZaakType.informatieobjecttypen as a string, but Open Zaak (and the
  // standard's own description) return a list of URLs; the mock follows the implementation.
  patch: (spec) => {
    const zaakType = ((spec.components as JsonObject).schemas as Record<string, JsonObject>).ZaakType;
    if (zaakType)
      (zaakType.properties as JsonObject).informatieobjecttypen = {
        type: 'array',
        items: { type: 'string', format: 'uri' },
      };
  },
});
const ZTC = 'http://localhost/api/catalogi/api/v1';

const get = async (url: string) => {
  const r = await fetch(url);
  expect(r.status, url).toBe(200);
  return r.json();
};

function expectZtc(name: string, body: unknown) {
  expectValid(ztc.schema(name), body, name);
}

describe('Catalogi API 1.3.1 mock', () => {
  it('lists zaaktypen per holder and kind, each valid, with terms and statustypen in order', async () => {
    server.use(...catalogiHandlers);
    const list = await get(`${ZTC}/zaaktypen`);
    expect(list.count).toBeGreaterThan(10);
    for (const z of list.results) expectZtc('ZaakType', z);
    const brp = list.results.find((z: { identificatie: string }) => z.identificatie === 'CORRECTIE-BRP-0599');
    // Wet BRP: four weeks; only civil status and nationality may be extended, by eight weeks (Wet GBA art. 82).
    expect(brp).toMatchObject({ doorlooptijd: 'P4W', verlengingMogelijk: false, verlengingstermijn: null });
    const staat = list.results.find((z: { identificatie: string }) => z.identificatie === 'CORRECTIE-BRP-STAAT-0599');
    expect(staat).toMatchObject({ doorlooptijd: 'P4W', verlengingMogelijk: true, verlengingstermijn: 'P8W' });
    const kadaster = list.results.find((z: { identificatie: string }) => z.identificatie === 'CORRECTIE-BRK-KADASTER');
    expect(kadaster).toMatchObject({ doorlooptijd: 'P1M' });
    expect(list.results.some((z: { identificatie: string }) => z.identificatie === 'UITLEG-BRP-0599')).toBe(true);

    const statustypen = await Promise.all(brp.statustypen.map((u: string) => get(u)));
    for (const s of statustypen) expectZtc('StatusType', s);
    expect(statustypen.map((s) => s.omschrijving)).toEqual([
      'Ontvangen',
      'In behandeling',
      'Aanvullende informatie nodig',
      'Afgehandeld',
    ]);
    // One end status, the highest volgnummer (as Catalogi derives isEindstatus).
    expect(statustypen.map((s) => s.isEindstatus)).toEqual([false, false, false, true]);
    expect(statustypen.map((s) => s.omschrijvingGeneriek)).toEqual([
      'Ontvangen',
      'In behandeling',
      'Aanvullende informatie nodig',
      'Afgehandeld',
    ]);
    expect(brp.trefwoorden.sort()).toEqual(['registratie:brp', 'verzoeksoort:correctie']);

    const eigenschappen = await get(`${ZTC}/eigenschappen?zaaktype=${encodeURIComponent(brp.url)}`);
    expectZtc('PaginatedEigenschapList', eigenschappen);
    expect(eigenschappen.results.map((e: { naam: string }) => e.naam).sort()).toEqual([
      'antwoordGevraagdVoor',
      'beperking',
      'beperkingGevraagd',
      'beperkingStopt',
      'huidigeWaarde',
      'registratie',
      'toelichting',
      'veld',
      'voorgesteldeWaarde',
    ]);

    const resultaattypen = await get(`${ZTC}/resultaattypen?zaaktype=${encodeURIComponent(brp.url)}`);
    expectZtc('PaginatedResultaatTypeList', resultaattypen);
    expect(resultaattypen.results.map((r: { omschrijving: string }) => r.omschrijving)).toEqual([
      'Toegekend',
      'Afgewezen',
      'Ingetrokken',
    ]);

    for (const u of brp.roltypen) expectZtc('RolType', await get(u));
    expectZtc('PaginatedStatusTypeList', await get(`${ZTC}/statustypen?zaaktype=${encodeURIComponent(brp.url)}`));
    expectZtc('PaginatedRolTypeList', await get(`${ZTC}/roltypen?zaaktype=${encodeURIComponent(brp.url)}`));
    const catalogi = await get(`${ZTC}/catalogussen`);
    expectZtc('PaginatedCatalogusList', catalogi);
    expectZtc('Catalogus', await get(brp.catalogus));
  });

  it('paginates and filters like the real API, and refuses parameters it does not know', async () => {
    server.use(...catalogiHandlers);
    const list = await get(`${ZTC}/zaaktypen?trefwoorden=${encodeURIComponent('registratie:brp')}`);
    expect(list.results.length).toBeGreaterThan(1);
    expect(list.results.every((z: { trefwoorden: string[] }) => z.trefwoorden.includes('registratie:brp'))).toBe(true);
    expect(list).toMatchObject({ next: null, previous: null });
    expect((await fetch(`${ZTC}/zaaktypen?page=9`)).status).toBe(404);
    const unknown = await fetch(`${ZTC}/statustypen?zaaktyp=x`);
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).invalidParams[0]).toMatchObject({ name: 'zaaktyp', code: 'unknown-parameters' });
  });

  it('answers 404 for an unknown zaaktype', async () => {
    server.use(...catalogiHandlers);
    const r = await fetch(`${ZTC}/zaaktypen/${crypto.randomUUID()}`);
    expect(r.status).toBe(404);
  });
});
