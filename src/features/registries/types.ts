import type { RegistryId } from '@/lib/registries';

export type { AddressDeps, MapperContext } from '@/lib/registry-definition';

/** The registries this folder holds: all but the BRP (src/features/brp). */
export type RegistryNamespace = Exclude<RegistryId, 'brp'>;
