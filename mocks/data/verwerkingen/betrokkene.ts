/**
 * The data subject as the logs know them. The LDV standard keeps `dpl.core.data_subject_id`
 * encrypted ("Unieke, versleutelde identificerende code van de Betrokkene"), with
 * `dpl.core.data_subject_id_type` naming what kind of code it is (a URI is allowed). The
 * gateway gives the signed-in citizen this code in the session; the app asks for its log by
 * it, so a plain BSN is never sent to, or returned by, the log.
 *
 * Mock-grade: a keyed hash with a key that lives only in the gateway. A real gateway uses a
 * proper keyed scheme (HMAC in an HSM, or BSNk polymorphic pseudonyms per organisation); the
 * app does not care how the code is made, only that it gets it from the session.
 */

export const SUBJECT_ID_TYPE = 'https://mijn-gegevens.example/id/logboek-betrokkene';

const KEY = 'mg-ldv-betrokkene-sleutel-2026';

function word(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    h ^= h >>> 13;
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const cache = new Map<string, string>();

/** The log's code for a subject (a BSN, or a synthetic key): 32 hex characters, stable. */
export function subjectIdFor(subjectKey: string): string {
  let id = cache.get(subjectKey);
  if (!id) {
    const inner = `${KEY}:${subjectKey}`;
    const a = word(inner, 0x811c9dc5);
    const b = word(`${inner}:${a}`, 0x01234567);
    const c = word(`${KEY}:${b}:${subjectKey}`, 0x9e3779b9);
    const d = word(`${c}:${inner}:${a}`, 0x27d4eb2f);
    id = [a, b, c, d].map((x) => x.toString(16).padStart(8, '0')).join('');
    cache.set(subjectKey, id);
  }
  return id;
}
