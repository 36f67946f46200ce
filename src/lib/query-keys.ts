import type { RegistryId } from './registries';

/**
 * The roots of the query cache, in one place: a key is built here, so invalidating "the BRP"
 * or "one registry" names the same array the query was stored under.
 */
export const queryKeys = {
  /**
   * One registry's data about the signed-in person. Widened to `readonly unknown[]` so every
   * registry's options fit RegistryDefinition's common type (a key is contravariant there).
   */
  registry: (id: Exclude<RegistryId, 'brp'>, ...rest: readonly unknown[]): readonly unknown[] => [
    'registries',
    id,
    ...rest,
  ],
  /** Every registry but the BRP (which keeps its own root, 'brp'). */
  registries: () => ['registries'] as const,
  /** The BRP's own root: its persoonslijst is richer than the other registries' data. */
  brp: () => ['brp'] as const,
  /** Everything cached about one registry's data, the BRP included: what goes stale when its holder changes it. */
  registryRoot: (id: RegistryId): readonly unknown[] => (id === 'brp' ? ['brp'] : ['registries', id]),
  /** The berichtenbox's messages. */
  berichtenbox: () => ['berichten', 'box'] as const,
  /** The unread count in the header (src/app/Layout.tsx). */
  ongelezenBerichten: () => ['berichten', 'ongelezen'] as const,
} as const;
