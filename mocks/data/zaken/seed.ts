import type { RegistryId } from '@/lib/registries';
import {
  gegevenssoortVanVeld,
  holderFor,
  PORTAAL_RSIN,
  stableUuid,
  zaaktypeFor,
  type EigenschapNaam,
  type StatustypeCode,
} from './catalogus';
import { createZaak, decide, extendZaak, setStatus, store } from './store';

/**
 * Seeded requests in every state, with dates relative to MOCK_TODAY (2026-11-28), so the app
 * shows an overdue clock, an extension with its reason, a refusal with reasons and a granted
 * request without anyone having to wait.
 */

/** A holder step: a status on the way, or the decision (resultaat, then the one end status). */
type SeedStep =
  | { code: Exclude<StatustypeCode, 'afgehandeld'>; op: string; toelichting?: string }
  | { code: 'besluit'; op: string; resultaat: { code: 'toegekend' | 'afgewezen'; toelichting: string } };
type SeedRequest = {
  bsn: string;
  n: number;
  registry: RegistryId;
  veld: string;
  /** The field's label as the registry page shows it in Dutch: the zaakobject names it (issue 19). */
  gegeven: string;
  omschrijving: string;
  huidigeWaarde: string;
  voorgesteldeWaarde: string;
  toelichting: string;
  ontvangen: string;
  steps: SeedStep[];
  verlenging?: { op: string; duur: string; reden: string };
  /** The citizen asked to restrict use while the holder checks (GDPR art. 18). */
  beperking?: boolean;
};

const SEEDS: SeedRequest[] = [
  // 999993653 (Rotterdam)
  {
    bsn: '999993653',
    n: 1,
    registry: 'rdw',
    veld: 'voertuigen.kleur',
    gegeven: 'Kleur',
    omschrijving: 'Kleur van mijn auto klopt niet',
    huidigeWaarde: 'Blauw',
    voorgesteldeWaarde: 'Grijs',
    toelichting: 'De auto is grijs, zie de foto van het kentekenbewijs.',
    ontvangen: '2026-09-15',
    steps: [{ code: 'in_behandeling', op: '2026-09-22' }],
    beperking: true, // due 2026-10-15: overdue
  },
  {
    bsn: '999993653',
    n: 2,
    registry: 'brk',
    veld: 'zakelijkeRechten.aandeel',
    gegeven: 'Aandeel',
    omschrijving: 'Mijn aandeel in de woning klopt niet',
    huidigeWaarde: '1/1',
    voorgesteldeWaarde: '1/2',
    toelichting: 'Wij hebben de woning samen gekocht.',
    ontvangen: '2026-10-20',
    steps: [{ code: 'in_behandeling', op: '2026-10-27' }],
    verlenging: {
      op: '2026-11-05',
      duur: 'P2M',
      reden: 'Wij moeten de akte opvragen bij de notaris; dat kost meer tijd.',
    },
  },
  {
    bsn: '999993653',
    n: 3,
    registry: 'brp',
    veld: 'geboorte.plaats',
    gegeven: 'Geboorteplaats',
    omschrijving: 'Mijn geboorteplaats klopt niet',
    huidigeWaarde: 'Rotterdam',
    voorgesteldeWaarde: 'Schiedam',
    toelichting: 'Ik ben in Schiedam geboren.',
    ontvangen: '2026-08-03',
    steps: [
      { code: 'in_behandeling', op: '2026-08-05' },
      {
        code: 'besluit',
        op: '2026-08-25',
        resultaat: {
          code: 'afgewezen',
          toelichting:
            'De geboorteakte vermeldt Rotterdam als geboorteplaats. De BRP neemt de akte over (Wet BRP art. 2.7).',
        },
      },
    ],
  },
  {
    bsn: '999993653',
    n: 4,
    registry: 'duo',
    veld: 'diplomas.datumBehaald',
    gegeven: 'Datum behaald',
    omschrijving: 'Datum van mijn diploma klopt niet',
    huidigeWaarde: '2010-06-30',
    voorgesteldeWaarde: '2010-07-02',
    toelichting: 'Zie de kopie van mijn diploma.',
    ontvangen: '2026-06-10',
    steps: [
      { code: 'in_behandeling', op: '2026-06-12' },
      { code: 'besluit', op: '2026-07-01', resultaat: { code: 'toegekend', toelichting: 'De datum is aangepast.' } },
    ],
  },
  // 999990482 (Borger-Odoorn)
  {
    bsn: '999990482',
    n: 1,
    registry: 'woz',
    veld: 'wozObjecten.gebruiksoppervlakte',
    gegeven: 'Gebruiksoppervlakte',
    omschrijving: 'Oppervlakte van mijn woning klopt niet',
    huidigeWaarde: '142 m²',
    voorgesteldeWaarde: '118 m²',
    toelichting: 'De schuur is geen woonruimte.',
    ontvangen: '2026-10-01',
    steps: [
      { code: 'in_behandeling', op: '2026-10-03' },
      { code: 'aanvullende_informatie', op: '2026-10-20', toelichting: 'Stuur een plattegrond mee.' },
    ],
  },
  {
    bsn: '999990482',
    n: 2,
    registry: 'uwv',
    veld: 'inkomstenverhoudingen.loon',
    gegeven: 'Loon',
    omschrijving: 'Mijn loon in 2025 klopt niet',
    huidigeWaarde: '€ 41.200',
    voorgesteldeWaarde: '€ 38.900',
    toelichting: 'De werkgever heeft een correctie gestuurd.',
    ontvangen: '2026-10-26',
    steps: [{ code: 'in_behandeling', op: '2026-10-28' }],
    verlenging: { op: '2026-11-10', duur: 'P1M', reden: 'Wij wachten op de gecorrigeerde aangifte van uw werkgever.' },
  },
  {
    bsn: '999990482',
    n: 3,
    registry: 'kvk',
    veld: 'inschrijvingen.adres',
    gegeven: 'Adres',
    omschrijving: 'Vestigingsadres klopt niet',
    huidigeWaarde: 'Hoofdstraat 1',
    voorgesteldeWaarde: 'Hoofdstraat 10',
    toelichting: 'Het huisnummer is 10.',
    ontvangen: '2026-07-14',
    steps: [
      { code: 'in_behandeling', op: '2026-07-15' },
      {
        code: 'besluit',
        op: '2026-08-04',
        resultaat: {
          code: 'afgewezen',
          toelichting: 'Het adres is gewijzigd na uw eigen opgave; dien een wijziging in via KVK.',
        },
      },
    ],
  },
  {
    bsn: '999990482',
    n: 4,
    registry: 'bag',
    veld: 'verblijfsobject.bouwjaar',
    gegeven: 'Bouwjaar',
    omschrijving: 'Bouwjaar klopt niet',
    huidigeWaarde: '1975',
    voorgesteldeWaarde: '1957',
    toelichting: 'Zie de bouwvergunning uit 1956.',
    ontvangen: '2026-05-04',
    steps: [
      { code: 'in_behandeling', op: '2026-05-06' },
      {
        code: 'besluit',
        op: '2026-05-28',
        resultaat: { code: 'toegekend', toelichting: 'Het bouwjaar is gecorrigeerd.' },
      },
    ],
  },
];

const at = (date: string) => `${date}T09:00:00.000Z`;

function seedOne(s: SeedRequest): void {
  const holder = holderFor(s.registry, s.bsn);
  if (!holder) throw new Error(`seed: no holder for ${s.registry} of ${s.bsn}`);
  const zaaktype = zaaktypeFor(holder, s.registry, 'correctie', gegevenssoortVanVeld(s.registry, s.veld));
  const zaak = createZaak({
    uuid: stableUuid(`zaak:seed:${s.bsn}:${s.n}`),
    zaaktype,
    bronorganisatie: PORTAAL_RSIN,
    verantwoordelijkeOrganisatie: holder.rsin,
    omschrijving: s.omschrijving,
    toelichting: '',
    startdatum: s.ontvangen,
    registratiedatum: s.ontvangen,
    creatorBsn: s.bsn,
  });
  store.rollen.set(stableUuid(`rol:${zaak.uuid}`), {
    uuid: stableUuid(`rol:${zaak.uuid}`),
    zaakUuid: zaak.uuid,
    roltypeUuid: zaaktype.roltype.uuid,
    inpBsn: s.bsn,
    identificatie: { inpBsn: s.bsn },
    roltoelichting: 'Indiener',
    registratiedatum: at(s.ontvangen),
  });
  store.zaakobjecten.set(stableUuid(`zaakobject:${zaak.uuid}`), {
    uuid: stableUuid(`zaakobject:${zaak.uuid}`),
    zaakUuid: zaak.uuid,
    objectTypeOverige: 'registratiegegeven',
    overigeData: { registratie: s.registry, veld: s.veld, gegeven: s.gegeven, taal: 'nl' },
    relatieomschrijving: 'Gegeven waarvan correctie is gevraagd',
  });
  const waarden: Partial<Record<EigenschapNaam, string>> = {
    registratie: s.registry,
    veld: s.veld,
    huidigeWaarde: s.huidigeWaarde,
    voorgesteldeWaarde: s.voorgesteldeWaarde,
    toelichting: s.toelichting,
    beperkingGevraagd: s.beperking ? 'ja' : 'nee',
  };
  for (const e of zaaktype.eigenschappen) {
    const waarde = waarden[e.naam];
    if (waarde === undefined) continue;
    const uuid = stableUuid(`zaakeigenschap:${zaak.uuid}:${e.naam}`);
    store.eigenschappen.set(uuid, { uuid, zaakUuid: zaak.uuid, eigenschapUuid: e.uuid, naam: e.naam, waarde });
  }
  const statustype = (code: StatustypeCode) => {
    const found = zaaktype.statustypen.find((t) => t.code === code);
    if (!found) throw new Error(`seed: no statustype ${code}`);
    return found;
  };
  setStatus({ zaak, statustype: statustype('ontvangen'), datumStatusGezet: at(s.ontvangen) });
  for (const step of s.steps) {
    if (s.verlenging && step.op > s.verlenging.op)
      extendZaak(zaak, s.verlenging.reden, s.verlenging.duur, s.verlenging.op);
    if (step.code === 'besluit') {
      decide(zaak, step.resultaat.code, step.resultaat.toelichting, at(step.op));
      continue;
    }
    setStatus({
      zaak,
      statustype: statustype(step.code),
      datumStatusGezet: at(step.op),
      ...(step.toelichting ? { statustoelichting: step.toelichting } : {}),
    });
  }
  if (s.verlenging && !zaak.verlenging) {
    const result = extendZaak(zaak, s.verlenging.reden, s.verlenging.duur, s.verlenging.op);
    if (!result.ok) throw new Error(`seed: extension refused: ${result.error}`);
  }
}

/** Fills the (empty) store with the seeded requests; messages older than two weeks count as read. */
export function seedZaken(): void {
  for (const s of SEEDS) seedOne(s);
  for (const b of store.berichten.values()) if (b.verzonden < '2026-11-14') b.gelezen = true;
}
