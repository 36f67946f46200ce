import type { QueryClient } from '@tanstack/react-query';
import {
  refKey,
  verwerkingenQueries,
  type ActivityRef,
  type ActivityVersion,
  type Entity,
  type LdvRecord,
  type Period,
} from './ldv';
import { partiesOf, versionRefsOf } from '../model/log';

/** What the log page needs to know of a period that is asked month by month. */
export type MonthsSnapshot = {
  /** The answers so far, one per month in the windows' order (newest first). */
  answers: ReadonlyArray<readonly LdvRecord[] | undefined>;
  /** The register entries looked up so far (kept up to date in place: read, never keep). */
  versions: ReadonlyMap<string, ActivityVersion>;
  entities: ReadonlyMap<string, Entity>;
  /** How many of the newest months are in, each with every register entry it needs. */
  ready: number;
  /** The first failure (a month, then a look-up), or null. */
  error: unknown;
  /** Some month is being asked for. */
  fetching: boolean;
  /** Goes up when a month that is ready gets a different answer (asked again, something new). */
  revision: number;
};

export type Refs = { versions: ActivityRef[]; keys: string[]; parties: ReturnType<typeof partiesOf> };
/** Per answer (the query cache keeps an unchanged answer's array): which register entries it needs. */
const refsCache = new WeakMap<readonly LdvRecord[], Refs>();
export function refsOf(records: readonly LdvRecord[]): Refs {
  let refs = refsCache.get(records);
  if (!refs) {
    const versions = versionRefsOf(records);
    refsCache.set(records, (refs = { versions, keys: versions.map(refKey), parties: partiesOf(records) }));
  }
  return refs;
}

type Ask = { fetching: boolean; error: unknown };

/**
 * The own log for a period, asked per calendar month, with the register look-ups each month
 * needs (issue 16). The requests go through the query client (`fetchQuery`: its cache, its
 * de-duplication with the route's prefetch, its retry rule), but outside React: the ~40 answers
 * of a year arrive one by one, and as `useQueries` observers each of them redrew the page's hook
 * host and re-ran TanStack's bookkeeping for every query in it (`setQueries` over ~40 queries per
 * render: 92 of the log page's 715 ms of JavaScript, unthrottled; docs/performance/016-profile.md).
 * Here an answer only updates this object; its one subscriber hears of it when what the page
 * can show changes: a month more is ready, the first failure, or the months' fetching flag.
 *
 * Order: the newest month alone first (36 older months at once would queue its look-ups behind
 * them, six connections per host), then every older month at once, each month's look-ups as soon
 * as it is in. Nothing new is asked while nobody listens (the page has gone, or the person signed
 * out); it goes on where it was when a listener comes back.
 */
export class MonthsLoader {
  readonly #client: QueryClient;
  readonly #windows: readonly Period[];
  readonly #answers: Array<readonly LdvRecord[] | undefined>;
  readonly #months: Array<Ask | undefined>;
  readonly #versions = new Map<string, ActivityVersion>();
  readonly #entities = new Map<string, Entity>();
  readonly #lookups = new Map<string, Ask>();
  readonly #listeners = new Set<() => void>();
  #revision = 0;
  #snapshot: MonthsSnapshot;

  constructor(client: QueryClient, windows: readonly Period[]) {
    this.#client = client;
    this.#windows = windows;
    // What the cache holds already is shown at once (a stale month is asked again behind it).
    this.#answers = windows.map((w) => client.getQueryData(verwerkingenQueries.log(w).queryKey));
    this.#months = windows.map(() => undefined);
    for (const answer of this.#answers) if (answer) this.#cachedLookups(answer);
    this.#snapshot = this.#compute();
  }

  getSnapshot = (): MonthsSnapshot => this.#snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    this.#pump();
    // No word to the new listener: React reads the snapshot again after subscribing.
    this.#update(false);
    return () => this.#listeners.delete(listener);
  };

  /** Asks again for every month and look-up that failed (the others are kept). */
  retry = (): void => {
    for (const [i, ask] of this.#months.entries()) if (ask?.error) this.#months[i] = undefined;
    for (const [key, ask] of this.#lookups) if (ask.error) this.#lookups.delete(key);
    this.#pump();
    this.#update();
  };

  /** Starts what should be on its way and is not (only while somebody listens). */
  #pump(): void {
    if (this.#listeners.size === 0) return;
    const count = this.#snapshot.ready >= 1 || this.#windows.length === 0 ? this.#windows.length : 1;
    for (let i = 0; i < count; i++) if (!this.#months[i]) this.#askMonth(i);
    for (const answer of this.#answers) if (answer) this.#askLookups(answer);
  }

  #askMonth(i: number): void {
    this.#months[i] = this.#follow(this.#client.fetchQuery(verwerkingenQueries.log(this.#windows[i]!)), (answer) => {
      if (i < this.#snapshot.ready && this.#answers[i] !== answer) this.#revision++;
      this.#answers[i] = answer;
      this.#askLookups(answer);
    });
  }

  /** Look-ups already in the cache (register entries are cached for the session). */
  #cachedLookups(answer: readonly LdvRecord[]): void {
    const refs = refsOf(answer);
    refs.versions.forEach((ref, i) => {
      const hit = this.#client.getQueryData(verwerkingenQueries.version(ref).queryKey);
      if (hit) this.#versions.set(refs.keys[i]!, hit);
    });
    for (const p of refs.parties) {
      const hit = this.#client.getQueryData(verwerkingenQueries.entity(p.registerId, p.entityId).queryKey);
      if (hit) this.#entities.set(p.entityId, hit);
    }
  }

  #askLookups(answer: readonly LdvRecord[]): void {
    if (this.#listeners.size === 0) return;
    const refs = refsOf(answer);
    refs.versions.forEach((ref, i) => {
      const key = refs.keys[i]!;
      if (!this.#versions.has(key)) {
        this.#lookup(
          `v:${key}`,
          () => this.#client.fetchQuery(verwerkingenQueries.version(ref)),
          (v) => this.#versions.set(key, v),
        );
      }
    });
    for (const p of refs.parties) {
      if (!this.#entities.has(p.entityId)) {
        this.#lookup(
          `e:${p.entityId}`,
          () => this.#client.fetchQuery(verwerkingenQueries.entity(p.registerId, p.entityId)),
          (e) => this.#entities.set(p.entityId, e),
        );
      }
    }
  }

  #lookup<T>(key: string, fetch: () => Promise<T>, keep: (value: T) => void): void {
    if (!this.#lookups.has(key)) this.#lookups.set(key, this.#follow(fetch(), keep));
  }

  /** One request's state for the snapshot; `keep` takes its answer; either way a new snapshot. */
  #follow<T>(request: Promise<T>, keep: (value: T) => void): Ask {
    const ask: Ask = { fetching: true, error: null };
    request.then(
      (value) => {
        ask.fetching = false;
        keep(value);
        this.#update();
      },
      (error: unknown) => {
        ask.fetching = false;
        ask.error = error;
        this.#update();
      },
    );
    return ask;
  }

  #compute(): MonthsSnapshot {
    let ready = 0;
    while (ready < this.#answers.length) {
      const answer = this.#answers[ready];
      if (!answer || !this.#resolved(answer)) break;
      ready++;
    }
    let error: unknown = null;
    for (const ask of this.#months) if (ask?.error) error ??= ask.error;
    for (const ask of this.#lookups.values()) if (ask.error) error ??= ask.error;
    return {
      answers: this.#answers,
      versions: this.#versions,
      entities: this.#entities,
      ready,
      error,
      fetching: this.#months.some((ask) => ask?.fetching),
      revision: this.#revision,
    };
  }

  #resolved(answer: readonly LdvRecord[]): boolean {
    const refs = refsOf(answer);
    return refs.keys.every((k) => this.#versions.has(k)) && refs.parties.every((p) => this.#entities.has(p.entityId));
  }

  /** A new snapshot, and a word to the listeners, only when something the page reads has changed. */
  #update(notify = true): void {
    const before = this.#snapshot;
    let next = this.#compute();
    if (before.ready === 0 && next.ready >= 1) {
      // The newest month is on screen: now the older ones.
      this.#snapshot = next;
      this.#pump();
      next = this.#compute();
    }
    if (
      next.ready === before.ready &&
      next.error === before.error &&
      next.fetching === before.fetching &&
      next.revision === before.revision
    ) {
      this.#snapshot = before;
      return;
    }
    this.#snapshot = next;
    if (notify) for (const listener of this.#listeners) listener();
  }
}
