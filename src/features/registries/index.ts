import { isRegistryId } from '@/lib/registries';
import type { AnyRegistry } from '@/lib/registry-definition';

/**
 * The registries besides the BRP; src/app/registries.ts adds the BRP and puts them in the
 * overview's order (src/lib/registries.ts).
 *
 * Each folder here is a plug-in whose index.ts exports `<id>Registry` (made by defineRegistry):
 * a new registry adds its folder and is found, without a line here (issue 18). The glob is
 * eager, so these are ordinary static imports in the bundle.
 */
const modules = import.meta.glob<Record<string, unknown>>('./*/index.ts', { eager: true });

export const registries: readonly AnyRegistry[] = Object.entries(modules).map(([file, exports]) => {
  const id = /^\.\/([a-z]+)\/index\.ts$/.exec(file)?.[1];
  const definition = exports[`${id}Registry`] as AnyRegistry | undefined;
  if (!isRegistryId(id) || definition?.id !== id) {
    throw new Error(`${file} must export ${id}Registry = defineRegistry({ id: '${id}', … })`);
  }
  // The data type is erased as anyRegistry() does: a definition's data only ever flows from its
  // own query into its own toView.
  return definition;
});
