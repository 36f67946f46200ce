import { defineRegistry } from '@/lib/registry-definition';
import type duoTexts from '@/i18n/nl/duo.json';
import { duoQuery, type DuoGegevens } from './api';
import { toDuoView } from './model';

// This registry's texts as a typed i18n namespace (src/i18n/resources.ts).
declare module '@/i18n/resources' {
  interface Resources {
    duo: typeof duoTexts;
  }
}

/** Diploma's (DUO): looked up by the own BSN, shown at /mijn-gegevens/diplomas. */
export const duoRegistry = defineRegistry<DuoGegevens, 'duo'>({
  id: 'duo',
  query: () => duoQuery(),
  toView: toDuoView,
});
