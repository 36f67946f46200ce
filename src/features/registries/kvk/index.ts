import type { RegistryDefinition } from '../types';
import { kvkQuery, type KvkGegevens } from './api';
import { toKvkView } from './model';

/** Handelsregister (KVK): by the own BSN, then each registration's basisprofiel; at /mijn-gegevens/handelsregister. */
export const kvkRegistry: RegistryDefinition<KvkGegevens, 'kvk'> = {
  id: 'kvk',
  slug: 'handelsregister',
  namespace: 'kvk',
  byAddress: false,
  query: () => kvkQuery(),
  toView: toKvkView,
};
