/**
 * The BSN "elfproef": 9 digits d1…d9 with 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11).
 * The last weight is −1 (unlike the bank-account check). 000000000 passes the arithmetic
 * but means "unknown", so it is rejected separately.
 */
export type BsnProblem = 'empty' | 'notDigits' | 'length' | 'elfproef';

export function checkBsn(input: string): BsnProblem | null {
  const value = input.trim();
  if (value === '') return 'empty';
  if (!/^[0-9]+$/.test(value)) return 'notDigits';
  if (value.length !== 9) return 'length';
  if (value === '000000000') return 'elfproef';
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(value[i]);
  sum -= Number(value[8]);
  return sum % 11 === 0 ? null : 'elfproef';
}

export const isValidBsn = (input: string): boolean => checkBsn(input) === null;
