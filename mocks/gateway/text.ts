/**
 * What counts as visible text in free-text fields (issue 17, finding 4 and 8): one rule for the
 * ZGW and Documenten APIs and the auditor's reveal reason.
 *
 * Refused, because they show as nothing, or change how the text around them shows:
 *  - control characters (Unicode category Cc) except tab, line feed and carriage return;
 *  - format characters (Cf): zero-width space/joiner/non-joiner (U+200B–U+200D), the byte-order
 *    mark U+FEFF, soft hyphen U+00AD, direction marks and the bidi overrides/isolates
 *    (U+200E/F, U+202A–U+202E, U+2066–U+2069), invisible operators (U+2060–U+2064), tags;
 *  - the line and paragraph separators U+2028/U+2029 (Zl, Zp), which also break JavaScript
 *    string literals in older engines and JSON-in-HTML;
 *  - other default-ignorable code points that render as nothing (the Hangul fillers U+115F,
 *    U+1160, U+3164, U+FFA0; the combining grapheme joiner U+034F; Mongolian free variation
 *    selectors, the blank braille pattern U+2800), private use (Co), lone surrogates (Cs) and
 *    noncharacters (U+FFFE …).
 * Allowed: the emoji variation selectors U+FE0E/U+FE0F, and a zero-width joiner *between two
 * emoji* (👩‍💻), because phone keyboards type those; a ZWJ between letters is still refused.
 * Whitespace such as the no-break space is allowed but is not visible content.
 */

const REFUSED =
  /[\u2800\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\p{Noncharacter_Code_Point}\p{Default_Ignorable_Code_Point}]/u;
const ALLOWED_CONTROLS = new Set(['\t', '\n', '\r', '\uFE0E', '\uFE0F']);
const ZWJ = '\u200D';
const EMOJI_BEFORE_ZWJ = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]$/u;
const EMOJI_AFTER_ZWJ = /^\p{Extended_Pictographic}$/u;
/** Letters, digits, punctuation and symbols: what a reader sees. */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

export type Invisible = { index: number; codePoint: string };

/** The first refused character (index in code points, `U+XXXX`), or undefined when there is none. */
export function findInvisible(value: string): Invisible | undefined {
  const chars = [...value];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    if (!REFUSED.test(char) || ALLOWED_CONTROLS.has(char)) continue;
    if (char === ZWJ && EMOJI_BEFORE_ZWJ.test(chars[i - 1] ?? '') && EMOJI_AFTER_ZWJ.test(chars[i + 1] ?? '')) continue;
    return { index: i, codePoint: `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}` };
  }
  return undefined;
}

/** How many characters a reader sees (letters, digits, punctuation, symbols; not spaces or marks). */
export function visibleLength(value: string): number {
  let count = 0;
  for (const char of value) if (VISIBLE.test(char)) count++;
  return count;
}

export type TextProblem = 'invisible' | 'too-short';

/**
 * The shared rule: no refused character, and at least `minVisible` visible characters (a
 * reason of only spaces, or "." plus zero-width spaces, says nothing). Undefined when fine.
 */
export function checkVisibleText(value: string, minVisible = 0): TextProblem | undefined {
  if (findInvisible(value)) return 'invisible';
  if (visibleLength(value) < minVisible) return 'too-short';
  return undefined;
}
