/**
 * The Documenten double's own check of an upload, by content (magic bytes), never by file
 * name or the claimed `formaat`. Kept apart from the app's check (src/lib/file-type.ts) on
 * purpose: the double must refuse what the holder refuses even when the app's check is wrong.
 */

export type Bestandstype = { mime: 'application/pdf' | 'image/jpeg' | 'image/png'; extensie: 'pdf' | 'jpg' | 'png' };

/** The holder accepts at most 10 MiB per document (decoded). */
export const MAX_BYTES = 10 * 1024 * 1024;

const HANDTEKENINGEN: ReadonlyArray<{ begin: readonly number[]; type: Bestandstype }> = [
  { begin: [0x25, 0x50, 0x44, 0x46, 0x2d], type: { mime: 'application/pdf', extensie: 'pdf' } }, // "%PDF-"
  { begin: [0xff, 0xd8, 0xff], type: { mime: 'image/jpeg', extensie: 'jpg' } },
  { begin: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], type: { mime: 'image/png', extensie: 'png' } },
];

export function herkenBestand(bytes: Uint8Array): Bestandstype | undefined {
  return HANDTEKENINGEN.find(({ begin }) => bytes.length >= begin.length && begin.every((b, i) => bytes[i] === b))?.type;
}

export type Afwijzing = 'empty' | 'too-large' | 'type';

export function keurBestand(bytes: Uint8Array): Afwijzing | undefined {
  if (bytes.length === 0) return 'empty';
  if (bytes.length > MAX_BYTES) return 'too-large';
  return herkenBestand(bytes) ? undefined : 'type';
}
