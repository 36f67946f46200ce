import type { RegistryDefinition } from '../types';
import { uwvQuery, type UwvGegevens } from './api';
import { toUwvView } from './model';

/** Werk en uitkeringen (UWV polisadministratie): by the own BSN, at /mijn-gegevens/werk-en-uitkering. */
export const uwvRegistry: RegistryDefinition<UwvGegevens, 'uwv'> = {
  id: 'uwv',
  slug: 'werk-en-uitkering',
  namespace: 'uwv',
  byAddress: false,
  query: () => uwvQuery(),
  toView: toUwvView,
};
