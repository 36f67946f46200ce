import { z } from 'zod';
import { checkBsn } from '@/lib/bsn';

export type BsnErrorKey = 'empty' | 'notDigits' | 'length' | 'tooLong' | 'elfproef';

/** Longer than this is not a typo but a paste of something else; say so without echoing it. */
const MAX_REASONABLE_LENGTH = 20;

export function bsnErrorKey(input: string): BsnErrorKey | null {
  const value = input.trim();
  if (value.length > MAX_REASONABLE_LENGTH) return 'tooLong';
  return checkBsn(value);
}

/** The error's key travels as the zod message; the view translates it. */
export const bsnFormSchema = z.object({
  bsn: z.string().superRefine((value, ctx) => {
    const key = bsnErrorKey(value);
    if (key) ctx.addIssue({ code: 'custom', message: key });
  }),
});
export type BsnForm = z.infer<typeof bsnFormSchema>;
