import { daysLeft } from '@/lib/deadlines';
import { registryIds, type RegistryId } from '@/lib/registry-view';
import type { Resultaat, Status, Statustype, Zaak, Zaakobject, Zaaktype } from '../api/zgw';

/**
 * From ZGW resources (zaken, their statuses, results and objects, and the catalogue) to what
 * "Mijn verzoeken" shows: one request per group of linked zaken, each zaak with its holder's
 * status, clock and decision.
 */

export const stappen = ['ontvangen', 'in_behandeling', 'aanvullende_informatie', 'besloten'] as const;
export type Stap = (typeof stappen)[number] | 'ingetrokken';

const STAP_BY_VOLGNUMMER: Record<number, Stap> = {
  1: 'ontvangen',
  2: 'in_behandeling',
  3: 'aanvullende_informatie',
  4: 'besloten',
  5: 'ingetrokken',
};

export type Uitkomst = 'toegekend' | 'afgewezen' | 'ingetrokken';

export type ZaakVM = {
  uuid: string;
  url: string;
  identificatie: string;
  omschrijving: string;
  registry: RegistryId | undefined;
  soort: 'correctie' | 'uitleg' | 'onbekend';
  veld: string | undefined;
  ontvangen: string;
  dueDate: string | null;
  daysLeft: number | null;
  overdue: boolean;
  verlenging: { reden: string; duur: string } | null;
  stap: Stap | undefined;
  history: Array<{ stap: Stap | undefined; datum: string; toelichting: string }>;
  uitkomst: Uitkomst | undefined;
  uitkomstToelichting: string | undefined;
  closed: boolean;
  linked: string[];
};

/** One request as the citizen sees it: one or more zaken (one per holder). */
export type VerzoekVM = { id: string; zaken: ZaakVM[]; ontvangen: string; open: boolean };

export type ZakenBundle = {
  zaken: Zaak[];
  zaaktypen: Zaaktype[];
  statustypen: Statustype[];
  statussen: Status[];
  resultaten: Resultaat[];
  resultaattypen: Array<{ url: string; omschrijvingGeneriek: string }>;
  zaakobjecten: Zaakobject[];
};

const uuidOfUrl = (url: string) => url.replace(/\/$/, '').split('/').pop() ?? '';

function uitkomstOf(generiek: string | undefined): Uitkomst | undefined {
  const g = generiek?.toLowerCase();
  if (g === 'toegekend') return 'toegekend';
  if (g === 'geweigerd' || g === 'afgewezen') return 'afgewezen';
  if (g === 'ingetrokken') return 'ingetrokken';
  return undefined;
}

export function toZaakVM(zaak: Zaak, bundle: ZakenBundle, today: string): ZaakVM {
  const zaaktype = bundle.zaaktypen.find((z) => z.url === zaak.zaaktype || uuidOfUrl(z.url) === uuidOfUrl(zaak.zaaktype));
  const [registryTag, soortTag] = zaaktype?.trefwoorden ?? [];
  const registry = registryIds.find((id) => id === registryTag);
  const soort = soortTag === 'correctie' || soortTag === 'uitleg' ? soortTag : 'onbekend';
  const statustypeOf = (url: string) => bundle.statustypen.find((s) => uuidOfUrl(s.url) === uuidOfUrl(url));
  const history = bundle.statussen
    .filter((s) => uuidOfUrl(s.zaak) === zaak.uuid)
    .sort((a, b) => (a.datumStatusGezet < b.datumStatusGezet ? -1 : 1))
    .map((s) => {
      const st = statustypeOf(s.statustype);
      return { stap: st ? STAP_BY_VOLGNUMMER[st.volgnummer] : undefined, datum: s.datumStatusGezet.slice(0, 10), toelichting: s.statustoelichting ?? '' };
    });
  const current = zaak.status ? bundle.statussen.find((s) => uuidOfUrl(s.url) === uuidOfUrl(zaak.status ?? '')) : undefined;
  const currentType = current ? statustypeOf(current.statustype) : undefined;
  const resultaat = zaak.resultaat ? bundle.resultaten.find((r) => uuidOfUrl(r.url) === uuidOfUrl(zaak.resultaat ?? '')) : undefined;
  const resultaattype = resultaat ? bundle.resultaattypen.find((r) => uuidOfUrl(r.url) === uuidOfUrl(resultaat.resultaattype)) : undefined;
  const object = bundle.zaakobjecten.find((o) => uuidOfUrl(o.zaak) === zaak.uuid);
  const veld = object?.objectIdentificatie.overigeData.veld;
  const closed = zaak.einddatum !== null;
  const left = zaak.uiterlijkeEinddatumAfdoening && !closed ? daysLeft(zaak.uiterlijkeEinddatumAfdoening, today) : null;
  return {
    uuid: zaak.uuid,
    url: zaak.url,
    identificatie: zaak.identificatie,
    omschrijving: zaak.omschrijving,
    registry,
    soort,
    veld: typeof veld === 'string' ? veld : undefined,
    ontvangen: zaak.registratiedatum,
    dueDate: zaak.uiterlijkeEinddatumAfdoening,
    daysLeft: left,
    overdue: left !== null && left < 0,
    verlenging: zaak.verlenging && zaak.verlenging.reden ? { reden: zaak.verlenging.reden, duur: zaak.verlenging.duur } : null,
    stap: currentType ? STAP_BY_VOLGNUMMER[currentType.volgnummer] : history.length ? history[history.length - 1]?.stap : undefined,
    history,
    uitkomst: uitkomstOf(resultaattype?.omschrijvingGeneriek),
    uitkomstToelichting: resultaat?.toelichting,
    closed,
    linked: zaak.relevanteAndereZaken.map((r) => uuidOfUrl(r.url)),
  };
}

/** Linked zaken (relevanteAndereZaken, either direction) become one request; newest first. */
export function toVerzoeken(bundle: ZakenBundle, today: string): VerzoekVM[] {
  const vms = bundle.zaken.map((z) => toZaakVM(z, bundle, today));
  const byUuid = new Map(vms.map((z) => [z.uuid, z]));
  const seen = new Set<string>();
  const groups: VerzoekVM[] = [];
  for (const vm of vms) {
    if (seen.has(vm.uuid)) continue;
    const group: ZaakVM[] = [];
    const queue = [vm.uuid];
    while (queue.length) {
      const id = queue.shift() ?? '';
      const z = byUuid.get(id);
      if (!z || seen.has(id)) continue;
      seen.add(id);
      group.push(z);
      queue.push(...z.linked);
      for (const other of vms) if (other.linked.includes(id)) queue.push(other.uuid);
    }
    group.sort((a, b) => a.identificatie.localeCompare(b.identificatie));
    const first = group[0] ?? vm;
    groups.push({
      id: first.uuid,
      zaken: group,
      ontvangen: group.reduce((min, z) => (z.ontvangen < min ? z.ontvangen : min), first.ontvangen),
      open: group.some((z) => !z.closed),
    });
  }
  return groups.sort((a, b) => (a.ontvangen === b.ontvangen ? b.id.localeCompare(a.id) : a.ontvangen < b.ontvangen ? 1 : -1));
}

/** The request a zaak belongs to (detail page by any of its zaak UUIDs). */
export function findVerzoek(verzoeken: VerzoekVM[], uuid: string): VerzoekVM | undefined {
  return verzoeken.find((v) => v.zaken.some((z) => z.uuid === uuid));
}
