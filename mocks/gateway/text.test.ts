import { describe, expect, it } from 'vitest';
import { checkVisibleText, findInvisible, visibleLength } from './text';

describe('visible text (issue 17)', () => {
  it.each([
    ['zero-width space', 'Jan\u200Bsen', 'U+200B'],
    ['zero-width joiner between letters', 'a\u200Db', 'U+200D'],
    ['zero-width non-joiner', 'a\u200Cb', 'U+200C'],
    ['byte-order mark', '\uFEFFtekst', 'U+FEFF'],
    ['line separator', 'regel\u2028regel', 'U+2028'],
    ['paragraph separator', 'a\u2029b', 'U+2029'],
    ['soft hyphen', 'ver\u00ADstopt', 'U+00AD'],
    ['right-to-left override', 'Jansen\u202Enesnaj', 'U+202E'],
    ['right-to-left isolate', '\u2067x\u2069', 'U+2067'],
    ['left-to-right mark', 'a\u200Eb', 'U+200E'],
    ['word joiner', 'a\u2060b', 'U+2060'],
    ['Hangul filler', '\u3164', 'U+3164'],
    ['blank braille pattern', '\u2800', 'U+2800'],
    ['NUL', 'a\u0000b', 'U+0000'],
    ['escape', 'a\u001B[31m', 'U+001B'],
    ['DEL', 'a\u007F', 'U+007F'],
    ['private use', 'a\uE000', 'U+E000'],
    ['a lone surrogate', 'a\uD800b', 'U+D800'],
    ['a noncharacter', 'a\uFFFE', 'U+FFFE'],
    ['a tag character', 'a\u{E0041}', 'U+E0041'],
  ])('refuses %s', (_name, value, codePoint) => {
    expect(findInvisible(value)?.codePoint).toBe(codePoint);
  });

  it.each([
    ['plain Dutch', 'Ik woon sinds 1 november op nummer 33.'],
    ['HTML as text', '<b>Geen</b> 31 & meer'],
    ['diacritics', 'Zoë, Ürün, Çelik, Øystein'],
    ['tabs and line breaks', 'regel 1\r\nregel 2\tmet tab'],
    ['an emoji with presentation selector', 'Top ❤️'],
    ['an emoji ZWJ sequence', '👩‍💻 en 👨‍👩‍👧'],
    ['an emoji with skin tone and ZWJ', '👩🏽‍💻'],
    ['Arabic and Hebrew text', 'مرحبا שלום'],
    ['a no-break space', '10\u00A0km'],
  ])('allows %s', (_name, value) => {
    expect(findInvisible(value)).toBeUndefined();
  });

  it('counts only what a reader sees', () => {
    expect(visibleLength(' \u00A0\t\n')).toBe(0);
    expect(visibleLength('Ab1.')).toBe(4);
    expect(checkVisibleText('   ', 1)).toBe('too-short');
    expect(checkVisibleText('.\u200B\u200B', 1)).toBe('invisible');
    expect(checkVisibleText('Onderzoek naar melding 2026-17', 10)).toBeUndefined();
  });
});
