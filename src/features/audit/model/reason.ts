/**
 * The app's check of a reveal reason, for feedback before anything is sent (issue 15). The
 * gateway has its own check and decides (mocks/data/audit/reason.ts); both answer with the
 * same codes, and the page shows the message for the code in the auditor's language. The
 * reason counts in visible characters: what a reader of the access trail will see.
 */
export const REASON_MIN_VISIBLE = 20;
export const REASON_MIN_WORD_CHARACTERS = 10;
export const REASON_MAX = 1000;

export const REASON_CODES = ['control', 'invisible', 'marks', 'markup', 'tooShort', 'noWords', 'tooLong'] as const;
export type ReasonCode = (typeof REASON_CODES)[number];
export type ReasonResult =
  { ok: true; text: string; visible: number } | { ok: false; code: ReasonCode; visible: number };

const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/u;
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Co}\p{Cn}\p{Cs}\u2800]/u;
const MARKUP = /<[A-Za-z/!?]/;
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
const WORD = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/gu;

/** What would be stored: NFC, line breaks as \n, without surrounding white space. */
export const normaliseReason = (input: string): string => input.normalize('NFC').replace(/\r\n?/g, '\n').trim();

export function checkReason(input: string): ReasonResult {
  const text = normaliseReason(input);
  if ([...text].length > REASON_MAX) return { ok: false, code: 'tooLong', visible: 0 };
  if (CONTROL.test(text.replace(/\n/g, ''))) return { ok: false, code: 'control', visible: 0 };
  if (INVISIBLE.test(text)) return { ok: false, code: 'invisible', visible: 0 };
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let visible = 0;
  let words = 0;
  for (const { segment } of segmenter.segment(text)) {
    if ((segment.match(MARK)?.length ?? 0) > 3) return { ok: false, code: 'marks', visible };
    if (VISIBLE.test(segment)) visible++;
    if (WORD.test(segment)) words++;
  }
  if (MARKUP.test(text)) return { ok: false, code: 'markup', visible };
  if (visible < REASON_MIN_VISIBLE) return { ok: false, code: 'tooShort', visible };
  if (words < REASON_MIN_WORD_CHARACTERS) return { ok: false, code: 'noWords', visible };
  return { ok: true, text, visible };
}

/** A code from the gateway's 400, if it is one of ours. */
export const isReasonCode = (code: unknown): code is ReasonCode =>
  typeof code === 'string' && (REASON_CODES as readonly string[]).includes(code);
