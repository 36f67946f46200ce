// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { allTestBsns } from '@mocks/data/brp';
import { PERSOON_FIELDS } from '@mocks/data/brp/fields';
import { handleBrpQuery, isValidBsn } from '@mocks/data/brp/query';
import { applyFields } from '@mocks/data/brp/fields';
import { getPersoonByBsn } from '@mocks/data/brp';
import type { Session } from '@mocks/gateway/session';

const SPEC = fileURLToPath(new URL('../../mocks/specs/brp/brp-personen-bevragen-v2.7.0-openapi.yaml', import.meta.url));
const TODAY = new Date(2025, 5, 15);
const INSTANCE = 'http://localhost/api/brp/personen';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Makes the OAS 3.1 components usable by Ajv 2020-12 (the dialect of OAS 3.1):
 * - `discriminator` here is used with allOf-inheritance (no oneOf), which Ajv's discriminator
 *   support cannot handle; so every abstract schema dispatches on `type` with if/then to its
 *   subtype, and the subtypes inherit from a copy of the abstract base (no endless recursion).
 * - Leaf object schemas get `unevaluatedProperties: false`, so a misspelt or invented
 *   property fails (the spec itself allows extra properties).
 * - Patterns the official API itself does not satisfy are relaxed (see comments below).
 */
function prepareSchemas(spec: Json): Json {
  const schemas = (spec.components as Json).schemas as Record<string, Json>;
  const refOf = (name: string) => `#/components/schemas/${name}`;
  const abstract = Object.entries(schemas)
    .filter(([, s]) => isObj(s.discriminator))
    .map(([n]) => n);
  const parents = new Set<string>();
  for (const s of Object.values(schemas)) {
    for (const part of (Array.isArray(s.allOf) ? s.allOf : []) as Json[]) {
      if (typeof part.$ref === 'string') parents.add(part.$ref.split('/').pop() ?? '');
    }
  }
  for (const name of abstract) {
    const { discriminator, ...base } = schemas[name] as Json;
    const mapping = (discriminator as Json).mapping as Record<string, string>;
    schemas[`${name}__base`] = base;
    for (const sub of Object.values(schemas)) {
      if (!Array.isArray(sub.allOf)) continue;
      sub.allOf = (sub.allOf as Json[]).map((p) => (p.$ref === refOf(name) ? { $ref: refOf(`${name}__base`) } : p));
    }
    schemas[name] = {
      allOf: [
        { $ref: refOf(`${name}__base`) },
        { properties: { type: { enum: Object.keys(mapping) } } },
        ...Object.entries(mapping).map(([value, ref]) => ({
          if: { properties: { type: { const: value } }, required: ['type'] },
          then: { $ref: ref },
        })),
      ],
    };
  }
  for (const [name, s] of Object.entries(schemas)) {
    const objectish = s.type === 'object' || isObj(s.properties) || Array.isArray(s.allOf);
    if (objectish && !parents.has(name) && !abstract.includes(name) && !name.endsWith('__base')) {
      s.unevaluatedProperties = false;
    }
  }
  // Waardetabel.omschrijving forbids "/", yet official table values contain it, e.g.
  // Naamgebruik "geslachtsnaam echtgenoot/geregistreerd partner" (brp-tabelwaarden.csv).
  ((schemas.Waardetabel!.properties as Json).omschrijving as Json).pattern = '^[^\\n]{1,200}$';
  // The official features return `detail` "De foutieve parameter(s) zijn: fields[0]." and
  // invalidParams name "burgerservicenummer[0]" / reason "Waarde voldoet niet aan patroon
  // ^[0-9]{9}$." — ":" "[" "]" "^" "{" "}" "$" are outside the spec's own patterns. The mock
  // follows the features, so only these three patterns are relaxed.
  ((schemas.Foutbericht!.properties as Json).detail as Json).pattern = '^[^\\n]{1,200}$';
  ((schemas.InvalidParam!.properties as Json).name as Json).pattern = '^[a-zA-Z0-9._\\[\\]]{1,30}$';
  ((schemas.InvalidParam!.properties as Json).reason as Json).pattern = '^[^\\n]{1,80}$';
  return spec;
}

let validateResponse: ValidateFunction;
let validateBadRequest: ValidateFunction;
let validateFoutbericht: ValidateFunction;

beforeAll(() => {
  const spec = prepareSchemas(parse(readFileSync(SPEC, 'utf8')) as Json);
  // The spec's patterns use `\'`, which is invalid under the `u` flag.
  const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  ajv.addSchema({ $id: 'brp.json', components: spec.components });
  validateResponse = ajv.getSchema('brp.json#/components/schemas/RaadpleegMetBurgerservicenummerResponse')!;
  validateBadRequest = ajv.getSchema('brp.json#/components/schemas/BadRequestFoutbericht')!;
  validateFoutbericht = ajv.getSchema('brp.json#/components/schemas/Foutbericht')!;
});

const burger = (bsn: string): Session => ({
  id: 's',
  role: 'burger',
  bsn,
  naam: 'Test',
  expiresAt: '2099-01-01T00:00:00Z',
});
const ALL_FIELDS = [...PERSOON_FIELDS];
/** One request may name at most 130 fields; the top-level paths cover every field. */
const TOP_LEVEL_FIELDS = ALL_FIELDS.filter((f) => !f.includes('.') && !f.endsWith('Binnenland'));

/** 999999245 fails the 11-check, so the API returns no person; its conversion is still checked. */
function query(bsn: string, fields: string[]) {
  if (!isValidBsn(bsn)) {
    const persoon = getPersoonByBsn(bsn, { today: TODAY });
    return {
      status: 200,
      body: { type: 'RaadpleegMetBurgerservicenummer', personen: persoon ? [applyFields(persoon, fields)] : [] },
    };
  }
  return handleBrpQuery({ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [bsn], fields }, burger(bsn), {
    today: TODAY,
    instance: INSTANCE,
  });
}
function persoonOf(bsn: string, fields: string[] = TOP_LEVEL_FIELDS): Json {
  const res = query(bsn, fields);
  expect(res.status).toBe(200);
  const personen = (res.body as Json).personen as Json[];
  expect(personen).toHaveLength(1);
  return personen[0]!;
}
const errorsText = (v: ValidateFunction) => JSON.stringify(v.errors?.slice(0, 5), null, 1);

/**
 * RvIG test persons whose names deliberately contain characters outside the 2.7 name
 * patterns (`@ % ; " < > & | , ?`, e.g. 999991449 "<Onbekend> & </Onbemind>"). The mock
 * delivers them unchanged (the app must cope with them), so for exactly these persons a
 * `pattern` error on a name-derived property (and the if/then wrapper around it) is expected.
 * 999991000 has 27 voornamen: its derived voorletters exceed the pattern's 40 characters.
 */
const SPECIAL_CHARACTER_NAMES = new Set([
  '999990524',
  '999991000',
  '999990743',
  '999990913',
  '999991139',
  '999991449',
  '999994128',
  '999994402',
]);
const NAME_PATH =
  /\/(voornamen|geslachtsnaam|voorletters|volledigeNaam|aanhef|gebruikInLopendeTekst|aanschrijfwijze\/naam)$/;

function validate(bsn: string, body: unknown): string | undefined {
  if (validateResponse(body)) return undefined;
  const errors = (validateResponse.errors ?? []).filter(
    (e) =>
      !(
        SPECIAL_CHARACTER_NAMES.has(bsn) &&
        ((e.keyword === 'pattern' && NAME_PATH.test(e.instancePath)) || e.keyword === 'if')
      ),
  );
  return errors.length ? JSON.stringify(errors.slice(0, 5), null, 1) : undefined;
}

describe('BRP 2.7 contract: responses', () => {
  it('the vendored data has 1,176 persons', () => {
    expect(allTestBsns()).toHaveLength(1176);
  });

  it('every person with all fields validates against RaadpleegMetBurgerservicenummerResponse', () => {
    const failures: string[] = [];
    const start = performance.now();
    for (const bsn of allTestBsns()) {
      const res = query(bsn, TOP_LEVEL_FIELDS);
      const error = res.status === 200 ? validate(bsn, res.body) : `status ${res.status}`;
      if (error) failures.push(`${bsn}: ${error}`);
    }
    const ms = performance.now() - start;
    expect(failures, `${failures.length} invalid responses:\n${failures.slice(0, 10).join('\n')}`).toEqual([]);
    // Conversion + filtering + validation of all persons; conversion alone is far below this.
    expect(ms).toBeLessThan(10_000);
  });

  it.each([
    ['naam', ['naam.volledigeNaam', 'naam.voorletters']],
    [
      'adres',
      [
        'verblijfplaats.verblijfadres.korteStraatnaam',
        'verblijfplaats.verblijfadres.postcode',
        'adressering.adresregel1',
      ],
    ],
    ['datums', ['geboorte.datum.langFormaat', 'overlijden.datum', 'leeftijd']],
    ['familie', ['partners.naam', 'ouders.geboorte.datum', 'kinderen.burgerservicenummer', 'gezag']],
    ['aliases', ['verblijfplaatsBinnenland', 'adresseringBinnenland.adresregel2']],
    ['leaf paths', ALL_FIELDS.filter((f) => f.split('.').length >= 3).slice(0, 130)],
  ])('field subset "%s" validates for all persons', (_label, fields) => {
    const failures: string[] = [];
    for (const bsn of allTestBsns()) {
      const res = query(bsn, fields);
      const error = validate(bsn, res.body);
      if (error) failures.push(`${bsn}: ${error}`);
    }
    expect(failures, failures.slice(0, 5).join('\n')).toEqual([]);
  });

  it('the special-character exception list is exact: each listed person really breaks a name pattern', () => {
    for (const bsn of SPECIAL_CHARACTER_NAMES) {
      expect(validateResponse(query(bsn, TOP_LEVEL_FIELDS).body), bsn).toBe(false);
    }
  });

  it('returns only the requested fields plus the automatic ones', () => {
    const p = persoonOf('999993483', ['naam.voornamen']);
    // geheimhouding and opschortingBijhouding are always delivered.
    expect(Object.keys(p).sort()).toEqual(['geheimhoudingPersoonsgegevens', 'naam', 'opschortingBijhouding']);
    expect(p.naam).toEqual({ voornamen: 'Jacoba Magdalena' });
  });
});

describe('BRP 2.7 contract: errors', () => {
  const bsn = '999993653';
  const send = (body: unknown) => handleBrpQuery(body, burger(bsn), { today: TODAY, instance: INSTANCE });
  const expect400 = (body: unknown, params: { name: string; code: string }[]) => {
    const res = send(body);
    expect(res.status).toBe(400);
    expect(validateBadRequest(res.body), errorsText(validateBadRequest)).toBe(true);
    const b = res.body as Json;
    expect(b.status).toBe(400);
    expect((b.invalidParams as Json[]).map((p) => ({ name: p.name, code: p.code }))).toEqual(params);
    return b;
  };

  it('unknown type → 400 value', () => {
    const b = expect400({ type: 'RaadpleegMetBsn', burgerservicenummer: [bsn], fields: ['naam'] }, [
      { name: 'type', code: 'value' },
    ]);
    expect(b.detail).toBe('De foutieve parameter(s) zijn: type.');
  });
  it('missing type → 400 required', () => {
    expect400({ burgerservicenummer: [bsn], fields: ['naam'] }, [{ name: 'type', code: 'required' }]);
  });
  it('unknown field and automatic field → 400 fields per index', () => {
    const b = expect400(
      {
        type: 'RaadpleegMetBurgerservicenummer',
        burgerservicenummer: [bsn],
        fields: ['naam', 'nietBestaand', 'inOnderzoek'],
      },
      [
        { name: 'fields[1]', code: 'fields' },
        { name: 'fields[2]', code: 'fields' },
      ],
    );
    expect(b.code).toBe('paramsValidation');
    expect((b.invalidParams as Json[])[0]!.reason).toBe('Parameter bevat een niet bestaande veldnaam.');
  });
  it('malformed BSNs → 400 pattern per index', () => {
    const b = expect400(
      {
        type: 'RaadpleegMetBurgerservicenummer',
        burgerservicenummer: ['1234567890', bsn, '12345678'],
        fields: ['naam'],
      },
      [
        { name: 'burgerservicenummer[0]', code: 'pattern' },
        { name: 'burgerservicenummer[2]', code: 'pattern' },
      ],
    );
    expect(b.detail).toBe('De foutieve parameter(s) zijn: burgerservicenummer[0], burgerservicenummer[2].');
  });
  it('missing fields → 400 required (paramsCombination)', () => {
    const b = expect400({ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [bsn] }, [
      { name: 'fields', code: 'required' },
    ]);
    expect(b.code).toBe('paramsCombination');
    expect(b.title).toBe('Minimale combinatie van parameters moet worden opgegeven.');
  });
  it('empty and too long lists → minItems / maxItems', () => {
    expect400({ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [], fields: ['naam'] }, [
      { name: 'burgerservicenummer', code: 'minItems' },
    ]);
    expect400({ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: Array(21).fill(bsn), fields: ['naam'] }, [
      { name: 'burgerservicenummer', code: 'maxItems' },
    ]);
    expect400({ type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [bsn], fields: 'naam' }, [
      { name: 'fields', code: 'array' },
    ]);
  });
  it("another person's BSN → 403", () => {
    const res = send({
      type: 'RaadpleegMetBurgerservicenummer',
      burgerservicenummer: [bsn, '999992077'],
      fields: ['naam'],
    });
    expect(res.status).toBe(403);
    expect(validateFoutbericht(res.body), errorsText(validateFoutbericht)).toBe(true);
    expect((res.body as Json).title).toMatch(/alleen uw eigen gegevens/);
  });
  it('an auditor session → 403', () => {
    const res = handleBrpQuery(
      { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [bsn], fields: ['naam'] },
      { id: 'a', role: 'auditor', auditorId: 'x', naam: 'A', expiresAt: '2099-01-01T00:00:00Z' },
    );
    expect(res.status).toBe(403);
  });
  it.each(['999999999', '999999245'])('BSN %s failing the 11-check → 200 with personen []', (bad) => {
    const res = handleBrpQuery(
      { type: 'RaadpleegMetBurgerservicenummer', burgerservicenummer: [bad], fields: ['naam'] },
      burger(bad),
    );
    expect(res).toEqual({ status: 200, body: { type: 'RaadpleegMetBurgerservicenummer', personen: [] } });
  });
});

describe('BRP 2.7 contract: facts from the test data', () => {
  it('999993653 is Suzanne Moulin, Boterdiep 31, 3077AW Rotterdam, French', () => {
    const p = persoonOf('999993653');
    expect((p.naam as Json).volledigeNaam).toBe('Suzanne Moulin');
    expect(p.gemeenteVanInschrijving).toEqual({ code: '0599', omschrijving: 'Rotterdam' });
    const v = p.verblijfplaats as Json;
    expect(v.type).toBe('Adres');
    expect(v.verblijfadres).toMatchObject({
      officieleStraatnaam: 'Boterdiep',
      korteStraatnaam: 'Boterdiep',
      huisnummer: 31,
      postcode: '3077AW',
      woonplaats: 'Rotterdam',
    });
    expect(p.adressering).toMatchObject({
      adresregel1: 'Boterdiep 31',
      adresregel2: '3077 AW  ROTTERDAM',
      aanhef: 'Geachte mevrouw Moulin',
    });
    expect(p.nationaliteiten).toEqual([
      expect.objectContaining({ type: 'Nationaliteit', nationaliteit: { code: '0057', omschrijving: 'Franse' } }),
    ]);
    expect(p.geboorte).toMatchObject({ datum: { type: 'Datum', datum: '1985-12-01', langFormaat: '1 december 1985' } });
    expect(p.leeftijd).toBe(39);
  });
  it('999992077 is deceased and has no leeftijd', () => {
    const p = persoonOf('999992077');
    expect(p.overlijden).toMatchObject({
      datum: { type: 'Datum', datum: '2015-10-01', langFormaat: '1 oktober 2015' },
    });
    expect(p.leeftijd).toBeUndefined();
    expect(p.opschortingBijhouding).toMatchObject({ reden: { code: 'O', omschrijving: 'overlijden' } });
  });
  it('999990482 has nationaliteit in onderzoek with a date object', () => {
    const p = persoonOf('999990482');
    expect((p.nationaliteiten as Json[])[0]!.inOnderzoek).toEqual({
      type: true,
      nationaliteit: true,
      redenOpname: true,
      datumIngangOnderzoek: { type: 'Datum', datum: '2010-08-22', langFormaat: '22 augustus 2010' },
    });
    // Birth date "19990000" has only a year.
    expect((p.geboorte as Json).datum).toEqual({ type: 'JaarDatum', jaar: 1999, langFormaat: '1999' });
  });
  it('999993483 has geheimhouding and lives abroad', () => {
    const p = persoonOf('999993483');
    expect(p.geheimhoudingPersoonsgegevens).toBe(true);
    expect(p.verblijfplaats).toMatchObject({
      type: 'VerblijfplaatsBuitenland',
      verblijfadres: {
        regel1: 'Rue du pomme 25',
        regel2: 'Bruxelles',
        regel3: 'postcode 1000',
        land: { code: '5010', omschrijving: 'België' },
      },
    });
    expect(p.adressering).toMatchObject({
      adresregel1: 'Rue du pomme 25',
      land: { code: '5010', omschrijving: 'België' },
    });
  });
  it('999997002 has a Locatie verblijfplaats', () => {
    const p = persoonOf('999997002');
    expect(p.verblijfplaats).toMatchObject({
      type: 'Locatie',
      verblijfadres: { locatiebeschrijving: 'woonaak De Kabouter in Ruigoord' },
    });
    expect(p.adressering).toMatchObject({ adresregel1: 'woonaak De Kabouter in Ruigoord', adresregel2: 'AMSTERDAM' });
  });
  it('999970008 has indicatieVastgesteldVerblijftNietOpAdres and everything of verblijfplaats in onderzoek', () => {
    const p = persoonOf('999970008');
    const v = p.verblijfplaats as Json;
    expect(v.indicatieVastgesteldVerblijftNietOpAdres).toBe(true);
    expect(v.inOnderzoek).toMatchObject({
      type: true,
      datumVan: true,
      datumIngangOnderzoek: { type: 'Datum', datum: '2022-08-25' },
    });
    expect((p.adressering as Json).indicatieVastgesteldVerblijftNietOpAdres).toBe(true);
    // Only requested fields carry an inOnderzoek flag.
    const only = persoonOf('999970008', ['verblijfplaats.functieAdres']);
    expect((only.verblijfplaats as Json).inOnderzoek).toEqual({
      type: true,
      functieAdres: true,
      datumIngangOnderzoek: { type: 'Datum', datum: '2022-08-25', langFormaat: '25 augustus 2022' },
    });
  });
  it('999990408 is a minor with eenhoofdig ouderlijk gezag', () => {
    const p = persoonOf('999990408');
    expect(p.leeftijd).toBe(16);
    expect(p.gezag).toEqual([
      expect.objectContaining({
        type: 'EenhoofdigOuderlijkGezag',
        minderjarige: expect.objectContaining({ burgerservicenummer: '999990408', leeftijd: 16 }),
        ouder: expect.objectContaining({ burgerservicenummer: '999990792' }),
      }),
    ]);
  });
  it('TweehoofdigOuderlijkGezag becomes GezamenlijkOuderlijkGezag with two ouders', () => {
    const all = allTestBsns().flatMap((b) => (persoonOf(b, ['gezag']).gezag ?? []) as Json[]);
    expect(all.some((g) => g.type === 'TweehoofdigOuderlijkGezag')).toBe(false);
    const gezamenlijk = all.filter((g) => g.type === 'GezamenlijkOuderlijkGezag');
    expect(gezamenlijk.length).toBeGreaterThan(100);
    expect(gezamenlijk.every((g) => (g.ouders as Json[]).length === 2)).toBe(true);
  });
  it('999992806 has a Saudi nationality and a "vastgesteld niet-Nederlander" entry (not two nationalities)', () => {
    const p = persoonOf('999992806');
    expect(p.nationaliteiten).toEqual([
      expect.objectContaining({
        type: 'Nationaliteit',
        nationaliteit: { code: '0334', omschrijving: 'Saoedi-Arabische' },
      }),
      expect.objectContaining({
        type: 'VastgesteldNietNederlander',
        redenOpname: { code: '310', omschrijving: 'Vaststelling bijzonder Nederlanderschap' },
      }),
    ]);
  });
  it('all five nationaliteit types and four verblijfplaats types occur', () => {
    const nat = new Set<unknown>();
    const vp = new Set<unknown>();
    for (const b of allTestBsns()) {
      const p = persoonOf(b, ['nationaliteiten', 'verblijfplaats.type']);
      for (const n of (p.nationaliteiten ?? []) as Json[]) nat.add(n.type);
      vp.add((p.verblijfplaats as Json | undefined)?.type);
    }
    expect([...nat].sort()).toEqual([
      'BehandeldAlsNederlander',
      'Nationaliteit',
      'NationaliteitOnbekend',
      'Staatloos',
      'VastgesteldNietNederlander',
    ]);
    expect([...vp].sort()).toEqual(['Adres', 'Locatie', 'VerblijfplaatsBuitenland', 'VerblijfplaatsOnbekend']);
  });
});
