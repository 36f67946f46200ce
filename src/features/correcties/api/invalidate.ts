import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import type { RegistryId } from '@/lib/registry-view';
import { correctieQueries } from './queries';

type ZaakRef = { uuid: string; url: string; registry: RegistryId | undefined };

/** Something that changed the citizen's own zaken (each as the double and a real ZGW server do it). */
export type ZaakChange =
  /** New zaken, one per holder: each gets status "ontvangen" and a message. Nothing is marked in a registry yet. */
  | { kind: 'ingediend' }
  /** An answer to "Meer informatie nodig": a document on the zaak, whose handling resumes (a new status, a message). */
  | { kind: 'antwoord'; zaak: ZaakRef }
  /**
   * Withdrawn: each zaak closes with a message and any restriction of use lifts (an eigenschap);
   * an investigation marker the holder put on the data goes away with it.
   */
  | { kind: 'ingetrokken'; zaken: ZaakRef[] }
  /**
   * The (simulated) holder took the next step: a status, a message, maybe eigenschappen (the day
   * it wants an answer, a restriction in force); starting the investigation marks the data "in
   * onderzoek" in its registry, a decision may change it.
   */
  | { kind: 'status'; zaak: ZaakRef }
  /** The term was extended: the zaak's dates and a message. */
  | { kind: 'verlengd'; zaak: ZaakRef };

/**
 * The queries a change makes stale, and no others: the request list (statuses, dates, results of
 * every own zaak), the berichtenbox and its unread count, the changed zaak's own eigenschappen and
 * documents, and the data of a registry only where its holder changed it. Never the session, the
 * catalogue or the other registries: refetching those would cost the citizen (and the registries)
 * a round of requests for nothing.
 */
export function staleAfter(change: ZaakChange): QueryKey[] {
  const always: QueryKey[] = [
    correctieQueries.verzoeken().queryKey,
    queryKeys.berichtenbox(),
    queryKeys.ongelezenBerichten(),
  ];
  const registry = (zaak: ZaakRef): QueryKey[] => (zaak.registry ? [queryKeys.registryRoot(zaak.registry)] : []);
  switch (change.kind) {
    case 'ingediend':
      return always;
    case 'antwoord':
      return [...always, correctieQueries.documenten(change.zaak.url).queryKey];
    case 'ingetrokken':
      return [
        ...always,
        ...change.zaken.flatMap((z) => [correctieQueries.eigenschappen(z.uuid).queryKey, ...registry(z)]),
      ];
    case 'status':
      return [...always, correctieQueries.eigenschappen(change.zaak.uuid).queryKey, ...registry(change.zaak)];
    case 'verlengd':
      return always;
  }
}

/** Marks what `change` made stale; what is on screen refetches, the rest when next shown. */
export async function invalidateAfter(queryClient: QueryClient, change: ZaakChange): Promise<void> {
  const keys = staleAfter(change);
  // Duplicates (two zaken of one registry) are harmless but not sent twice.
  const unique = [...new Map(keys.map((k) => [JSON.stringify(k), k])).values()];
  await Promise.all(unique.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}
