// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { catalogiHandlers } from '@mocks/handlers/catalogi';
import { documentenHandlers } from '@mocks/handlers/documenten';
import { zakenHandlers } from '@mocks/handlers/zaken';
import { ascii, concatBytes, REAL_JPEG, REAL_PDF, REAL_PNG } from '../fixtures/evidence';
import { createValidator, expectValid } from './support/openapi';
import { signInAs } from '../utils/session';

// The ZGW specs use `\_` in patterns, invalid under Ajv's unicode flag.
const drc = createValidator('mocks/specs/zgw-documenten-openapi.yaml', { openapi30: true, unicodeRegExp: false });
const URL_EIO = 'http://localhost/api/documenten/api/v1/enkelvoudiginformatieobjecten';

async function base() {
  const b = await (await fetch('http://localhost/api/bronhouders/brp')).json();
  const zt = await (await fetch(b.zaaktypen.correctie.url)).json();
  return { bronorganisatie: b.bronorganisatie as string, informatieobjecttype: zt.informatieobjecttypen[0] as string };
}

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const withHeader = (header: number[], size = 64) => {
  const b = new Uint8Array(size);
  b.set(header);
  return b;
};

async function upload(inhoud: string, extra: Record<string, unknown> = {}) {
  return fetch(URL_EIO, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      ...(await base()),
      creatiedatum: '2026-11-28',
      titel: 'Bewijs',
      auteur: 'Burger',
      taal: 'dut',
      bestandsnaam: 'bewijs.pdf',
      formaat: 'application/pdf',
      inhoud,
      ...extra,
    }),
  });
}

describe('Documenten API 1.4.3 mock', () => {
  it.each([
    ['PDF', REAL_PDF, 'application/pdf'],
    ['PNG', REAL_PNG, 'image/png'],
    ['JPEG', REAL_JPEG, 'image/jpeg'],
  ])('accepts a valid %s, stores the sniffed type and validates', async (_name, bytes, mime) => {
    server.use(...zakenHandlers, ...catalogiHandlers, ...documentenHandlers);
    await signInAs('999993653');
    const r = await upload(toBase64(bytes));
    expect(r.status).toBe(201);
    const body = await r.json();
    const validate = drc.response('/enkelvoudiginformatieobjecten', 'post', '201');
    expectValid(validate, body);
    expect(body).toMatchObject({ formaat: mime, bestandsomvang: bytes.length });

    const got = await fetch(body.url);
    expect(got.status).toBe(200);
    const getValidate = drc.response('/enkelvoudiginformatieobjecten/{uuid}', 'get', '200');
    expectValid(getValidate, await got.json());

    await signInAs('999990482');
    expect((await fetch(body.url)).status).toBe(403);
  });

  it.each([
    ['a renamed .exe (MZ) as .pdf', toBase64(withHeader([0x4d, 0x5a, 0x90, 0x00])), 'type'],
    ['an empty file', '', 'empty'],
    ['11 MB', toBase64(withHeader([...Buffer.from('%PDF-1.7')], 11 * 1024 * 1024)), 'too-large'],
    ['HTML pretending to be a PDF', toBase64(new TextEncoder().encode('<script>alert(1)</script>')), 'type'],
    ['broken base64', '%%%not-base64', 'invalid'],
    // Issue 17, finding 8: magic bytes are not enough.
    [
      'a PNG with a web page after it (polyglot)',
      toBase64(concatBytes(REAL_PNG, ascii('<html><script>alert(1)</script>'))),
      'corrupt',
    ],
    ['a 3-byte "JPEG"', toBase64(Uint8Array.of(0xff, 0xd8, 0xff)), 'corrupt'],
    [
      'a PDF with /OpenAction /JavaScript',
      toBase64(ascii('%PDF-1.7\n1 0 obj <</OpenAction <</S /JavaScript /JS (app.alert(1))>> >> endobj\n%%EOF\n')),
      'active-content',
    ],
    ['magic bytes of a PDF and nothing else', toBase64(withHeader([...Buffer.from('%PDF-1.7')])), 'corrupt'],
  ])('rejects %s with a 400 naming inhoud', async (_name, inhoud, code) => {
    server.use(...zakenHandlers, ...catalogiHandlers, ...documentenHandlers);
    await signInAs('999993653');
    const r = await upload(inhoud);
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/problem\+json/);
    const body = await r.json();
    const validate = drc.schema('ValidatieFout');
    expectValid(validate, body);
    expect(body.invalidParams).toContainEqual(expect.objectContaining({ name: 'inhoud', code }));
  });

  it("never passes the citizen's file name on unchanged (issue 17)", async () => {
    server.use(...zakenHandlers, ...catalogiHandlers, ...documentenHandlers);
    await signInAs('999993653');
    const r = await upload(toBase64(REAL_PDF), { bestandsnaam: '../../<img src=x onerror=alert(1)>.pdf.exe' });
    expect(r.status).toBe(201);
    expect((await r.json()).bestandsnaam).toBe('img src_x onerror_alert(1)_.pdf_exe.pdf');
  });

  it('rejects missing required fields and needs a session', async () => {
    server.use(...zakenHandlers, ...catalogiHandlers, ...documentenHandlers);
    expect(
      (await fetch(URL_EIO, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' })).status,
    ).toBe(401);
    await signInAs('999993653');
    const r = await fetch(URL_EIO, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(r.status).toBe(400);
    const names = (await r.json()).invalidParams.map((p: { name: string }) => p.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'bronorganisatie',
        'creatiedatum',
        'titel',
        'auteur',
        'taal',
        'informatieobjecttype',
        'inhoud',
      ]),
    );
  });
});
