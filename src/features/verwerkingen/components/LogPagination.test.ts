import { describe, expect, it } from 'vitest';
import { pageNumbers } from './LogPagination';

describe('pageNumbers', () => {
  it('offers the first, the last and two either side, with a gap only where pages are left out', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageNumbers(1, 239)).toEqual([1, 2, 3, null, 239]);
    expect(pageNumbers(120, 239)).toEqual([1, null, 118, 119, 120, 121, 122, null, 239]);
    // One left-out page is shown, not hidden behind "…".
    expect(pageNumbers(5, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageNumbers(239, 239)).toEqual([1, null, 237, 238, 239]);
  });
});
