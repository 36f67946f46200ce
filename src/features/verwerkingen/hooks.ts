import { useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { registryIds, type RegistryId } from '@/lib/registry-view';
import { refKey, verwerkingenQueries, type ActivityRef, type ActivityVersion, type Entity, type LdvRecord, type Period } from './api/ldv';
import { partiesOf, toLogEvents, versionRefsOf, type LogEvent } from './model/log';

/** Registry names as the rest of the app shows them (common namespace). */
export function useSourceNames(): Record<RegistryId, string> {
  const { t, i18n } = useTranslation('common');
  return useMemo(
    () => Object.fromEntries(registryIds.map((id) => [id, t(`registries.${id}.registry`)])) as Record<RegistryId, string>,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- t changes with the language
    [t, i18n.language],
  );
}

type Result<T> = { data: T | undefined; error: unknown; isError: boolean; refetch: () => Promise<unknown> };

/**
 * At module level so TanStack Query re-runs it only when a result changes (an inline combine
 * would make a new Map, and so a new 12,000-event join, on every render).
 */
function combineVersions(results: Result<ActivityVersion>[], keys: readonly string[]) {
  return {
    data: results.every((r) => r.data) ? new Map(results.map((r, i) => [keys[i]!, r.data!])) : undefined,
    error: results.find((r) => r.error)?.error ?? null,
    refetch: () => results.forEach((r) => r.isError && void r.refetch()),
  };
}
function combineEntities(results: Result<Entity>[]) {
  return {
    data: results.every((r) => r.data) ? new Map(results.map((r) => [r.data!.id, r.data!])) : undefined,
    error: results.find((r) => r.error)?.error ?? null,
    refetch: () => results.forEach((r) => r.isError && void r.refetch()),
  };
}

/** The register versions and organisations a set of records points at: one request per distinct one, cached. */
export function useRegister(records: readonly LdvRecord[] | undefined) {
  const refs = useMemo<{ versions: ActivityRef[]; keys: string[]; parties: ReturnType<typeof partiesOf> }>(() => {
    const versions = versionRefsOf(records ?? []).sort((a, b) => refKey(a).localeCompare(refKey(b)));
    return { versions, keys: versions.map(refKey), parties: partiesOf(records ?? []).sort((a, b) => a.entityId.localeCompare(b.entityId)) };
  }, [records]);
  const combine = useCallback((results: Result<ActivityVersion>[]) => combineVersions(results, refs.keys), [refs.keys]);
  const versions = useQueries({ queries: refs.versions.map((ref) => verwerkingenQueries.version(ref)), combine });
  const entities = useQueries({ queries: refs.parties.map((p) => verwerkingenQueries.entity(p.registerId, p.entityId)), combine: combineEntities });
  return { versions, entities };
}

export type LogState =
  | { status: 'success'; events: LogEvent[]; isFetching: boolean }
  | { status: 'error'; error: unknown; retry: () => void; retrying: boolean }
  | { status: 'pending' };

/** DPV legal bases in words, for a register that gives no law text. */
function useLegalBasisText() {
  const { t } = useTranslation('verwerkingen');
  return useCallback(
    (bases: readonly string[]) => bases.map((b) => (t as unknown as (k: string, o: { defaultValue: string }) => string)(`legalBasis.${b}`, { defaultValue: b })).join(', '),
    [t],
  );
}

function useJoined(records: readonly LdvRecord[] | undefined, versions: Map<string, ActivityVersion> | undefined, entities: Map<string, Entity> | undefined) {
  const { t } = useTranslation('verwerkingen');
  const sourceNames = useSourceNames();
  const legalBasisText = useLegalBasisText();
  return useMemo(
    () => (records && versions && entities ? toLogEvents(records, { versions, entities, sourceNames, unknown: t('unknown'), legalBasisText }) : undefined),
    [records, versions, entities, sourceNames, t, legalBasisText],
  );
}

function useJoinedQuery(query: { data: LdvRecord[] | undefined; error: unknown; isError: boolean; isFetching: boolean; refetch: () => Promise<unknown> }): LogState {
  const { versions, entities } = useRegister(query.data);
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
