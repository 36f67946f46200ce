import type { RegistryDefinition } from '../types';
import { duoQuery, type DuoGegevens } from './api';
import { toDuoView } from './model';

/** Diploma's (DUO): looked up by the own BSN, shown at /mijn-gegevens/diplomas. */
export const duoRegistry: RegistryDefinition<DuoGegevens, 'duo'> = {
  id: 'duo',
  slug: 'diplomas',
  namespace: 'duo',
  byAddress: false,
  query: () => duoQuery(),
  toView: toDuoView,
};
