import { describe, expect, it } from 'vitest';
import { checkUpload, MAX_UPLOAD_BYTES, sniffFileType } from './file-type';

const bytes = (...b: number[]) => new Uint8Array(b);
const ascii = (s: string) => new TextEncoder().encode(s);

describe('sniffFileType', () => {
  it('recognises PDF, JPEG and PNG by their first bytes', () => {
    expect(sniffFileType(ascii('%PDF-1.7\n%âãÏÓ'))).toEqual({ mime: 'application/pdf', extension: 'pdf' });
    expect(sniffFileType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toEqual({ mime: 'image/jpeg', extension: 'jpg' });
    expect(sniffFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toEqual({
      mime: 'image/png',
      extension: 'png',
    });
  });

  it.each([
    ['a Windows executable renamed .pdf (MZ)', bytes(0x4d, 0x5a, 0x90, 0x00)],
    ['an empty file', bytes()],
    ['HTML', ascii('<script>alert(1)</script>')],
    ['a truncated PNG signature', bytes(0x89, 0x50, 0x4e, 0x47)],
    ['"%PDF" without the dash', ascii('%PDF1.7')],
    ['a ZIP (docx)', bytes(0x50, 0x4b, 0x03, 0x04)],
    ['a GIF', ascii('GIF89a')],
    ['PDF magic not at the start', ascii(' %PDF-1.7')],
  ])('rejects %s', (_name, input) => expect(sniffFileType(input)).toBeNull());
});

describe('checkUpload', () => {
  it('names the problem: empty, too large, wrong type', () => {
    expect(checkUpload(bytes())).toBe('empty');
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set(ascii('%PDF-'));
    expect(checkUpload(big)).toBe('too-large');
    expect(checkUpload(bytes(0x4d, 0x5a))).toBe('type');
  });

  it('accepts a valid file of exactly 10 MB', () => {
    const max = new Uint8Array(MAX_UPLOAD_BYTES);
    max.set(ascii('%PDF-'));
    expect(checkUpload(max)).toBeNull();
  });
});
