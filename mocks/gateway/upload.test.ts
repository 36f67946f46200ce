import { describe, expect, it } from 'vitest';
import { ascii, concatBytes, REAL_JPEG, REAL_PDF, REAL_PNG } from '../../tests/fixtures/evidence';
import { inspectUpload, safeFileName } from './upload';

/** A PNG chunk with a correct CRC, to build hostile PNGs that are structurally sound. */
function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const typeAndData = concatBytes(ascii(type), data);
  let c = 0xffffffff;
  for (const b of typeAndData) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  const crc = (c ^ 0xffffffff) >>> 0;
  const out = new Uint8Array(12 + data.length);
  new DataView(out.buffer).setUint32(0, data.length);
  out.set(typeAndData, 4);
  new DataView(out.buffer).setUint32(8 + data.length, crc);
  return out;
}

/** The PNG with a chunk inserted right after IHDR (offset 8 + 25). */
const withChunk = (chunk: Uint8Array) => concatBytes(REAL_PNG.subarray(0, 33), chunk, REAL_PNG.subarray(33));
const html = ascii('<html><script>alert(document.domain)</script></html>');

describe('evidence uploads are read as what they claim to be (issue 17)', () => {
  it.each([
    ['a real PNG', REAL_PNG, 'image/png'],
    ['a real JPEG', REAL_JPEG, 'image/jpeg'],
    ['a real PDF', REAL_PDF, 'application/pdf'],
  ])('accepts %s', async (_name, bytes, mime) => {
    const result = await inspectUpload(bytes);
    expect(result).toMatchObject({ ok: true, type: { mime } });
  });

  it.each([
    ['a PNG with a web page after IEND (polyglot)', concatBytes(REAL_PNG, html), 'corrupt'],
    ['a PNG cut off in the middle', REAL_PNG.subarray(0, 60), 'corrupt'],
    [
      'a PNG with a wrong CRC',
      (() => {
        const b = REAL_PNG.slice();
        b[30] = (b[30] ?? 0) ^ 0xff;
        return b;
      })(),
      'corrupt',
    ],
    ['a PNG signature and nothing else', REAL_PNG.subarray(0, 8), 'corrupt'],
    ['the 3-byte "JPEG"', Uint8Array.of(0xff, 0xd8, 0xff), 'corrupt'],
    ['a JPEG without its end', REAL_JPEG.subarray(0, REAL_JPEG.length - 2), 'corrupt'],
    ['a JPEG with HTML after EOI', concatBytes(REAL_JPEG, html), 'corrupt'],
    ['JPEG magic bytes and HTML', concatBytes(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0), html), 'corrupt'],
    [
      'a PDF with /OpenAction /JavaScript',
      ascii('%PDF-1.7\n1 0 obj <</OpenAction <</S /JavaScript /JS (app.alert(1))>> >> endobj\n%%EOF\n'),
      'active-content',
    ],
    [
      'a PDF hiding /JavaScript as /J#61vaScript',
      ascii('%PDF-1.7\n1 0 obj <</OpenAction <</S /J#61vaScript /JS (x)>> >> endobj\n%%EOF\n'),
      'active-content',
    ],
    [
      'a PDF with /Launch',
      ascii('%PDF-1.4\n1 0 obj <</A <</S /Launch /F (cmd.exe)>> >> endobj\n%%EOF\n'),
      'active-content',
    ],
    [
      'a PDF with an embedded file',
      ascii('%PDF-1.7\n1 0 obj <</Type /EmbeddedFile>> endobj\n%%EOF\n'),
      'active-content',
    ],
    ['an encrypted PDF', ascii('%PDF-1.7\ntrailer <</Encrypt 5 0 R>>\n%%EOF\n'), 'active-content'],
    ['a PDF without %%EOF', ascii('%PDF-1.7\n1 0 obj <<>> endobj\n'), 'corrupt'],
    ['HTML', html, 'type'],
    ['nothing', new Uint8Array(0), 'empty'],
  ])('refuses %s', async (_name, bytes, problem) => {
    expect(await inspectUpload(bytes)).toMatchObject({ ok: false, problem });
  });

  it('finds JavaScript inside a compressed object stream', async () => {
    const inner = ascii('<< /Type /Action /S /JavaScript /JS (app.alert(1)) >>');
    const compressed = new Uint8Array(
      await new Response(new Blob([inner]).stream().pipeThrough(new CompressionStream('deflate'))).arrayBuffer(),
    );
    const pdf = concatBytes(
      ascii('%PDF-1.7\n1 0 obj <</Type /ObjStm /Filter /FlateDecode>>\nstream\n'),
      compressed,
      ascii('\nendstream\nendobj\n%%EOF\n'),
    );
    expect(await inspectUpload(pdf)).toMatchObject({ ok: false, problem: 'active-content' });
  });

  it('stores a PNG without its text chunks (where a polyglot or metadata hides)', async () => {
    const result = await inspectUpload(withChunk(pngChunk('tEXt', concatBytes(ascii('Comment\0'), html))));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bytes).toEqual(REAL_PNG);
  });

  it('stores a JPEG without comments and EXIF, keeping its colour profile', async () => {
    const comment = concatBytes(Uint8Array.of(0xff, 0xfe, 0x00, html.length + 2), html);
    const exif = concatBytes(Uint8Array.of(0xff, 0xe1, 0x00, 0x10), ascii('Exif\0\0GPS-here'));
    const jpeg = concatBytes(REAL_JPEG.subarray(0, 2), comment, exif, REAL_JPEG.subarray(2));
    const result = await inspectUpload(jpeg);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = new TextDecoder('latin1').decode(result.bytes);
    expect(stored).not.toContain('<script>');
    expect(stored).not.toContain('GPS-here');
    expect(stored).toContain('ICC_PROFILE');
    expect(result.bytes).toEqual(REAL_JPEG);
  });
});

describe('file names are never passed on as sent', () => {
  it.each([
    ['huurcontract.pdf', 'pdf', 'huurcontract.pdf'],
    ['foto.JPEG', 'jpg', 'foto.jpg'],
    ['factuur.pdf.exe', 'pdf', 'factuur.pdf_exe.pdf'],
    ['../../etc/passwd', 'pdf', 'passwd.pdf'],
    ['C:\\Users\\jan\\scan.png', 'png', 'scan.png'],
    ['<img src=x onerror=alert(1)>.pdf', 'pdf', 'img src_x onerror_alert(1).pdf'],
    ['Jan\u200Bsen\u202E.fdp', 'pdf', 'Jan_sen_fdp.pdf'],
    ['CON.pdf', 'pdf', 'bewijsstuk.pdf'],
    ['', 'png', 'bewijsstuk.png'],
    ['...', 'pdf', 'bewijsstuk.pdf'],
    ['Zoë Ündé — akte 2026.pdf', 'pdf', 'Zoë Ündé akte 2026.pdf'],
  ] as const)('%j (a %s) → %j', (name, extension, expected) => {
    expect(safeFileName(name, extension)).toBe(expected);
  });

  it('keeps at most 100 characters', () => {
    expect(safeFileName(`${'a'.repeat(300)}.pdf`, 'pdf').length).toBeLessThanOrEqual(100);
  });
});
