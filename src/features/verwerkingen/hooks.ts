import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type verwerkingenNl from '@/i18n/nl/verwerkingen.json';
import { registryIds, type RegistryId } from '@/lib/registry-view';
import {
  verwerkingenQueries,
  type ActivityRef,
  type ActivityVersion,
  type Entity,
  type LdvRecord,
  type Period,
} from './api/ldv';
import { MonthsLoader, refsOf, type Refs } from './api/months';
import { monthWindows, toLogEvents, type JoinInput, type LogEvent } from './model/log';

/** Registry names as the rest of the app shows them (common namespace). */
export function useSourceNames(): Record<RegistryId, string> {
  const { t, i18n } = useTranslation('common');
  return useMemo(
    () =>
      Object.fromEntries(registryIds.map((id) => [id, t(`registries.${id}.registry`)])) as Record<RegistryId, string>,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- t changes with the language
    [t, i18n.language],
  );
}

/**
 * A data category's name in the page's language (issue 19). The register's Dutch word stays the
 * value (filters, URLs); an unknown category is shown as the register has it.
 */
export function useCategoryName(): (category: string) => string {
  const { t } = useTranslation('verwerkingen');
  return useCallback((category: string) => t(`categorie.${category}`, { defaultValue: category }), [t]);
}

type Result<T> = { data: T | undefined; error: unknown; isError: boolean; refetch: () => Promise<unknown> };
type Lookup<T> = {
  /** Every lookup answered: the map; else undefined. */
  data: Map<string, T> | undefined;
  /** What has been answered so far (the log page shows a month whose lookups are all in). */
  partial: Map<string, T>;
  error: unknown;
  refetch: () => void;
};

/**
 * At module level so TanStack Query re-runs it only when a result changes (an inline combine
 * would make a new Map, and so a new 12,000-event join, on every render).
 */
function combineVersions(results: Result<ActivityVersion>[], keys: readonly string[]): Lookup<ActivityVersion> {
  const partial = new Map<string, ActivityVersion>();
  results.forEach((r, i) => r.data && partial.set(keys[i]!, r.data));
  return {
    data: partial.size === results.length ? partial : undefined,
    partial,
    error: results.find((r) => r.error)?.error ?? null,
    refetch: () => results.forEach((r) => r.isError && void r.refetch()),
  };
}
function combineEntities(results: Result<Entity>[]): Lookup<Entity> {
  const partial = new Map<string, Entity>();
  for (const r of results) if (r.data) partial.set(r.data.id, r.data);
  return {
    data: results.every((r) => r.data) ? partial : undefined,
    partial,
    error: results.find((r) => r.error)?.error ?? null,
    refetch: () => results.forEach((r) => r.isError && void r.refetch()),
  };
}

/** The register versions and organisations some answers point at: one request per distinct one, cached. */
export function useRegister(answers: ReadonlyArray<readonly LdvRecord[]>) {
  const refs = useMemo<Refs>(() => {
    const versions = new Map<string, ActivityRef>();
    const parties = new Map<string, Refs['parties'][number]>();
    for (const answer of answers) {
      const own = refsOf(answer);
      own.versions.forEach((ref, i) => versions.set(own.keys[i]!, ref));
      for (const p of own.parties) parties.set(p.entityId, p);
    }
    const keys = [...versions.keys()].sort();
    return {
      versions: keys.map((k) => versions.get(k)!),
      keys,
      parties: [...parties.values()].sort((a, b) => a.entityId.localeCompare(b.entityId)),
    };
  }, [answers]);
  const combine = useCallback((results: Result<ActivityVersion>[]) => combineVersions(results, refs.keys), [refs.keys]);
  const versions = useQueries({ queries: refs.versions.map((ref) => verwerkingenQueries.version(ref)), combine });
  const entities = useQueries({
    queries: refs.parties.map((p) => verwerkingenQueries.entity(p.registerId, p.entityId)),
    combine: combineEntities,
  });
  return { versions, entities };
}

/** How much of a period is on screen (the log page asks per month, newest first). */
export type LogProgress = { loaded: number; total: number; error: unknown; retry: () => void };

export type LogState =
  | { status: 'success'; events: LogEvent[]; isFetching: boolean; progress?: LogProgress }
  | { status: 'error'; error: unknown; retry: () => void; retrying: boolean }
  | { status: 'pending' };

/** DPV legal bases in words, for a register that gives no law text. */
type LegalBasisKey = `legalBasis.${keyof (typeof verwerkingenNl)['legalBasis'] & string}`;

function useLegalBasisText() {
  const { t, i18n } = useTranslation('verwerkingen');
  return useCallback(
    (bases: readonly string[]) =>
      bases
        .map((b) => {
          // A register may name a basis we have no words for: then its own DPV name is shown.
          const key = `legalBasis.${b}`;
          const known = (k: string): k is LegalBasisKey => i18n.exists(k, { ns: 'verwerkingen' });
          return known(key) ? t(key) : b;
        })
        .join(', '),
    [t, i18n],
  );
}

function useJoined(
  records: readonly LdvRecord[] | undefined,
  versions: Map<string, ActivityVersion> | undefined,
  entities: Map<string, Entity> | undefined,
) {
  const { t } = useTranslation('verwerkingen');
  const sourceNames = useSourceNames();
  const legalBasisText = useLegalBasisText();
  return useMemo(
    () =>
      records && versions && entities
        ? toLogEvents(records, { versions, entities, sourceNames, unknown: t('unknown'), legalBasisText })
        : undefined,
    [records, versions, entities, sourceNames, t, legalBasisText],
  );
}

function useJoinedQuery(query: {
  data: LdvRecord[] | undefined;
  error: unknown;
  isError: boolean;
  isFetching: boolean;
  refetch: () => Promise<unknown>;
}): LogState {
  const answers = useMemo(() => (query.data ? [query.data] : []), [query.data]);
  const { versions, entities } = useRegister(answers);
  const events = useJoined(query.data, versions.data, entities.data);
  if (events) return { status: 'success', events, isFetching: query.isFetching };
  const error = query.error ?? versions.error ?? entities.error;
  if (error) {
    return {
      status: 'error',
      error,
      retrying: query.isFetching,
      retry: () => {
        if (query.isError) void query.refetch();
        versions.refetch();
        entities.refetch();
      },
    };
  }
  return { status: 'pending' };
}

/** The own log for a period, joined with the registers: what the table, charts and export use. */
export function useLog(period: Period, options: { enabled?: boolean } = {}): LogState {
  return useJoinedQuery(useQuery({ ...verwerkingenQueries.log(period), enabled: options.enabled ?? true }));
}

/** One trace (one organisation's chain), joined the same way. */
export function useTrace(traceId: string): LogState {
  return useJoinedQuery(useQuery(verwerkingenQueries.trace(traceId)));
}

/** The same array as last render while its elements are the same (a stable memo dependency). */
function useStableArray<T>(items: readonly T[]): readonly T[] {
  const [stable, setStable] = useState(items);
  if (stable.length === items.length && stable.every((item, i) => item === items[i])) return stable;
  setStable(items);
  return items;
}

type JoinOptions = Omit<JoinInput, 'versions' | 'entities'>;
/**
 * Joined events per shown set of records. Every register entry those records need is in the
 * maps (the loader's `ready`) and entries never change, so a later look-up for an older month must
 * not re-join what is on screen: only the records and the language-bound texts are the key.
 */
const joined = new WeakMap<readonly LdvRecord[], { options: JoinOptions; events: LogEvent[] }>();
function joinOnce(
  records: readonly LdvRecord[],
  lookups: Pick<JoinInput, 'versions' | 'entities'>,
  options: JoinOptions,
): LogEvent[] {
  const hit = joined.get(records);
  if (
    hit &&
    hit.options.sourceNames === options.sourceNames &&
    hit.options.unknown === options.unknown &&
    hit.options.legalBasisText === options.legalBasisText
  )
    return hit.events;
  const events = toLogEvents(records, { ...lookups, ...options });
  joined.set(records, { options, events });
  return events;
}

/** How many months are shown at a time while older ones come in: few re-sorts, newest first. */
const STAGES = [1, 3, 12] as const;

/**
 * The own log for a period, asked per calendar month, newest first (issue 16; model/log.ts
 * `monthWindows`). The latest month is shown as soon as it and its register entries are in;
 * older months follow in a few steps (3, 12, all), so a 12,000-event log is usable in a
 * second instead of after one 7 MB answer, and each answer is validated on arrival, in its own
 * task. `progress` says how many months are shown; a month that fails is retried on its own.
 * The requests and their order are the loader's (api/months.ts): this hook hears from it only
 * when a month more is ready, a request fails, or the months stop coming.
 */
export function useLogByMonth(period: Period): LogState {
  const queryClient = useQueryClient();
  const windows = useMemo(() => monthWindows(period), [period]);
  const loader = useMemo(() => new MonthsLoader(queryClient, windows), [queryClient, windows]);
  const { answers, versions, entities, ready, error, fetching } = useSyncExternalStore(
    loader.subscribe,
    loader.getSnapshot,
  );
  const stage = ready === answers.length ? ready : ([...STAGES].reverse().find((n) => n <= ready) ?? 0);
  const shown = useStableArray(answers.slice(0, stage) as ReadonlyArray<readonly LdvRecord[]>);
  const records = useMemo(() => shown.flat(), [shown]);

  const { t } = useTranslation('verwerkingen');
  const sourceNames = useSourceNames();
  const legalBasisText = useLegalBasisText();
  const unknown = t('unknown');
  const events =
    stage > 0 || windows.length === 0
      ? joinOnce(records, { versions, entities }, { sourceNames, unknown, legalBasisText })
      : undefined;

  const total = windows.length;
  const retry = loader.retry;
  // The same object while nothing the page shows has changed.
  return useMemo((): LogState => {
    if (events)
      return { status: 'success', events, isFetching: fetching, progress: { loaded: stage, total, error, retry } };
    if (error) return { status: 'error', error, retrying: fetching, retry };
    return { status: 'pending' };
  }, [events, fetching, stage, total, error, retry]);
}
