import { checkBsn } from '@/lib/bsn';

export type BsnErrorKey = 'empty' | 'notDigits' | 'length' | 'tooLong' | 'elfproef';

/** Longer than this is not a typo but a paste of something else; say so without echoing it. */
const MAX_REASONABLE_LENGTH = 20;

/** What is wrong with a typed BSN, as a translation key; null when it may be sent. */
export function bsnErrorKey(input: string): BsnErrorKey | null {
  const value = input.trim();
  if (value.length > MAX_REASONABLE_LENGTH) return 'tooLong';
  return checkBsn(value);
}
