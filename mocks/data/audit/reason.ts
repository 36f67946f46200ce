/**
 * The gateway's check of a reveal reason (issue 15). A reason is what the access trail and
 * the person's own processing log will show, so it must be text a reader can see:
 *
 *  - normalised to NFC (what was shown is what is stored), line breaks as `\n`, trimmed;
 *  - no control characters except the line break, no format characters (zero-width, bidi
 *    overrides such as U+202E that reverse the text on screen), nothing invisible
 *    (Default_Ignorable_Code_Point: Hangul fillers U+3164/U+FFA0, variation selectors …, and
 *    the braille blank), no private-use, unassigned or lone surrogate code points;
 *  - no letter carrying more than three combining marks ("Zalgo" text paints over the lines
 *    around it);
 *  - no HTML or other markup (`<` followed by a letter, `/`, `!` or `?`);
 *  - at least 20 visible characters (grapheme clusters with a letter, digit, punctuation
 *    mark or symbol), of which at least 10 letters or digits (twenty dots say nothing), at
 *    most 1000 code points.
 *
 * The app has its own copy of these rules for immediate feedback
 * (src/features/audit/model/reason.ts); this one decides. The same hostile inputs are run
 * through both in tests.
 */

export const REASON_MIN_VISIBLE = 20;
export const REASON_MAX = 1000;
export const REASON_MIN_WORD_CHARACTERS = 10;

export type ReasonCode = 'type' | 'control' | 'invisible' | 'marks' | 'markup' | 'tooShort' | 'noWords' | 'tooLong';
export type ReasonCheck =
  { ok: true; text: string; visible: number } | { ok: false; code: ReasonCode; reason: string; visible: number };

const CONTROL = /[\p{Cc}\p{Zl}\p{Zp}]/u;
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Co}\p{Cn}\p{Cs}\u2800]/u;
const MARKUP = /<[A-Za-z/!?]/;
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
const WORD = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/gu;

const segmenter = new Intl.Segmenter('nl', { granularity: 'grapheme' });

const REASONS: Record<ReasonCode, string> = {
  type: 'Schrijf de reden als tekst.',
  control: 'De reden bevat een stuurteken, zoals een tab. Typ de reden opnieuw.',
  invisible:
    'De reden bevat onzichtbare tekens of tekens die de leesrichting omdraaien. Typ de reden opnieuw met gewone letters en cijfers.',
  marks: 'De reden bevat letters met te veel accenten op elkaar.',
  markup: 'Gebruik geen HTML of andere code in de reden.',
  tooShort: `Schrijf een reden van minimaal ${REASON_MIN_VISIBLE} zichtbare tekens.`,
  noWords: `Schrijf de reden in woorden: minimaal ${REASON_MIN_WORD_CHARACTERS} letters of cijfers.`,
  tooLong: `Een reden is maximaal ${REASON_MAX} tekens.`,
};

export function checkReason(input: unknown): ReasonCheck {
  const fail = (code: ReasonCode, visible = 0): ReasonCheck => ({ ok: false, code, reason: REASONS[code], visible });
  if (typeof input !== 'string') return fail('type');
  const text = input.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  if ([...text].length > REASON_MAX) return fail('tooLong');
  if (CONTROL.test(text.replace(/\n/g, ''))) return fail('control');
  if (INVISIBLE.test(text)) return fail('invisible');
  let visible = 0;
  let words = 0;
  for (const { segment } of segmenter.segment(text)) {
    if ((segment.match(MARK)?.length ?? 0) > 3) return fail('marks');
    if (VISIBLE.test(segment)) visible++;
    if (WORD.test(segment)) words++;
  }
  if (MARKUP.test(text)) return fail('markup', visible);
  if (visible < REASON_MIN_VISIBLE) return fail('tooShort', visible);
  if (words < REASON_MIN_WORD_CHARACTERS) return fail('noWords', visible);
  return { ok: true, text, visible };
}
