import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { registryIds, type RegistryId } from '@/lib/registry-view';
import { activityIdOf, verwerkingenQueries, type Activity, type Entity, type LdvRecord, type Period } from './api/ldv';
import { toLogEvents, type LogEvent } from './model/log';

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
function combineById<T extends { id: string }>(results: Result<T>[]) {
  return {
    data: results.every((r) => r.data) ? new Map(results.map((r) => [r.data!.id, r.data!])) : undefined,
    error: results.find((r) => r.error)?.error ?? null,
    refetch: () => results.forEach((r) => r.isError && void r.refetch()),
  };
}

/** The register entries (activities, organisations) a set of records points at: one request per distinct id, cached. */
export function useRegister(records: readonly LdvRecord[] | undefined) {
  const ids = useMemo(() => {
    const activities = new Set<string>();
    const entities = new Set<string>();
    for (const r of records ?? []) {
      activities.add(activityIdOf(r.attributes['dpl.core.processing_activity_id']));
      entities.add(r.attributes['mg.organisation_id']);
      const recipient = r.attributes['mg.recipient_id'];
      if (recipient) entities.add(recipient);
    }
    return { activities: [...activities].sort(), entities: [...entities].sort() };
  }, [records]);

  const activities = useQueries({ queries: ids.activities.map((id) => verwerkingenQueries.activity(id)), combine: combineById<Activity> });
  const entities = useQueries({ queries: ids.entities.map((id) => verwerkingenQueries.entity(id)), combine: combineById<Entity> });
  return { activities, entities };
}

export type LogState =
  | { status: 'success'; events: LogEvent[]; isFetching: boolean }
  | { status: 'error'; error: unknown; retry: () => void; retrying: boolean }
  | { status: 'pending' };

function useJoined(records: readonly LdvRecord[] | undefined, activities: Map<string, Activity> | undefined, entities: Map<string, Entity> | undefined) {
  const { t } = useTranslation('verwerkingen');
  const sourceNames = useSourceNames();
  return useMemo(
    () => (records && activities && entities ? toLogEvents(records, activities, entities, sourceNames, t('unknown')) : undefined),
    [records, activities, entities, sourceNames, t],
  );
}

/** The own log for a period, joined with the register: what the table, charts and export use. */
export function useLog(period: Period): LogState {
  const log = useQuery(verwerkingenQueries.log(period));
  const { activities, entities } = useRegister(log.data);
  const events = useJoined(log.data, activities.data, entities.data);
  if (events) return { status: 'success', events, isFetching: log.isFetching };
  const error = log.error ?? activities.error ?? entities.error;
  if (error) {
    return {
      status: 'error',
      error,
      retrying: log.isFetching,
      retry: () => {
        if (log.isError) void log.refetch();
        activities.refetch();
        entities.refetch();
      },
    };
  }
  return { status: 'pending' };
}

/** One trace (the detail page), joined the same way. */
export function useTrace(traceId: string): LogState {
  const trace = useQuery(verwerkingenQueries.trace(traceId));
  const { activities, entities } = useRegister(trace.data);
  const events = useJoined(trace.data, activities.data, entities.data);
  if (events) return { status: 'success', events, isFetching: trace.isFetching };
  const error = trace.error ?? activities.error ?? entities.error;
  if (error) {
    return {
      status: 'error',
      error,
      retrying: trace.isFetching,
      retry: () => {
        if (trace.isError) void trace.refetch();
        activities.refetch();
        entities.refetch();
      },
    };
  }
  return { status: 'pending' };
}
