/**
 * Free text must show what it says (issue 17). Refused: control characters except tab and
 * newlines, format characters (zero-width space/joiner, byte-order mark, soft hyphen, direction
 * marks, bidi overrides and isolates), line/paragraph separators, other characters that render
 * as nothing (Hangul fillers, blank braille), private use, lone surrogates and noncharacters.
 * Allowed: emoji variation selectors, and a zero-width joiner between two emoji (👩‍💻).
 *
 * The gateway applies the same rule on its side (mocks/gateway/text.ts, written separately:
 * the double never borrows the app's logic); this copy lets the form say so before sending.
 */
const REFUSED =
  /[\u2800\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\p{Noncharacter_Code_Point}\p{Default_Ignorable_Code_Point}]/u;
const ALLOWED = new Set(['\t', '\n', '\r', '\uFE0E', '\uFE0F']);
const EMOJI_BEFORE_ZWJ = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;
const EMOJI_AFTER_ZWJ = /^\p{Extended_Pictographic}$/u;

export function hasInvisibleCharacters(value: string): boolean {
  const chars = [...value];
  return chars.some((char, i) => {
    if (!REFUSED.test(char) || ALLOWED.has(char)) return false;
    return !(
      char === '\u200D' &&
      EMOJI_BEFORE_ZWJ.test(chars[i - 1] ?? '') &&
      EMOJI_AFTER_ZWJ.test(chars[i + 1] ?? '')
    );
  });
}
