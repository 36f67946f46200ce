import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { registryIds } from './registry-view';
import {
  fieldKinds,
  inAppRemedy,
  needsRoutePage,
  REMEDY_RULES,
  remedyRule,
  type FieldKind,
  type RemedyRule,
} from './remedies';

const ids = (row: RemedyRule) => row.remedies.map((r) => r.id);

describe('the rule table: one row per registry and kind of field', () => {
  it('answers for every registry and any field id (each registry ends with a catch-all)', () => {
    for (const registry of registryIds) {
      for (const field of ['x', 'rij.123', 'naam.voornamen', ''])
        expect(() => remedyRule(registry, field)).not.toThrow();
    }
  });

  it('has a row for every kind, at most one in-app remedy per row, and a legal basis for every remedy', () => {
    for (const kind of fieldKinds)
      expect(
        REMEDY_RULES.some((r) => r.kind === kind),
        kind,
      ).toBe(true);
    for (const row of REMEDY_RULES) {
      expect(row.remedies.filter((r) => r.inApp).length, row.kind).toBeLessThanOrEqual(1);
      for (const remedy of row.remedies)
        expect(remedy.legalBasis.length, `${row.kind}/${remedy.id}`).toBeGreaterThan(0);
    }
  });

  it('keeps the GDPR correction as the route for BRP, BAG, BRK registration facts, RDW and DUO, each to its holder', () => {
    for (const [registry, field] of [
      ['brp', 'verblijfplaats.adres'],
      ['bag', 'verblijfsobject.bouwjaar'],
      ['brk', 'zakelijkeRechten.aandeel'],
      ['rdw', 'rij.AB-12-CD'],
      ['duo', 'rij.1'],
    ] as const) {
      const row = remedyRule(registry, field);
      expect(ids(row), registry).toEqual(['correctie']);
      expect(row.remedies[0]).toMatchObject({ inApp: true, party: 'houder' });
      expect(row.remedies[0]!.legalBasis).toContain('AVG artikel 16');
      expect(needsRoutePage(row)).toBe(false);
    }
  });

  it('gives BRP four weeks; an extension of eight weeks only for civil status and nationality', () => {
    for (const field of [
      'naam.voornamen',
      'geboorte.datum',
      'geslacht.geslacht',
      'partners.0.naam',
      'ouders.1.naam',
      'kinderen.0.naam',
      'overlijden.datum',
      'nationaliteiten.0.nationaliteit',
    ]) {
      const row = remedyRule('brp', field);
      expect(row.remedies[0]!.term, field).toEqual({ soort: 'beslistermijn', duur: 'P4W', verlenging: 'P8W' });
      expect(row.gegevenssoort, field).toBe('staat-nationaliteit');
      expect(row.remedies[0]!.legalBasis).toEqual(
        expect.arrayContaining(['Wet BRP artikel 2.58', 'Wet GBA artikel 82']),
      );
    }
    for (const field of [
      'verblijfplaats.adres',
      'verblijfplaats.gemeenteVanInschrijving',
      'verblijfstitel.aanduiding',
      'kiesrecht.uitgesloten',
      'gezag.0.type',
    ]) {
      const row = remedyRule('brp', field);
      expect(row.remedies[0]!.term, field).toEqual({ soort: 'beslistermijn', duur: 'P4W', verlenging: null });
      expect(row.gegevenssoort, field).toBeUndefined();
    }
  });

  it('treats the WOZ value as a decision: bezwaar first (six weeks), object facts by correction request; an object fact the other way round', () => {
    const waarde = remedyRule('woz', 'rij.2025-01-01');
    expect(waarde.kind).toBe('woz-waarde');
    expect(ids(waarde)).toEqual(['bezwaar', 'correctie']);
    expect(waarde.remedies[0]).toMatchObject({ inApp: false, party: 'houder', term: { soort: 'bezwaartermijn' } });
    expect(waarde.remedies[0]!.legalBasis).toEqual(
      expect.arrayContaining(['Algemene wet bestuursrecht artikel 6:7 en 6:8', 'Wet waardering onroerende zaken']),
    );
    expect(needsRoutePage(waarde)).toBe(true);
    expect(ids(remedyRule('woz', 'grondoppervlakte'))).toEqual(['correctie', 'bezwaar']);
  });

  it('routes income by its source: bezwaar against the assessment, the employer corrects the payroll return, otherwise a request', () => {
    expect(ids(remedyRule('bri', 'rij.2025', 'bri-aanslag'))).toEqual(['bezwaar', 'correctie']);
    expect(ids(remedyRule('bri', 'rij.2025', 'bri-loongegevens'))).toEqual(['loonaangifte', 'correctie']);
    expect(remedyRule('bri', 'rij.2025', 'bri-loongegevens').remedies[0]!.party).toBe('werkgever');
    expect(ids(remedyRule('bri', 'rij.2025', 'bri-aangifte'))).toEqual(['correctie']);
    // Without a hint the request to the Belastingdienst, and the page still explains the source.
    expect(remedyRule('bri', 'verzamelinkomen').kind).toBe('bri-aangifte');
    for (const kind of ['bri-aanslag', 'bri-loongegevens', 'bri-aangifte'] as const)
      expect(needsRoutePage(remedyRule('bri', 'x', kind))).toBe(true);
  });

  it('routes UWV rows: the employer or pension fund corrects the payroll return, a benefit has bezwaar; a GDPR request to UWV stays possible', () => {
    expect(ids(remedyRule('uwv', 'rij.x', 'uwv-dienstbetrekking'))).toEqual(['loonaangifte', 'correctie']);
    expect(remedyRule('uwv', 'rij.x', 'uwv-pensioen').remedies[0]!.party).toBe('pensioenfonds');
    const uitkering = remedyRule('uwv', 'rij.x', 'uwv-uitkering');
    expect(ids(uitkering)).toEqual(['bezwaar', 'correctie']);
    expect(uitkering.remedies[0]!.party).toBe('uitkeringsinstantie');
    for (const kind of ['uwv-dienstbetrekking', 'uwv-uitkering', 'uwv-pensioen'] as const) {
      expect(inAppRemedy(remedyRule('uwv', 'rij.x', kind))?.legalBasis).toContain('AVG artikel 16');
    }
  });

  it("lets the registrant file a change with KVK; a correction request is for KVK's own errors", () => {
    expect(ids(remedyRule('kvk', 'naam'))).toEqual(['opgave', 'correctie']);
    expect(remedyRule('kvk', 'naam').remedies[0]).toMatchObject({
      inApp: false,
      legalBasis: ['Handelsregisterwet 2007'],
    });
  });

  it('names the data categories a field is, for its art. 19 recipients', () => {
    expect(remedyRule('brp', 'verblijfplaats.adres').dataCategories).toEqual(['adres']);
    expect(remedyRule('brp', 'naam.geslachtsnaam').dataCategories).toEqual(['naam']);
    expect(remedyRule('bag', 'adres').dataCategories).toEqual(['adres']);
    expect(remedyRule('woz', 'rij.2025-01-01').dataCategories).toEqual(['WOZ-waarde']);
    expect(remedyRule('brp', 'gezag.0.type').dataCategories).toEqual([]);
  });

  it("has the route texts for every kind with a route page, in Dutch and English, in the registry's namespace", () => {
    const texts = (language: string, registry: string): unknown =>
      JSON.parse(readFileSync(new URL(`../i18n/${language}/${registry}.json`, import.meta.url), 'utf8'));
    const get = (dict: unknown, path: string[]) =>
      path.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], dict);
    const kinds = new Set<FieldKind>(REMEDY_RULES.filter(needsRoutePage).map((r) => r.kind));
    expect(kinds.size).toBeGreaterThan(0);
    for (const row of REMEDY_RULES.filter((r) => kinds.has(r.kind))) {
      for (const language of ['nl', 'en']) {
        const dict = texts(language, row.registry);
        expect(typeof get(dict, ['remedies', row.kind, 'about']), `${language}/${row.kind}`).toBe('string');
        for (const r of row.remedies)
          expect(typeof get(dict, ['remedies', row.kind, 'options', r.id]), `${language}/${row.kind}/${r.id}`).toBe(
            'string',
          );
      }
    }
  });

  it("is assembled from each registry's own rows, in overview order, each ending with a catch-all", () => {
    const order = [...new Set(REMEDY_RULES.map((r) => r.registry))];
    expect(order).toEqual([...registryIds]);
    for (const registry of registryIds) {
      const rows = REMEDY_RULES.filter((r) => r.registry === registry);
      expect(rows.at(-1)?.match.test('anything'), registry).toBe(true);
    }
  });

  it('adds what the law gives every registry alike to its own statute', () => {
    expect(remedyRule('rdw', 'x').remedies[0]?.legalBasis).toEqual([
      'Wegenverkeerswet 1994',
      'AVG artikel 16',
      'AVG artikel 12 lid 3',
    ]);
    expect(remedyRule('woz', 'waarde').remedies[0]).toEqual({
      id: 'bezwaar',
      inApp: false,
      party: 'houder',
      term: { soort: 'bezwaartermijn' },
      legalBasis: [
        'Algemene wet bestuursrecht artikel 6:7 en 6:8',
        'Algemene termijnenwet',
        'Wet waardering onroerende zaken',
      ],
    });
    expect(remedyRule('rdw', 'x').remedies[0]?.term).toEqual({
      soort: 'beslistermijn',
      duur: 'P1M',
      verlenging: 'P2M',
    });
  });
});
