import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import { setupI18nWithAllNamespaces, type Language } from '@/lib/i18n';
import type { Fact, RegistryView } from '@/lib/registry-view';
import { voertuigenResultaatSchema, type RdwData, type Voertuig } from './api';
import { toRdwView } from './model';

let i18n: I18n;
beforeAll(async () => {
  i18n = await setupI18nWithAllNamespaces('nl');
});

/** Two vehicles as the contract sends them: a trailer with one field in onderzoek, and a car. */
const trailer: Voertuig = {
  kenteken: 'WFHB69',
  voertuigsoort: 'Aanhangwagen',
  merk: 'ANSSEMS',
  handelsbenaming: 'GT 750',
  eerste_kleur: 'N.v.t.',
  brandstof_omschrijving: null,
  massa_rijklaar: 209,
  datum_eerste_toelating: '2015-07-28',
  datum_tenaamstelling: '2024-08-06',
  vervaldatum_apk: null,
  wam_verzekerd: 'N.v.t.',
  openstaande_terugroepactie_indicator: 'Nee',
  tellerstandoordeel: 'Niet van toepassing',
  tenaamstellingSinds: '2024-08-06',
  inOnderzoek: { datumIngangOnderzoek: '2026-08-13', gegevens: ['datum_tenaamstelling'] },
  datumLaatsteWijziging: '2026-08-13',
};
const car: Voertuig = {
  kenteken: 'K283HB',
  voertuigsoort: 'Personenauto',
  merk: 'TESLA',
  handelsbenaming: 'MODEL 3',
  eerste_kleur: 'GRIJS',
  brandstof_omschrijving: 'Elektriciteit',
  massa_rijklaar: 2069,
  datum_eerste_toelating: '2022-11-24',
  datum_tenaamstelling: '2025-02-16',
  vervaldatum_apk: '2027-11-19',
  wam_verzekerd: 'Ja',
  openstaande_terugroepactie_indicator: 'Nee',
  tellerstandoordeel: 'Logisch',
  tenaamstellingSinds: '2025-02-16',
  inOnderzoek: null,
  datumLaatsteWijziging: '2026-11-19',
};
/** A fresh copy each time (one test changes it), through the app's own schema. */
const twoVehicles = (): RdwData => voertuigenResultaatSchema.parse(structuredClone({ voertuigen: [trailer, car] }));
const view = (data: RdwData, language: Language = 'nl'): RegistryView =>
  toRdwView(data, { t: i18n.getFixedT(language, 'rdw'), tCommon: i18n.getFixedT(language, 'common'), language });
const sectionFacts = (v: RegistryView, kenteken: string): Fact[] =>
  v.sections.find((s) => s.id === `voertuig-${kenteken}`)?.facts ?? [];
const fact = (v: RegistryView, kenteken: string, id: string) => sectionFacts(v, kenteken).find((f) => f.id === id);

describe('RDW view', () => {
  it('lists the vehicles in a table and per vehicle, kentekens as given', () => {
    const v = view(twoVehicles());
    expect(v.holder).toBe('RDW');
    expect(v.legalBasis).toBe('Wegenverkeerswet 1994 (kentekenregister)');
    const table = v.sections[0]?.table;
    expect(table?.caption).toBe('Voertuigen die op uw naam staan');
    expect(table?.columns.map((c) => c.id)).toEqual(['kenteken', 'soort', 'merk', 'opNaamSinds', 'apk']);
    expect(table?.rows.map((r) => r.cells.kenteken)).toEqual(['WFHB69', 'K283HB']);
    expect(table?.rows[0]?.cells).toMatchObject({
      soort: 'Aanhangwagen',
      merk: 'ANSSEMS GT 750',
      opNaamSinds: '6 augustus 2024',
      apk: 'Geen APK nodig',
    });
    expect(table?.rows[1]?.cells).toMatchObject({
      soort: 'Personenauto',
      merk: 'TESLA MODEL 3',
      apk: '19 november 2027',
    });
    expect(fact(v, 'K283HB', 'brandstof_omschrijving')?.value).toBe('Elektriciteit');
    expect(fact(v, 'K283HB', 'wam_verzekerd')?.value).toBe('Ja');
    expect(fact(v, 'K283HB', 'massa_rijklaar')?.value).toBe('2069 kg');
    expect(fact(v, 'WFHB69', 'wam_verzekerd')?.value).toBe('Niet van toepassing');
    expect(sectionFacts(v, 'K283HB').every((f) => f.label && f.explanation)).toBe(true);
    expect(v.keyFacts.map((f) => f.value)).toEqual(['2', 'WFHB69 – ANSSEMS GT 750']);
    expect(v.lastChanged).toBe('2026-11-19');
  });

  it('marks exactly the fields the RDW investigates, in the table row and the facts', () => {
    const v = view(twoVehicles());
    expect(fact(v, 'WFHB69', 'datum_tenaamstelling')?.inOnderzoekSinds).toBe('13 augustus 2026');
    expect(sectionFacts(v, 'WFHB69').filter((f) => f.inOnderzoekSinds)).toHaveLength(1);
    expect(sectionFacts(v, 'K283HB').some((f) => f.inOnderzoekSinds)).toBe(false);
    expect(v.sections[0]?.table?.rows[0]).toMatchObject({
      inOnderzoekSinds: '13 augustus 2026',
      inOnderzoekWat: 'de datum waarop het voertuig voor het laatst op een naam is gezet',
    });
    expect(v.sections[0]?.table?.rows[1]?.inOnderzoekSinds).toBeUndefined();
    expect(v.inOnderzoek).toEqual({ count: 1, sinds: '13 augustus 2026' });
  });

  it('counts every field in onderzoek and takes the oldest start date', () => {
    const data = twoVehicles();
    const [a, b] = data.voertuigen;
    if (!a || !b) throw new Error('fixture');
    a.inOnderzoek = { datumIngangOnderzoek: '2026-05-01', gegevens: ['merk', 'eerste_kleur'] };
    b.inOnderzoek = { datumIngangOnderzoek: '2026-02-01', gegevens: ['vervaldatum_apk'] };
    const v = view(data);
    expect(v.inOnderzoek).toEqual({ count: 3, sinds: '1 februari 2026' });
    expect(v.sections[0]?.table?.rows[0]?.inOnderzoekWat).toBe('het merk en de kleur');
  });

  it('says plainly that no vehicle is registered', () => {
    const v = view({ voertuigen: [] });
    expect(v.emptyText).toBe('Er staat geen voertuig met een kenteken op uw naam.');
    expect(v.sections).toEqual([]);
    expect(v.keyFacts).toEqual([{ id: 'aantal', label: 'Voertuigen op uw naam', value: '0' }]);
    expect(v.lastChanged).toBeUndefined();
    expect(view({ voertuigen: [] }, 'en').emptyText).toBe(
      'No vehicle with a registration number is registered in your name.',
    );
  });

  it('speaks English with English dates', () => {
    const v = view(twoVehicles(), 'en');
    expect(v.title).toBe('Vehicles (vehicle register)');
    expect(v.legalBasis).toMatch(/^Road Traffic Act 1994/);
    expect(v.sections[0]?.table?.rows[0]?.cells.soort).toBe('Trailer');
    expect(fact(v, 'K283HB', 'wam_verzekerd')?.value).toBe('Yes');
    expect(v.inOnderzoek.sinds).toBe('13 August 2026');
    expect(v.sections[0]?.table?.rows[0]?.inOnderzoekWat).toBe("the date the vehicle was last put in someone's name");
  });
});
