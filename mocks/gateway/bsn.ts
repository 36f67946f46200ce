/**
 * The gateway's own BSN check for the test sign-in (a real gateway gets the BSN from DigiD).
 * Written apart from the app's form check (src/lib/bsn.ts), so a mistake in one is caught by the
 * other: the server is strict (no trimming), the 11-proef per the BSN specification
 * (9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11; 000000000 passes that sum but is no BSN).
 */
export type BsnFault = 'empty' | 'notDigits' | 'length' | 'elfproef';

const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

export function bsnFault(value: string): BsnFault | undefined {
  if (value.length === 0) return 'empty';
  if (/[^0-9]/.test(value)) return 'notDigits';
  if (value.length !== WEIGHTS.length) return 'length';
  if (/^0+$/.test(value)) return 'elfproef';
  const sum = WEIGHTS.reduce<number>((total, weight, i) => total + weight * (value.charCodeAt(i) - 48), 0);
  return sum % 11 === 0 ? undefined : 'elfproef';
}
