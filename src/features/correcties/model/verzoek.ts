import { todayIso } from '@/lib/clock';
import { daysLeft, isIsoDate } from '@/lib/deadlines';
import { registryIds, type RegistryId } from '@/lib/registry-view';
import { bezwaarLastDay, onWorkingDay } from '@/lib/working-days';
import type { Resultaat, Resultaattype, Status, Statustype, Zaak, Zaakobject, Zaaktype } from '../api/zgw';

/**
 * From ZGW resources (zaken, their statuses, results and objects, and the catalogue) to what
 * "Mijn verzoeken" shows: one request per group of linked zaken, each zaak with its holder's
 * status, clock and decision.
 *
 * A holder's catalogue numbers its statustypen as it likes; what the app reads is fixed in
 * docs/decisions/022-zgw-catalogue-conventions.md: a step by the statustype's `omschrijvingGeneriek` (the
 * end status by `isEindstatus`), the outcome by the resultaattype's `omschrijvingGeneriek`,
 * registry and kind by `registratie:` / `verzoeksoort:` keywords in any order. Never by
 * `volgnummer` or by position.
 */

export const stappen = ['ontvangen', 'in_behandeling', 'aanvullende_informatie', 'besloten'] as const;
export type Stap = (typeof stappen)[number] | 'ingetrokken';

/** The configured mapping: statustype `omschrijvingGeneriek` (case-insensitive) → step. */
export const STAP_BY_GENERIEK: Readonly<Record<string, Stap>> = {
  ontvangen: 'ontvangen',
  'in behandeling': 'in_behandeling',
  'aanvullende informatie nodig': 'aanvullende_informatie',
  afgehandeld: 'besloten',
};

export type Uitkomst = 'toegekend' | 'afgewezen' | 'ingetrokken';

/** The step a statustype stands for; the end status always ends the path, whatever it is called. */
export function stapOf(
  statustype: Pick<Statustype, 'omschrijvingGeneriek' | 'isEindstatus'> | undefined,
): Stap | undefined {
  if (!statustype) return undefined;
  const stap = STAP_BY_GENERIEK[(statustype.omschrijvingGeneriek ?? '').trim().toLowerCase()];
  return stap ?? (statustype.isEindstatus ? 'besloten' : undefined);
}

/** `registratie:brp`, `verzoeksoort:correctie`: keyword values by key, in any order. */
function keyword(trefwoorden: readonly string[] | undefined, key: string): string | undefined {
  const prefix = `${key}:`;
  return trefwoorden?.find((t) => t.startsWith(prefix))?.slice(prefix.length);
}

export type ZaakVM = {
  uuid: string;
  url: string;
  identificatie: string;
  omschrijving: string;
  registry: RegistryId | undefined;
  soort: 'correctie' | 'uitleg' | 'onbekend';
  veld: string | undefined;
  /** The field's label and the object it is about, as the citizen saw them when asking (zaakobject). */
  gegeven: string | undefined;
  onderwerp: string | undefined;
  /** The language `gegeven` and `onderwerp` are in (default Dutch, the holder's language). */
  taal: 'nl' | 'en';
  ontvangen: string;
  /**
   * The last day to decide: the zaak's `uiterlijkeEinddatumAfdoening`, moved to the next working
   * day when a server set it on a Saturday, Sunday or holiday (Algemene termijnenwet art. 1).
   */
  dueDate: string | null;
  /** The date as the zaak says it, when the law moves it (else null). */
  dueDateOnZaak: string | null;
  daysLeft: number | null;
  overdue: boolean;
  verlenging: { reden: string; duur: string } | null;
  /** The zaaktype allows an extension and none was given yet: only then may the page say the term can be extended. */
  verlengbaar: boolean;
  /** The day the decision was sent (the end status, in the Netherlands), for a decided zaak. */
  besluitdatum: string | undefined;
  /** The last day for bezwaar against that decision (Awb 6:7, 6:8; Atw). */
  bezwaarTot: string | undefined;
  /** A question to the organisation that processed: its RvVA entity id (the zaakobject names it). */
  organisatieId: string | undefined;
  stap: Stap | undefined;
  history: Array<{ stap: Stap | undefined; datum: string; toelichting: string; at: string }>;
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
  resultaattypen: Array<Pick<Resultaattype, 'url' | 'omschrijvingGeneriek'>>;
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
  const zaaktype = bundle.zaaktypen.find(
    (z) => z.url === zaak.zaaktype || uuidOfUrl(z.url) === uuidOfUrl(zaak.zaaktype),
  );
  const registryTag = keyword(zaaktype?.trefwoorden, 'registratie');
  const soortTag = keyword(zaaktype?.trefwoorden, 'verzoeksoort');
  const registry = registryIds.find((id) => id === registryTag);
  const soort = soortTag === 'correctie' || soortTag === 'uitleg' ? soortTag : 'onbekend';
  const statustypeOf = (url: string) => bundle.statustypen.find((s) => uuidOfUrl(s.url) === uuidOfUrl(url));
  const history = bundle.statussen
    .filter((s) => uuidOfUrl(s.zaak) === zaak.uuid)
    .sort((a, b) => (a.datumStatusGezet < b.datumStatusGezet ? -1 : 1))
    .map((s) => {
      const st = statustypeOf(s.statustype);
      // The date in the Netherlands: a status set at 00:30 on 1 December is 1 December here, not 30 November.
      return {
        stap: stapOf(st),
        datum: todayIso(Date.parse(s.datumStatusGezet)),
        toelichting: s.statustoelichting ?? '',
        at: s.datumStatusGezet,
      };
    });
  const current = zaak.status
    ? bundle.statussen.find((s) => uuidOfUrl(s.url) === uuidOfUrl(zaak.status ?? ''))
    : undefined;
  const currentType = current ? statustypeOf(current.statustype) : undefined;
  const resultaat = zaak.resultaat
    ? bundle.resultaten.find((r) => uuidOfUrl(r.url) === uuidOfUrl(zaak.resultaat ?? ''))
    : undefined;
  const resultaattype = resultaat
    ? bundle.resultaattypen.find((r) => uuidOfUrl(r.url) === uuidOfUrl(resultaat.resultaattype))
    : undefined;
  const object = bundle.zaakobjecten.find((o) => uuidOfUrl(o.zaak) === zaak.uuid);
  const overige = object?.objectIdentificatie.overigeData;
  const veld = overige?.veld;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const closed = zaak.einddatum !== null;
  const uitkomst = uitkomstOf(resultaattype?.omschrijvingGeneriek);
  const onZaak = zaak.uiterlijkeEinddatumAfdoening;
  const due = onZaak && isIsoDate(onZaak) ? onWorkingDay(onZaak) : onZaak;
  const left = due && !closed ? daysLeft(due, today) : null;
  const eind =
    closed && uitkomst !== 'ingetrokken' ? [...history].reverse().find((h) => h.stap === 'besloten') : undefined;
  const besluitdatum =
    eind?.datum ?? (closed && uitkomst !== 'ingetrokken' ? (zaak.einddatum ?? undefined) : undefined);
  const organisatie = overige?.verwerkingsverantwoordelijke;
  return {
    uuid: zaak.uuid,
    url: zaak.url,
    identificatie: zaak.identificatie,
    omschrijving: zaak.omschrijving,
    registry,
    soort,
    veld: typeof veld === 'string' ? veld : undefined,
    gegeven: text(overige?.gegeven),
    onderwerp: text(overige?.onderwerp),
    taal: overige?.taal === 'en' ? 'en' : 'nl',
    ontvangen: zaak.registratiedatum,
    dueDate: due,
    dueDateOnZaak: due !== onZaak ? onZaak : null,
    daysLeft: left,
    overdue: left !== null && left < 0,
    verlenging:
      zaak.verlenging && zaak.verlenging.reden ? { reden: zaak.verlenging.reden, duur: zaak.verlenging.duur } : null,
    verlengbaar: Boolean(zaaktype?.verlengingMogelijk) && !(zaak.verlenging && zaak.verlenging.reden) && !closed,
    besluitdatum,
    bezwaarTot: besluitdatum ? bezwaarLastDay(besluitdatum) : undefined,
    organisatieId: typeof organisatie === 'string' ? organisatie : undefined,
    // A withdrawn request ends with the same end status as a decided one; its resultaat tells them apart.
    stap:
      closed && uitkomst === 'ingetrokken'
        ? 'ingetrokken'
        : currentType
          ? stapOf(currentType)
          : history[history.length - 1]?.stap,
    history,
    uitkomst,
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
  return groups.sort((a, b) =>
    a.ontvangen === b.ontvangen ? b.id.localeCompare(a.id) : a.ontvangen < b.ontvangen ? 1 : -1,
  );
}

/**
 * The restriction of use (GDPR art. 18) as the citizen sees it: asked for, in force while the
 * holder checks (with the day it stops, once the holder announced it: 18(3)), or lifted.
 * From the zaak's eigenschappen: the citizen's `beperkingGevraagd`, the holder's `beperking`
 * and `beperkingStopt`.
 */
export type BeperkingVM =
  { staat: 'gevraagd' } | { staat: 'vanKracht'; stopt: string | undefined } | { staat: 'opgeheven'; op: string };

export function beperkingOf(
  eigenschappen: ReadonlyArray<{ naam: string; waarde: string }>,
  closed: boolean,
  today: string,
): BeperkingVM | undefined {
  const get = (naam: string) => eigenschappen.find((e) => e.naam === naam)?.waarde;
  const stopt = get('beperkingStopt');
  const geldigeStop = stopt && isIsoDate(stopt) ? stopt : undefined;
  if (get('beperking') === 'van kracht') {
    if (geldigeStop && geldigeStop <= today) return { staat: 'opgeheven', op: geldigeStop };
    return { staat: 'vanKracht', stopt: geldigeStop };
  }
  if (get('beperkingGevraagd') === 'ja' && !closed) return { staat: 'gevraagd' };
  return undefined;
}

/** The request a zaak belongs to (detail page by any of its zaak UUIDs). */
export function findVerzoek(verzoeken: VerzoekVM[], uuid: string): VerzoekVM | undefined {
  return verzoeken.find((v) => v.zaken.some((z) => z.uuid === uuid));
}
