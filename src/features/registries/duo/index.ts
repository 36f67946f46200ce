import { defineRegistry } from '@/lib/registry-definition';
import { duoQuery, type DuoGegevens } from './api';
import { toDuoView } from './model';

/** Diploma's (DUO): looked up by the own BSN, shown at /mijn-gegevens/diplomas. */
export const duoRegistry = defineRegistry<DuoGegevens, 'duo'>({
  id: 'duo',
  query: () => duoQuery(),
  toView: toDuoView,
});
