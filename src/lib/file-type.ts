/**
 * Evidence uploads are checked by content, not by file name: a renamed .exe stays an .exe.
 * The app checks before uploading and the mock Documenten API checks again on receipt, with
 * this same function, so both give the same answer.
 */

export type SniffedType = { mime: 'application/pdf' | 'image/jpeg' | 'image/png'; extension: 'pdf' | 'jpg' | 'png' };

/** 10 MB, decoded (the limit per file). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

const SIGNATURES: ReadonlyArray<{ bytes: readonly number[]; type: SniffedType }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], type: { mime: 'application/pdf', extension: 'pdf' } }, // %PDF-
  { bytes: [0xff, 0xd8, 0xff], type: { mime: 'image/jpeg', extension: 'jpg' } },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], type: { mime: 'image/png', extension: 'png' } },
];

/** The accepted type the bytes start with, or null for anything else (including empty input). */
export function sniffFileType(bytes: Uint8Array): SniffedType | null {
  for (const { bytes: sig, type } of SIGNATURES) {
    if (bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b)) return type;
  }
  return null;
}

export type UploadProblem = 'empty' | 'too-large' | 'type';

/** Why a file may not be uploaded, or null when it may. Order: empty, size, then type. */
export function checkUpload(bytes: Uint8Array): UploadProblem | null {
  if (bytes.length === 0) return 'empty';
  if (bytes.length > MAX_UPLOAD_BYTES) return 'too-large';
  return sniffFileType(bytes) ? null : 'type';
}
