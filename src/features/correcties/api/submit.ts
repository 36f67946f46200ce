import { now, todayIso } from '@/lib/clock';
import type { RegistryId } from '@/lib/registry-view';
import { remedyRule } from '@/lib/remedies';
import { gegevenNaam, proposedValue, ruleOf, targetsOf, type Draft, type Submitted } from '../model/draft';
import { once, statusDatum } from '@/lib/exactly-once';
import { findOrCreateZaak, zaakIdentificatie } from './exactly-once';
import { uuidOf, zgw } from './zgw';

/**
 * Files a correction request: per holder one zaak (ZGW Zaken 1.5.1) with its initiator, the
 * field as zaakobject, the answers as zaakeigenschappen, the evidence linked, and the first
 * status; zaken of one request point at each other with relevanteAndereZaken, set when the
 * later one is created (a citizen cannot change a zaak afterwards).
 *
 * Running this again after any failure (network, timeout, a 5xx halfway) finds what the
 * earlier attempt made and adds only what is missing (./exactly-once.ts), so each holder gets
 * exactly one zaak without relying on an Idempotency-Key.
 */

const OMSCHRIJVING_MAX = 80;
/** A little before "now", so the server never sees the status date in its future. */
const CLOCK_MARGIN_MS = 2000;

function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export type SubmitProgress = (submitted: Submitted[]) => void;

async function submitOne(
  draft: Draft,
  registry: RegistryId,
  bsn: string,
  earlier: readonly Submitted[],
): Promise<Submitted> {
  const veld = registry === draft.registry ? draft.veld : 'adres';
  // The rule table says which of the holder's zaaktypen fits this kind of data (BRP civil status has its own term).
  const rule = registry === draft.registry ? ruleOf(draft) : remedyRule(registry, veld);
  const holder = await zgw.holder(registry, undefined, rule.gegevenssoort);
  const zaaktypeUrl = holder.zaaktypen.correctie.url;
  const zaak = await findOrCreateZaak({
    zaaktype: zaaktypeUrl,
    bronorganisatie: holder.bronorganisatie,
    verantwoordelijkeOrganisatie: holder.bronhouder.rsin,
    identificatie: await zaakIdentificatie(draft.verzoekKenmerk, registry, draft.startdatum.slice(0, 4)),
    kenmerken: [{ kenmerk: draft.verzoekKenmerk.slice(0, 40), bron: 'Mijn Gegevens' }],
    startdatum: todayIso(),
    omschrijving: clip(`Correctie: ${gegevenNaam(draft)}`, OMSCHRIJVING_MAX),
    toelichting: 'Verzoek tot correctie via Mijn Gegevens (AVG art. 16).',
    ...(earlier.length ? { relevanteAndereZaken: earlier.map((s) => ({ url: s.url, aardRelatie: 'onderwerp' })) } : {}),
  });

  // A zaak with a status is filed completely: the status is always the last step.
  if (zaak.status === null) {
    const [statustypen, eigenschappen, roltypen, rollen, objecten, bestaand, gekoppeld] = await Promise.all([
      zgw.statustypen(zaaktypeUrl),
      zgw.eigenschappen(zaaktypeUrl),
      zgw.roltypen(zaaktypeUrl),
      zgw.rollen(zaak.url),
      zgw.zaakobjecten(zaak.url),
      zgw.zaakeigenschappen(zaak.uuid),
      zgw.zios(zaak.url),
    ]);
    const initiator = roltypen.find((r) => r.omschrijvingGeneriek === 'initiator');
    if (initiator && rollen.length === 0) {
      await zgw.createRol({
        zaak: zaak.url,
        betrokkeneType: 'natuurlijk_persoon',
        roltype: initiator.url,
        roltoelichting: 'Indiener',
        betrokkeneIdentificatie: { inpBsn: bsn },
      });
    }
    if (objecten.length === 0) {
      await zgw.createZaakobject({
        zaak: zaak.url,
        objectType: 'overige',
        objectTypeOverige: 'registratiegegeven',
        relatieomschrijving: 'Het gegeven waarvan correctie wordt gevraagd',
        // The field as the citizen saw it, so every list of requests can say what it is about (issue 19).
        objectIdentificatie: {
          overigeData: {
            registratie: registry,
            veld,
            ...(registry === draft.registry ? { gegeven: clip(draft.label, 200) } : {}),
            ...(registry === draft.registry && draft.onderwerp ? { onderwerp: clip(draft.onderwerp, 200) } : {}),
            ...(registry === draft.registry && draft.taal ? { taal: draft.taal } : {}),
          },
        },
      });
    }
    const waarden: Record<string, string> = {
      registratie: registry,
      veld,
      huidigeWaarde: draft.huidigeWaarde,
      voorgesteldeWaarde: proposedValue(draft),
      toelichting: draft.toelichting ?? '',
      beperkingGevraagd: draft.beperking ?? 'nee',
    };
    const al = new Set(bestaand.map((e) => e.naam));
    for (const eigenschap of eigenschappen) {
      const waarde = waarden[eigenschap.naam];
      if (al.has(eigenschap.naam) || waarde === undefined || (waarde === '' && eigenschap.naam !== 'huidigeWaarde'))
        continue;
      await zgw.createZaakeigenschap(zaak.uuid, { zaak: zaak.url, eigenschap: eigenschap.url, waarde });
    }
    const linked = new Set(gekoppeld.map((x) => uuidOf(x.informatieobject)));
    for (const doc of draft.documenten) {
      if (linked.has(uuidOf(doc.url))) continue;
      await zgw.createZio({ zaak: zaak.url, informatieobject: doc.url, titel: clip(doc.bestandsnaam, 200) });
    }
    // The first step of the zaaktype, by its generic description (docs/decisions/022-zgw-catalogue-conventions.md).
    const ontvangen =
      statustypen.find((s) => s.omschrijvingGeneriek?.toLowerCase() === 'ontvangen') ??
      statustypen.find((s) => !s.isEindstatus);
    if (ontvangen) {
      await zgw.createStatus({
        zaak: zaak.url,
        statustype: ontvangen.url,
        datumStatusGezet: statusDatum(now() - CLOCK_MARGIN_MS),
        statustoelichting: 'Verzoek ontvangen via Mijn Gegevens.',
      });
    }
  }
  // Read back: the due date is the holder's (the server derives it), not computed here.
  const filed = await zgw.zaak(zaak.uuid);
  return {
    registry,
    uuid: filed.uuid,
    url: filed.url,
    identificatie: filed.identificatie,
    holder: holder.bronhouder.naam,
    dueDate: filed.uiterlijkeEinddatumAfdoening,
    verlengbaar: Boolean(holder.zaaktypen.correctie.verlengingstermijn),
  };
}

/** Files every zaak of the draft that is not filed yet; a second call while one runs joins it. */
export function submitCorrection(draft: Draft, bsn: string, onProgress: SubmitProgress): Promise<Submitted[]> {
  return once(`correctie:${draft.verzoekKenmerk}`, async () => {
    const done = [...draft.submitted];
    for (const registry of targetsOf(draft)) {
      if (done.some((s) => s.registry === registry)) continue;
      done.push(await submitOne(draft, registry, bsn, done));
      onProgress([...done]);
    }
    return done;
  });
}
