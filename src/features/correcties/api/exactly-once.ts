import { isIdentificatieTaken, kortKenmerk } from '@/lib/exactly-once';
import { zgw, type Zaak } from './zgw';

/**
 * Exactly once, against a server that knows no Idempotency-Key (ZGW defines none; Open Zaak
 * ignores the header). docs/decisions/021-exactly-once-without-idempotency-key.md.
 *
 *  1. The client names what it creates: a zaak's and a document's `identificatie` is derived
 *     from the draft's own key. The server keeps it unique per bronorganisatie (Open Zaak's
 *     UniekeIdentificatieValidator), so a second POST of the same request can never become a
 *     second zaak: it is refused with `identificatie-niet-uniek`.
 *  2. Before creating, the client looks for an earlier attempt (`_zoek` on identificatie; a
 *     documents list on identificatie) and carries on with what it finds. After a lost answer
 *     it never has to guess whether the first try went through.
 *  3. Every later part (initiator, zaakobject, eigenschappen, documents, first status) is
 *     read before it is written, so a retry only adds what is missing.
 *  4. Within one page, a second click while the first submit runs gets the same promise
 *     (`once` in src/lib/exactly-once.ts).
 */

/** The zaak's identificatie for one holder of one request: `MG-<year>-XXXX-XXXX`, the same on every retry. */
export async function zaakIdentificatie(verzoekKenmerk: string, registry: string, jaar: string): Promise<string> {
  return `MG-${jaar}-${await kortKenmerk(`zaak:${verzoekKenmerk}:${registry}`)}`;
}

/** The own zaak with this identificatie, if an earlier attempt created it. */
export async function findZaak(bronorganisatie: string, identificatie: string): Promise<Zaak | undefined> {
  const found = await zgw.zoek({ identificatie, bronorganisatie });
  return found[0];
}

/** The zaak of an earlier attempt, or a new one; a concurrent creator's zaak is found back, never duplicated. */
export async function findOrCreateZaak(
  body: Parameters<typeof zgw.createZaak>[0] & { identificatie: string },
): Promise<Zaak> {
  const earlier = await findZaak(body.bronorganisatie, body.identificatie);
  if (earlier) return earlier;
  try {
    return await zgw.createZaak(body);
  } catch (error) {
    if (!isIdentificatieTaken(error)) throw error;
    const made = await findZaak(body.bronorganisatie, body.identificatie);
    if (!made) throw error;
    return made;
  }
}
