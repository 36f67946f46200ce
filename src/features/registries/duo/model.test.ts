import { beforeAll, describe, expect, it } from 'vitest';
import type { components } from '@/generated/duo';
import en from '@/i18n/en/duo.json';
import nl from '@/i18n/nl/duo.json';
import { setupI18nWithAllNamespaces, type Language } from '@/lib/i18n';
import type { MapperContext } from '../types';
import { diplomasResultaatSchema } from './api';
import { DUO_HOLDER, hoogsteDiploma, toDuoView } from './model';

type Diploma = components['schemas']['Diploma'];

let context: (language: Language) => MapperContext;
beforeAll(async () => {
  const i18n = await setupI18nWithAllNamespaces('nl');
  // The mapper pins its own namespace, so a `t` bound to any namespace will do.
  context = (language) => ({ t: i18n.getFixedT(language), tCommon: i18n.getFixedT(language, 'common'), language });
});

/** What the queryFn would hand the mapper: the mock's answer, through our schema. */
const gegevensVan = (diplomas: Diploma[]) => diplomasResultaatSchema.parse({ diplomas });
/** A vwo, an hbo and a later diploma, one in onderzoek: as the contract sends them (oldest first). */
const adultDiplomas: Diploma[] = [
  {
    id: 'diploma-20170707-1',
    onderwijsniveau: 'vwo',
    opleidingsnaam: 'vwo (atheneum), profiel Natuur en gezondheid',
    onderwijsinstelling: 'Sint-Janscollege',
    datumBehaald: '2017-07-07',
    inOnderzoek: null,
    datumLaatsteWijziging: '2017-11-08',
  },
  {
    id: 'diploma-20210908-2',
    onderwijsniveau: 'wo-bachelor',
    opleidingsnaam: 'B Geneeskunde',
    onderwijsinstelling: 'Universiteit van Amsterdam',
    datumBehaald: '2021-09-08',
    inOnderzoek: null,
    datumLaatsteWijziging: '2022-03-07',
  },
  {
    id: 'diploma-20230518-3',
    onderwijsniveau: 'wo-master',
    opleidingsnaam: 'M Geneeskunde',
    onderwijsinstelling: 'Universiteit van Amsterdam',
    datumBehaald: '2023-05-18',
    inOnderzoek: {
      datumIngangOnderzoek: '2026-02-19',
      gegevens: ['onderwijsinstelling'],
    },
    datumLaatsteWijziging: '2026-02-19',
  },
];
/** A child's one vmbo diploma. */
const childDiplomas: Diploma[] = [
  {
    id: 'diploma-20250628-1',
    onderwijsniveau: 'vmbo',
    opleidingsnaam: 'vmbo kaderberoepsgerichte leerweg, profiel Bouwen, wonen en interieur',
    onderwijsinstelling: 'Christelijk College De Populier',
    datumBehaald: '2025-06-28',
    inOnderzoek: null,
    datumLaatsteWijziging: '2026-02-21',
  },
];
const viewOf = (diplomas: Diploma[], language: Language = 'nl') =>
  toDuoView(gegevensVan(structuredClone(diplomas)), context(language));

const diploma = (
  onderwijsniveau: Diploma['onderwijsniveau'],
  datumBehaald: string,
  opleidingsnaam = onderwijsniveau,
): Diploma => ({
  id: `d-${onderwijsniveau}-${datumBehaald}`,
  onderwijsniveau,
  opleidingsnaam,
  onderwijsinstelling: 'School',
  datumBehaald,
  inOnderzoek: null,
  datumLaatsteWijziging: datumBehaald,
});

describe('DUO mapper: diplomas', () => {
  it('puts the highest diploma on the card', () => {
    const view = viewOf(adultDiplomas);
    expect(view).toMatchObject({
      id: 'duo',
      holder: DUO_HOLDER,
      legalBasis: 'Wet register onderwijsdeelnemers',
      title: "Diploma's (diplomaregister)",
    });
    expect(view.keyFacts.map((f) => [f.label, f.value])).toEqual([
      ['Hoogste diploma', 'M Geneeskunde'],
      ['Niveau', 'universiteit, master'],
      ['Gehaald', '18 mei 2023, Universiteit van Amsterdam'],
      ["Aantal diploma's", '3'],
    ]);
  });

  it('lists every diploma, newest first, in a table with a caption and column names', () => {
    const table = viewOf(adultDiplomas).sections[0]?.table;
    expect(table?.caption).toBe("Diploma's, het nieuwste eerst");
    expect(table?.columns.map((c) => c.label)).toEqual(['Opleiding', 'Niveau', 'School', 'Gehaald op']);
    expect(table?.rows.map((row) => row.cells.opleidingsnaam)).toEqual([
      'M Geneeskunde',
      'B Geneeskunde',
      'vwo (atheneum), profiel Natuur en gezondheid',
    ]);
    expect(table?.rows[2]?.cells).toMatchObject({
      onderwijsniveau: 'vwo',
      onderwijsinstelling: 'Sint-Janscollege',
      datumBehaald: '7 juli 2017',
    });
  });

  it('marks the diploma DUO is checking, says what and since when', () => {
    const view = viewOf(adultDiplomas);
    const rows = view.sections[0]?.table?.rows ?? [];
    expect(
      rows.filter((row) => row.inOnderzoekSinds).map((row) => [row.id, row.inOnderzoekSinds, row.inOnderzoekWat]),
    ).toEqual([['diploma-20230518-3', '19 februari 2026', 'de school']]);
    expect(view.inOnderzoek).toEqual({ count: 1, sinds: '19 februari 2026' });
    // The school is part of the "Gehaald" fact on the card, so that fact is marked; the name is not.
    expect(view.keyFacts.find((f) => f.id === 'behaald')?.inOnderzoekSinds).toBe('19 februari 2026');
    expect(view.keyFacts.find((f) => f.id === 'hoogsteDiploma')?.inOnderzoekSinds).toBeUndefined();
    expect(view.lastChanged).toBe('2026-02-19');
  });

  it('shows the diploma of a child who has one', () => {
    const view = viewOf(childDiplomas);
    expect(view.keyFacts[1]?.value).toBe('vmbo');
    expect(view.sections[0]?.table?.rows).toHaveLength(1);
  });

  it('picks the highest level, not the latest diploma; the NT2 exam only when it is the only one', () => {
    expect(
      hoogsteDiploma([diploma('hbo-bachelor', '2010-06-01'), diploma('staatsexamen-nt2', '2015-01-01')])
        ?.onderwijsniveau,
    ).toBe('hbo-bachelor');
    expect(hoogsteDiploma([diploma('vwo', '2001-06-01'), diploma('mbo-4', '2004-06-01')])?.onderwijsniveau).toBe('vwo');
    expect(
      hoogsteDiploma([diploma('wo-bachelor', '2005-06-01'), diploma('wo-master', '2007-06-01')])?.onderwijsniveau,
    ).toBe('wo-master');
    expect(hoogsteDiploma([diploma('staatsexamen-nt2', '2015-01-01')])?.onderwijsniveau).toBe('staatsexamen-nt2');
    expect(hoogsteDiploma([])).toBeUndefined();
  });

  it('says plainly when DUO has no diploma', () => {
    const view = viewOf([]);
    expect(view.sections).toEqual([]);
    expect(view.keyFacts).toEqual([]);
    expect(view.emptyText).toMatch(/geen diploma/);
    expect(view.inOnderzoek).toEqual({ count: 0 });
  });

  it('speaks English when the reader chose English', () => {
    const view = viewOf(adultDiplomas, 'en');
    expect(view.title).toBe('Diplomas (diploma register)');
    expect(view.keyFacts.slice(0, 3).map((f) => f.value)).toEqual([
      'M Geneeskunde',
      'master, university',
      '18 May 2023, Universiteit van Amsterdam',
    ]);
    expect(view.sections[0]?.table?.rows[0]).toMatchObject({
      inOnderzoekSinds: '19 February 2026',
      inOnderzoekWat: 'the school',
    });
  });

  it('has the same text keys in Dutch and English', () => {
    const keys = (value: object, prefix = ''): string[] =>
      Object.entries(value).flatMap(([key, child]) =>
        typeof child === 'object' && child !== null ? keys(child as object, `${prefix}${key}.`) : [`${prefix}${key}`],
      );
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });
});
