import { describe, expect, it } from 'vitest';
import { sortFromParams } from './filters';

describe('audit search sort', () => {
  it('is newest first unless the URL asks otherwise (issue 19)', () => {
    expect(sortFromParams(new URLSearchParams())).toBe('-tijd');
    expect(sortFromParams(new URLSearchParams('sorteer=tijd'))).toBe('tijd');
    expect(sortFromParams(new URLSearchParams('sorteer=onzin'))).toBe('-tijd');
  });
});
