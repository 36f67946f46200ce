import { defineRegistry } from '@/lib/registry-definition';
import { uwvQuery, type UwvGegevens } from './api';
import { toUwvView } from './model';

/** Werk en uitkeringen (UWV polisadministratie): by the own BSN, at /mijn-gegevens/werk-en-uitkering. */
export const uwvRegistry = defineRegistry<UwvGegevens, 'uwv'>({
  id: 'uwv',
  query: () => uwvQuery(),
  toView: toUwvView,
});
