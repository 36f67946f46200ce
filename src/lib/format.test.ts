import { describe, expect, it } from 'vitest';
import { formatDate, formatEuro, formatList, formatPostcode, midSentence } from './format';

describe('formatting for people', () => {
  it('writes calendar dates in words, in the reader language, without a time-zone shift', () => {
    expect(formatDate('2015-08-08', 'nl')).toBe('8 augustus 2015');
    expect(formatDate('2015-08-08', 'en')).toBe('8 August 2015');
    expect(formatDate('2024-01-01', 'nl')).toBe('1 januari 2024');
  });

  it('returns what it cannot read unchanged', () => {
    expect(formatDate('onbekend', 'nl')).toBe('onbekend');
  });

  it('writes whole euros', () => {
    expect(formatEuro(45300, 'nl').replace(/\s/g, ' ')).toBe('€ 45.300');
    expect(formatEuro(45300, 'en')).toBe('€45,300');
  });

  it('says a list as a sentence does, in the reader language', () => {
    expect(formatList(['het merk', 'de kleur', 'het model'], 'nl')).toBe('het merk, de kleur en het model');
    expect(formatList(['the make', 'the colour'], 'en')).toBe('the make and the colour');
    expect(formatList(['het merk'], 'nl')).toBe('het merk');
  });

  it('writes every Dutch postcode one way: four digits, a space, two capitals', () => {
    expect(formatPostcode('3077AW')).toBe('3077 AW');
    expect(formatPostcode('3077aw')).toBe('3077 AW');
    expect(formatPostcode('3077 AW')).toBe('3077 AW');
    expect(formatPostcode(' 3077  aW ')).toBe('3077 AW');
  });

  it('leaves what is not a Dutch postcode as it is, and gives nothing for empty input', () => {
    expect(formatPostcode('')).toBeUndefined();
    expect(formatPostcode('   ')).toBeUndefined();
    expect(formatPostcode(undefined)).toBeUndefined();
    expect(formatPostcode('0123AB')).toBe('0123AB');
    expect(formatPostcode('SW1A 1AA')).toBe('SW1A 1AA');
  });
});

describe('midSentence', () => {
  it('lowers the first letter of a name, but not of an abbreviation', () => {
    expect(midSentence('Persoonsgegevens')).toBe('persoonsgegevens');
    expect(midSentence('Adres en gebouw')).toBe('adres en gebouw');
    expect(midSentence("Diploma's")).toBe("diploma's");
    expect(midSentence('WOZ-waarde')).toBe('WOZ-waarde');
    expect(midSentence('WOZ value')).toBe('WOZ value');
    expect(midSentence('')).toBe('');
  });
});
