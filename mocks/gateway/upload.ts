/**
 * What the Documenten double accepts as evidence (issue 17, finding 8). Magic bytes say what a
 * file claims to be; a polyglot (a PNG with a web page after it), a PDF that runs JavaScript
 * when opened, or three bytes that start like a JPEG claim the same. So each file is read as
 * what it claims to be, far enough to know it is one:
 *
 *  - PNG: every chunk's length and CRC, IHDR first with sane dimensions, the image data
 *    inflated to exactly the size IHDR promises, IEND last and nothing after it. Stored
 *    re-assembled from the chunks that make the picture (text, EXIF and unknown chunks go).
 *  - JPEG: the marker structure from SOI to EOI (a frame header with dimensions, quantisation
 *    and scan data, nothing after EOI). Stored without comments and APPn metadata (EXIF with
 *    GPS position, XMP); JFIF, the ICC colour profile and Adobe's colour marker stay.
 *  - PDF: header and end marker; every name, also inside compressed streams and with `#xx`
 *    escapes undone, checked against the actions a reader runs or launches (JavaScript,
 *    Launch, embedded files, forms that submit, rich media, automatic actions). Encrypted
 *    PDFs cannot be read, so they are refused. Stored as sent (they were checked, not rebuilt).
 *
 * Written for the mock gateway only (a double does not borrow the app's logic), with Web APIs
 * (DecompressionStream) so it runs in Node and in the browser's service worker alike.
 */

export type UploadType = { mime: 'application/pdf' | 'image/jpeg' | 'image/png'; extension: 'pdf' | 'jpg' | 'png' };
export type UploadProblem = 'empty' | 'too-large' | 'type' | 'corrupt' | 'active-content';
export type Inspected =
  { ok: true; type: UploadType; bytes: Uint8Array } | { ok: false; problem: UploadProblem; detail: string };

/** 10 MB decoded, the limit the citizen is told. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Inflating more than this from one upload is a decompression bomb, not evidence. */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;
const MAX_DIMENSION = 20_000;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

const fail = (problem: UploadProblem, detail: string): Inspected => ({ ok: false, problem, detail });

/** Inflates zlib data (RFC 1950), giving up past `limit` bytes; undefined when it is not valid zlib. */
export async function inflate(
  data: Uint8Array,
  limit = MAX_INFLATED_BYTES,
  format: 'deflate' | 'deflate-raw' = 'deflate',
): Promise<Uint8Array | undefined> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream(format));
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        await reader.cancel();
        return undefined;
      }
      parts.push(value);
    }
  } catch {
    return undefined;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

// ---- PNG ---------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const u32 = (b: Uint8Array, at: number) =>
  (((b[at] ?? 0) << 24) | ((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0)) >>> 0;
const u16 = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);

/** Chunks that make the picture (and its colours); everything else is dropped on storing. */
const PNG_KEPT = new Set(['IHDR', 'PLTE', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'IDAT', 'IEND']);
/** Bits per pixel for colour type → allowed bit depths. */
const PNG_CHANNELS: Record<number, { channels: number; depths: number[] }> = {
  0: { channels: 1, depths: [1, 2, 4, 8, 16] },
  2: { channels: 3, depths: [8, 16] },
  3: { channels: 1, depths: [1, 2, 4, 8] },
  4: { channels: 2, depths: [8, 16] },
  6: { channels: 4, depths: [8, 16] },
};

/** Bytes of filtered image data a PNG of this size must inflate to (with Adam7 passes when interlaced). */
function pngDataSize(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number {
  const rows = (w: number, h: number) => (w === 0 || h === 0 ? 0 : h * (1 + Math.ceil((w * bitsPerPixel) / 8)));
  if (!interlaced) return rows(width, height);
  const passes: Array<[number, number, number, number]> = [
    [0, 0, 8, 8],
    [4, 0, 8, 8],
    [0, 4, 4, 8],
    [2, 0, 4, 4],
    [0, 2, 2, 4],
    [1, 0, 2, 2],
    [0, 1, 1, 2],
  ];
  return passes.reduce(
    (sum, [x0, y0, dx, dy]) => sum + rows(Math.ceil((width - x0) / dx), Math.ceil((height - y0) / dy)),
    0,
  );
}

async function inspectPng(bytes: Uint8Array): Promise<Inspected> {
  const type: UploadType = { mime: 'image/png', extension: 'png' };
  let at = PNG_SIGNATURE.length;
  const kept: Uint8Array[] = [bytes.subarray(0, at)];
  const idat: Uint8Array[] = [];
  let header: { width: number; height: number; bpp: number; interlaced: boolean; colourType: number } | undefined;
  let sawEnd = false;
  let first = true;
  while (at < bytes.length) {
    if (at + 12 > bytes.length) return fail('corrupt', 'PNG: afgebroken chunk.');
    const length = u32(bytes, at);
    const name = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (length > 0x7fffffff || at + 12 + length > bytes.length)
      return fail('corrupt', 'PNG: chunk langer dan het bestand.');
    if (!/^[A-Za-z]{4}$/.test(name)) return fail('corrupt', 'PNG: ongeldige chunknaam.');
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== u32(bytes, at + 8 + length))
      return fail('corrupt', `PNG: CRC van ${name} klopt niet.`);
    if (first !== (name === 'IHDR')) return fail('corrupt', 'PNG: IHDR moet de eerste chunk zijn.');
    first = false;
    if (name === 'IHDR') {
      if (length !== 13) return fail('corrupt', 'PNG: IHDR heeft de verkeerde lengte.');
      const width = u32(body, 0);
      const height = u32(body, 4);
      const depth = body[8] ?? 0;
      const colourType = body[9] ?? 0;
      const format = PNG_CHANNELS[colourType];
      if (width < 1 || height < 1 || width > MAX_DIMENSION || height > MAX_DIMENSION)
        return fail('corrupt', 'PNG: onmogelijke afmetingen.');
      if (!format || !format.depths.includes(depth) || body[10] !== 0 || body[11] !== 0 || (body[12] ?? 2) > 1) {
        return fail('corrupt', 'PNG: ongeldige kleur- of compressie-instelling.');
      }
      header = { width, height, bpp: format.channels * depth, interlaced: body[12] === 1, colourType };
    }
    if (name === 'IDAT') idat.push(body);
    if (PNG_KEPT.has(name)) kept.push(bytes.subarray(at, at + 12 + length));
    at += 12 + length;
    if (name === 'IEND') {
      sawEnd = true;
      break;
    }
  }
  if (!header || !sawEnd || idat.length === 0) return fail('corrupt', 'PNG: IHDR, IDAT of IEND ontbreekt.');
  // A polyglot hides its second file after IEND: there must be nothing there.
  if (at !== bytes.length) return fail('corrupt', 'PNG: er staan gegevens na het einde van het plaatje.');
  if (header.colourType === 3 && !kept.some((c) => String.fromCharCode(...c.subarray(4, 8)) === 'PLTE')) {
    return fail('corrupt', 'PNG: palet ontbreekt.');
  }
  const expected = pngDataSize(header.width, header.height, header.bpp, header.interlaced);
  const pixels = await inflate(concat(idat), Math.min(expected + 1, MAX_INFLATED_BYTES));
  if (!pixels || pixels.length !== expected) return fail('corrupt', 'PNG: de beeldgegevens zijn beschadigd.');
  if (!header.interlaced) {
    const stride = 1 + Math.ceil((header.width * header.bpp) / 8);
    for (let row = 0; row < header.height; row++)
      if ((pixels[row * stride] ?? 0) > 4) return fail('corrupt', 'PNG: ongeldig rijfilter.');
  }
  return { ok: true, type, bytes: concat(kept) };
}

// ---- JPEG --------------------------------------------------------------------------------

const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function inspectJpeg(bytes: Uint8Array): Inspected {
  const type: UploadType = { mime: 'image/jpeg', extension: 'jpg' };
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  let at = 2;
  let frame = false;
  let scans = 0;
  let tables = false;
  for (;;) {
    if (at >= bytes.length) return fail('corrupt', 'JPEG: het einde (EOI) ontbreekt.');
    if (bytes[at] !== 0xff) return fail('corrupt', 'JPEG: ongeldige markering.');
    while (bytes[at] === 0xff) at++; // fill bytes
    const marker = bytes[at++];
    if (marker === undefined) return fail('corrupt', 'JPEG: afgebroken.');
    if (marker === 0xd9) {
      kept.push(Uint8Array.of(0xff, 0xd9));
      break;
    }
    if (marker === 0xd8 || marker === 0x00 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      return fail('corrupt', 'JPEG: markering op een onverwachte plek.');
    }
    if (at + 2 > bytes.length) return fail('corrupt', 'JPEG: afgebroken segment.');
    const length = u16(bytes, at);
    if (length < 2 || at + length > bytes.length) return fail('corrupt', 'JPEG: segment langer dan het bestand.');
    const segment = bytes.subarray(at - 2, at + length);
    const body = bytes.subarray(at + 2, at + length);
    at += length;
    if (SOF.has(marker)) {
      const components = body[5] ?? 0;
      if (
        frame ||
        length !== 8 + 3 * components ||
        ![1, 3, 4].includes(components) ||
        u16(body, 1) < 1 ||
        u16(body, 3) < 1
      ) {
        return fail('corrupt', 'JPEG: ongeldige beeldkop.');
      }
      frame = true;
    }
    if (marker === 0xdb || marker === 0xc4) tables = true;
    const identifier = String.fromCharCode(...body.subarray(0, 12));
    const keep =
      !(marker >= 0xe0 && marker <= 0xef) && marker !== 0xfe
        ? true
        : marker === 0xe0 || marker === 0xee || (marker === 0xe2 && identifier.startsWith('ICC_PROFILE'));
    if (keep) kept.push(segment);
    if (marker === 0xda) {
      if (!frame) return fail('corrupt', 'JPEG: beeldgegevens zonder beeldkop.');
      scans++;
      // Entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart.
      const start = at;
      while (
        at + 1 < bytes.length &&
        !(
          bytes[at] === 0xff &&
          bytes[at + 1] !== 0x00 &&
          !((bytes[at + 1] ?? 0) >= 0xd0 && (bytes[at + 1] ?? 0) <= 0xd7)
        )
      )
        at++;
      if (at + 1 >= bytes.length) return fail('corrupt', 'JPEG: het einde (EOI) ontbreekt.');
      if (at === start) return fail('corrupt', 'JPEG: lege beeldgegevens.');
      kept.push(bytes.subarray(start, at));
    }
  }
  if (!frame || !tables || scans === 0) return fail('corrupt', 'JPEG: beeldkop, tabellen of beeldgegevens ontbreken.');
  if (at !== bytes.length) return fail('corrupt', 'JPEG: er staan gegevens na het einde van het plaatje.');
  return { ok: true, type, bytes: concat(kept) };
}

// ---- PDF ---------------------------------------------------------------------------------

/**
 * PDF names whose presence means the document can act on its own: run script, start a program,
 * carry other files, submit or import data, open other documents, or play embedded media.
 * (Links to web pages, `/URI`, are allowed: a reader asks before following them.)
 */
const ACTIVE_PDF_NAMES = new Set([
  'JavaScript',
  'JS',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'RichMedia',
  'XFA',
  'SubmitForm',
  'ImportData',
  'GoToE',
  'GoToR',
  'AA',
  'Sound',
  'Movie',
  'Rendition',
]);
const PDF_NAME = /\/([^\s/[\]<>(){}%]+)/g;

function activeName(text: string): string | undefined {
  for (const match of text.matchAll(PDF_NAME)) {
    const name = (match[1] ?? '').replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
    if (ACTIVE_PDF_NAMES.has(name) || name === 'Encrypt') return name;
  }
  return undefined;
}

const latin1 = new TextDecoder('latin1');

async function inspectPdf(bytes: Uint8Array): Promise<Inspected> {
  const type: UploadType = { mime: 'application/pdf', extension: 'pdf' };
  const text = latin1.decode(bytes);
  if (!/^%PDF-(1\.[0-7]|2\.0)\s/.test(text.slice(0, 10))) return fail('corrupt', 'PDF: ongeldige kop.');
  if (!text.slice(-1024).includes('%%EOF')) return fail('corrupt', 'PDF: het einde (%%EOF) ontbreekt.');
  const found = activeName(text);
  if (found === 'Encrypt') return fail('active-content', "PDF: versleutelde PDF's kunnen niet gecontroleerd worden.");
  if (found) return fail('active-content', `PDF: bevat /${found}.`);
  // Object streams and content streams are often compressed: look inside those too.
  let budget = MAX_INFLATED_BYTES;
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    const inflated = await inflate(bytes.subarray(start, end), budget);
    if (!inflated) continue; // not Flate, or an image: no names in there
    budget -= inflated.length;
    const inner = activeName(latin1.decode(inflated));
    if (inner === 'Encrypt' || inner) return fail('active-content', `PDF: bevat /${inner}.`);
  }
  return { ok: true, type, bytes };
}

// ---- all together ------------------------------------------------------------------------

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Is this a PDF, JPEG or PNG through and through, without active content? The bytes to store when it is. */
export async function inspectUpload(bytes: Uint8Array): Promise<Inspected> {
  if (bytes.length === 0) return fail('empty', 'Het bestand is leeg.');
  if (bytes.length > MAX_UPLOAD_BYTES) return fail('too-large', 'Het bestand is te groot.');
  if (startsWith(bytes, PNG_SIGNATURE)) return inspectPng(bytes);
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return inspectJpeg(bytes);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return inspectPdf(bytes);
  return fail('type', 'Geen PDF, JPEG of PNG.');
}

const RESERVED_WINDOWS_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * The file name as stored and passed on: never the citizen's string as it came. No folders,
 * no invisible or control characters, only letters, digits, spaces and `._()-`, at most 100
 * characters, and the extension of what the bytes are (so `factuur.pdf.exe` of a real PDF
 * becomes `factuur.pdf_exe.pdf`).
 */
export function safeFileName(name: unknown, extension: UploadType['extension']): string {
  const fallback = `bewijsstuk.${extension}`;
  if (typeof name !== 'string') return fallback;
  const base = (name.normalize('NFC').split(/[/\\]/).pop() ?? '')
    .replace(/[^\p{L}\p{N} ._()-]/gu, '_')
    .replace(/\.(?=[^.]*$)/, '_')
    .replace(/([ _])[ _]+/g, '$1')
    .replace(/^[\s._-]+|[\s._-]+$/g, '');
  const stem = [...base]
    .slice(0, 90)
    .join('')
    .replace(/[\s._-]+$/, '');
  const withoutOwnExtension = stem.replace(
    extension === 'jpg' ? /_(jpg|jpeg)$/i : new RegExp(`_${extension}$`, 'i'),
    '',
  );
  if (!withoutOwnExtension || RESERVED_WINDOWS_NAMES.test(withoutOwnExtension)) return fallback;
  return `${withoutOwnExtension}.${extension}`;
}
