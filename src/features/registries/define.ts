import { registryFacts } from '@/lib/registries';
import type { RegistryDefinition, RegistryNamespace, RegistryPlugin } from './types';

/**
 * A registry's plug-in (query + mapper, from its folder) joined with the facts every layer
 * shares (src/lib/registries.ts), so the slug or the dependency on the BRP is written once.
 */
export function defineRegistry<TData, NS extends RegistryNamespace>(
  plugin: RegistryPlugin<TData, NS>,
): RegistryDefinition<TData, NS> {
  const facts = registryFacts[plugin.id];
  return { ...facts, ...plugin, namespace: plugin.id, byAddress: facts.dependsOn.includes('brp') };
}
