import { anyRegistry, type AnyRegistry } from '@/lib/registry-definition';
import { bagRegistry } from './bag';
import { briRegistry } from './bri';
import { brkRegistry } from './brk';
import { duoRegistry } from './duo';
import { kvkRegistry } from './kvk';
import { rdwRegistry } from './rdw';
import { uwvRegistry } from './uwv';
import { wozRegistry } from './woz';

/** The registries besides the BRP; src/app/registries.ts puts all nine in the overview's order. */
export const registries: readonly AnyRegistry[] = [
  anyRegistry(bagRegistry),
  anyRegistry(brkRegistry),
  anyRegistry(wozRegistry),
  anyRegistry(rdwRegistry),
  anyRegistry(kvkRegistry),
  anyRegistry(briRegistry),
  anyRegistry(uwvRegistry),
  anyRegistry(duoRegistry),
];
