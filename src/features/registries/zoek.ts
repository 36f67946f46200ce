import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { zoekOf } from '@/lib/registries';
import { queryKeys } from '@/lib/query-keys';
import { ownBsn } from '@/lib/session';
import type { RegistryNamespace } from './types';

/**
 * The query of a registry under our own `_zoek` contract: `POST <path> { burgerservicenummer }`
 * with the own BSN (path in src/lib/registries.ts, the same the double's handler and the contract
 * test read). The schema checks what the mapper reads.
 */
export const zoekQuery = <S extends z.ZodType>(id: RegistryNamespace, schema: S) =>
  // The schema only checks the answer; it never changes which data the key stands for.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    // No BSN in the key: it is always the own person, and the cache is cleared at sign-out.
    queryKey: queryKeys.registry(id),
    queryFn: async ({ client, signal }): Promise<z.infer<S>> =>
      apiRequest(zoekOf(id).path, {
        method: 'POST',
        body: { burgerservicenummer: await ownBsn(client) },
        schema,
        signal,
      }) as Promise<z.infer<S>>,
    // Set once or a few times a year; no refetch while the citizen reads the page.
    staleTime: 5 * 60_000,
  });
