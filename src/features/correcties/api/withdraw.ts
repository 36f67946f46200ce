import { now } from '@/lib/clock';
import { once, statusDatum } from '@/lib/exactly-once';
import { zgw } from './zgw';

/**
 * Withdrawing a request, the ZGW way: the outcome is a resultaat of the resultaattype whose
 * `omschrijvingGeneriek` is "Ingetrokken", posted before the zaaktype's one end status (a
 * server refuses an end status without a resultaat: `resultaat-does-not-exist`). Each zaak is
 * read first, so a retry after a failure halfway only does what is left.
 */

const CLOCK_MARGIN_MS = 2000;

export class CannotWithdrawError extends Error {
  constructor(identificatie: string) {
    super(`The zaaktype of ${identificatie} has no "Ingetrokken" resultaattype or no end status`);
    this.name = 'CannotWithdrawError';
  }
}

async function withdrawOne(uuid: string): Promise<void> {
  const zaak = await zgw.zaak(uuid);
  if (zaak.einddatum !== null) return;
  const [statustypen, resultaattypen] = await Promise.all([
    zgw.statustypen(zaak.zaaktype),
    zgw.resultaattypen(zaak.zaaktype),
  ]);
  const ingetrokken = resultaattypen.find((r) => r.omschrijvingGeneriek.toLowerCase() === 'ingetrokken');
  const eind = statustypen.find((s) => s.isEindstatus);
  if (!ingetrokken || !eind) throw new CannotWithdrawError(zaak.identificatie);
  if (zaak.resultaat === null) {
    await zgw.createResultaat({
      zaak: zaak.url,
      resultaattype: ingetrokken.url,
      toelichting: 'Ingetrokken door de indiener.',
    });
  }
  await zgw.createStatus({
    zaak: zaak.url,
    statustype: eind.url,
    datumStatusGezet: statusDatum(now() - CLOCK_MARGIN_MS),
    statustoelichting: 'Ingetrokken door de indiener.',
  });
}

/** Withdraws every open zaak of one request; a second click while it runs joins the first. */
export function withdraw(uuids: readonly string[]): Promise<void> {
  return once(`intrekken:${[...uuids].sort().join(',')}`, async () => {
    for (const uuid of uuids) await withdrawOne(uuid);
  });
}
