import { defineRegistry } from '@/lib/registry-definition';
import { kvkQuery, type KvkGegevens } from './api';
import { toKvkView } from './model';

/** Handelsregister (KVK): by the own BSN, then each registration's basisprofiel; at /mijn-gegevens/handelsregister. */
export const kvkRegistry = defineRegistry<KvkGegevens, 'kvk'>({
  id: 'kvk',
  query: () => kvkQuery(),
  toView: toKvkView,
});
