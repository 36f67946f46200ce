import { describe, expect, it } from 'vitest';
import { handelingKey, plusJaren } from './handeling';

describe('handelingKey', () => {
  it('names a filed request before anything else', () => {
    expect(handelingKey({ dienst: 'verzoeken', handeling: 'verzoekIngediend' })).toEqual({
      key: 'wat.verzoekIngediend',
    });
  });
  it('names the registry that was looked at', () => {
    expect(handelingKey({ dienst: 'gegevens', register: 'rdw' })).toEqual({ key: 'wat.gegevens', register: 'rdw' });
    expect(handelingKey({ dienst: 'gegevens' })).toEqual({ key: 'wat.gegevensAlgemeen' });
  });
  it('tells the log from requests and messages', () => {
    expect(handelingKey({ dienst: 'logboek' })).toEqual({ key: 'wat.logboek' });
    expect(handelingKey({ dienst: 'verzoeken' })).toEqual({ key: 'wat.verzoeken' });
  });
});

describe('plusJaren', () => {
  it('adds years to a calendar date', () => {
    expect(plusJaren('2026-11-28', 5)).toBe('2031-11-28');
  });
});
