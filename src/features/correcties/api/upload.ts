import { env } from '@/config/env';
import { ApiError } from '@/lib/api-client';
import { checkUpload, MAX_UPLOAD_BYTES, sniffFileType, type UploadProblem } from '@/lib/file-type';
import { isIdentificatieTaken, kortKenmerk } from '@/lib/exactly-once';
import { z } from 'zod';
import { documentSchema, DRC, zgw } from './zgw';

export const uploadProblemSchema = z.looseObject({
  code: z.string().optional(),
  invalidParams: z
    .array(z.object({ name: z.string(), code: z.string().optional(), reason: z.string().optional() }))
    .optional(),
});

/**
 * Evidence: checked here by content (the Documenten API checks again, with its own rules), then
 * sent as base64 `inhoud` to the Documenten API 1.4.3 with XMLHttpRequest, whose upload events
 * give the progress bar real numbers (fetch has none).
 *
 * Exactly once: the document's `identificatie` is derived from the request's key and the
 * file's bytes, and the server keeps it unique per bronorganisatie. Before uploading, the app
 * looks for it; a retry after a lost answer, or the same file chosen twice, reuses the first
 * upload instead of making a second one. `indicatieGebruiksrecht` is `false` (no usage
 * rights beyond reading): Open Zaak will not close a zaak with a document where it is unset.
 */

export type FileCheck = { ok: true; bytes: Uint8Array } | { ok: false; problem: UploadProblem };

function readBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(blob);
  });
}

/** Size first (without reading an 11 MB file), then the magic bytes. */
export async function checkFile(file: Blob): Promise<FileCheck> {
  if (file.size === 0) return { ok: false, problem: 'empty' };
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, problem: 'too-large' };
  const head = await readBytes(file.slice(0, 16));
  if (!sniffFileType(head)) return { ok: false, problem: 'type' };
  const bytes = await readBytes(file);
  const problem = checkUpload(bytes);
  return problem ? { ok: false, problem } : { ok: true, bytes };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export type UploadInput = {
  bytes: Uint8Array;
  bestandsnaam: string;
  registry: Parameters<typeof zgw.holder>[0];
  /** The draft's key: with the bytes it names the document, so a retry finds it back. */
  verzoekKenmerk: string;
  creatiedatum: string;
  taal: 'dut' | 'eng';
  onProgress: (fraction: number) => void;
};

async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

type Document = ReturnType<typeof documentSchema.parse>;

export async function uploadEvidence(input: UploadInput): Promise<Document> {
  const holder = await zgw.holder(input.registry);
  const identificatie = `MG-DOC-${await kortKenmerk(`document:${input.verzoekKenmerk}:${await sha256Hex(input.bytes)}`)}`;
  const earlier = await zgw.documenten(holder.bronorganisatie, identificatie);
  if (earlier[0]) {
    input.onProgress(1);
    return earlier[0];
  }
  try {
    return await send(input, holder.bronorganisatie, holder.zaaktypen.correctie.url, identificatie);
  } catch (error) {
    if (!isIdentificatieTaken(error)) throw error;
    const made = await zgw.documenten(holder.bronorganisatie, identificatie);
    if (!made[0]) throw error;
    return made[0];
  }
}

/** Removes an upload that is no longer part of the draft (the server refuses when a zaak uses it). */
export async function removeEvidence(url: string): Promise<void> {
  await zgw.deleteDocument(url);
}

async function send(
  input: UploadInput,
  bronorganisatie: string,
  zaaktypeUrl: string,
  identificatie: string,
): Promise<Document> {
  const zaaktype = await zgw.zaaktype(zaaktypeUrl);
  const iot = Array.isArray(zaaktype.informatieobjecttypen)
    ? zaaktype.informatieobjecttypen[0]
    : zaaktype.informatieobjecttypen;
  const type = sniffFileType(input.bytes);
  const body = JSON.stringify({
    identificatie,
    bronorganisatie,
    creatiedatum: input.creatiedatum,
    titel: [...input.bestandsnaam].slice(0, 200).join('') || 'Bewijsstuk',
    auteur: 'Indiener',
    taal: input.taal,
    formaat: type?.mime ?? 'application/octet-stream',
    bestandsnaam: [...input.bestandsnaam].slice(0, 255).join(''),
    inhoud: toBase64(input.bytes),
    informatieobjecttype: iot,
    vertrouwelijkheidaanduiding: 'vertrouwelijk',
    indicatieGebruiksrecht: false,
  });
  return new Promise<Document>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${env.apiBaseUrl}${DRC}/enkelvoudiginformatieobjecten`);
    xhr.setRequestHeader('Content-Type', 'application/json');
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) input.onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiError('network', 'Network error: POST document'));
    xhr.ontimeout = () => reject(new ApiError('timeout', 'Timed out: POST document'));
    xhr.timeout = 120_000;
    xhr.onload = () => {
      let json: unknown;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        json = undefined;
      }
      if (xhr.status < 200 || xhr.status >= 300) {
        // The problem's invalidParams say why a file was refused (damaged, active content …).
        const problem = uploadProblemSchema.safeParse(json);
        reject(
          new ApiError(
            'http',
            `HTTP ${xhr.status}: POST document`,
            xhr.status,
            problem.success ? problem.data : undefined,
          ),
        );
        return;
      }
      const parsed = documentSchema.safeParse(json);
      if (!parsed.success)
        reject(new ApiError('malformed', 'Document response does not match the contract', xhr.status));
      else {
        input.onProgress(1);
        resolve(parsed.data);
      }
    };
    xhr.send(body);
  });
}
