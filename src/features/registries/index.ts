import { registryBySlug } from '@/lib/registries';
import { bagRegistry } from './bag';
import { briRegistry } from './bri';
import { brkRegistry } from './brk';
import { duoRegistry } from './duo';
import { kvkRegistry } from './kvk';
import { rdwRegistry } from './rdw';
import type { RegistryDefinition, RegistryNamespace } from './types';
import { uwvRegistry } from './uwv';
import { wozRegistry } from './woz';

export type { AddressDeps, RegistryDefinition } from './types';

/** A registry with its data type erased, so different registries fit in one list. */
export type AnyRegistry = RegistryDefinition<unknown>;

/**
 * The one cast: safe because a definition's data only ever flows from its own `query` into
 * its own `toView`, never across registries.
 */
const erase = <T, NS extends RegistryNamespace>(definition: RegistryDefinition<T, NS>): AnyRegistry =>
  definition as unknown as AnyRegistry;

/** The registries besides the BRP, in the order the overview shows them. */
export const registries: readonly AnyRegistry[] = [
  erase(bagRegistry),
  erase(brkRegistry),
  erase(wozRegistry),
  erase(rdwRegistry),
  erase(kvkRegistry),
  erase(briRegistry),
  erase(uwvRegistry),
  erase(duoRegistry),
];

export const findRegistryBySlug = (slug: string) => {
  const id = registryBySlug(slug);
  return registries.find((registry) => registry.id === id);
};
