import type { RegistryId } from '@/lib/registry-view';
import { proposedValue, targetsOf, type Draft, type Submitted } from '../model/draft';
import { zgw } from './zgw';

/**
 * Files a correction request: per holder one zaak (ZGW Zaken 1.5.1) with its initiator, the
 * field as zaakobject, the answers as zaakeigenschappen, the evidence linked, and the first
 * status "Ontvangen"; zaken of one request are linked with relevanteAndereZaken.
 *
 * Every POST carries an Idempotency-Key derived from the draft's key, so running this again
 * after any failure (network, timeout, a 5xx halfway) replays what was done and creates each
 * resource exactly once.
 */

const OMSCHRIJVING_MAX = 80;

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export type SubmitProgress = (submitted: Submitted[]) => void;

async function submitOne(draft: Draft, registry: RegistryId, bsn: string): Promise<Submitted> {
  const k = (part: string) => `${draft.idempotencyKey}:${registry}:${part}`;
  const bronhouder = await zgw.bronhouder(registry);
  const zaaktypeUrl = bronhouder.zaaktypen.correctie.url;
  const [statustypen, eigenschappen, roltypen] = await Promise.all([
    zgw.statustypen(zaaktypeUrl),
    zgw.eigenschappen(zaaktypeUrl),
    zgw.roltypen(zaaktypeUrl),
  ]);
  const zaak = await zgw.createZaak(
    {
      zaaktype: zaaktypeUrl,
      bronorganisatie: bronhouder.bronorganisatie,
      verantwoordelijkeOrganisatie: bronhouder.bronhouder.rsin,
      startdatum: draft.startdatum,
      omschrijving: clip(`Correctie: ${draft.label}`, OMSCHRIJVING_MAX),
      toelichting: 'Verzoek tot correctie via Mijn Gegevens (AVG art. 16).',
    },
    k('zaak'),
  );
  const initiator = roltypen.results.find((r) => r.omschrijvingGeneriek === 'initiator') ?? roltypen.results[0];
  if (initiator) {
    await zgw.createRol(
      { zaak: zaak.url, betrokkeneType: 'natuurlijk_persoon', roltype: initiator.url, roltoelichting: 'Indiener', betrokkeneIdentificatie: { inpBsn: bsn } },
      k('rol'),
    );
  }
  await zgw.createZaakobject(
    {
      zaak: zaak.url,
      objectType: 'overige',
      objectTypeOverige: 'registratiegegeven',
      relatieomschrijving: 'Het gegeven waarvan correctie wordt gevraagd',
      objectIdentificatie: { overigeData: { registratie: registry, veld: registry === draft.registry ? draft.veld : 'adres' } },
    },
    k('object'),
  );
  const waarden: Record<string, string> = {
    registratie: registry,
    veld: registry === draft.registry ? draft.veld : 'adres',
    huidigeWaarde: draft.huidigeWaarde,
    voorgesteldeWaarde: proposedValue(draft),
    toelichting: draft.toelichting ?? '',
    beperkingGevraagd: draft.beperking ?? 'nee',
  };
  for (const eigenschap of eigenschappen.results) {
    const waarde = waarden[eigenschap.naam];
    if (waarde === undefined || (waarde === '' && eigenschap.naam !== 'huidigeWaarde')) continue;
    await zgw.createZaakeigenschap(zaak.uuid, { zaak: zaak.url, eigenschap: eigenschap.url, waarde }, k(`eig:${eigenschap.naam}`));
  }
  for (const [index, doc] of draft.documenten.entries()) {
    await zgw.createZio({ zaak: zaak.url, informatieobject: doc.url, titel: clip(doc.bestandsnaam, 200) }, k(`doc:${index}`));
  }
  const ontvangen = [...statustypen.results].sort((a, b) => a.volgnummer - b.volgnummer)[0];
  if (ontvangen && zaak.status === null) {
    await zgw.createStatus({ zaak: zaak.url, statustype: ontvangen.url, statustoelichting: 'Verzoek ontvangen via Mijn Gegevens.' }, k('status'));
  }
  return {
    registry,
    uuid: zaak.uuid,
    url: zaak.url,
    identificatie: zaak.identificatie,
    holder: bronhouder.bronhouder.naam,
    dueDate: zaak.uiterlijkeEinddatumAfdoening,
  };
}

export async function submitCorrection(draft: Draft, bsn: string, onProgress: SubmitProgress): Promise<Submitted[]> {
  const done = [...draft.submitted];
  for (const registry of targetsOf(draft)) {
    // A zaak is only "done" once its first status is set: then the whole chain succeeded.
    if (done.some((s) => s.registry === registry)) continue;
    done.push(await submitOne(draft, registry, bsn));
    onProgress([...done]);
  }
  if (done.length > 1) {
    // One request, several holders: each zaak points at the others.
    for (const zaak of done) {
      await zgw.patchZaak(zaak.uuid, {
        relevanteAndereZaken: done.filter((o) => o.uuid !== zaak.uuid).map((o) => ({ url: o.url, aardRelatie: 'onderwerp' })),
      });
    }
  }
  return done;
}
