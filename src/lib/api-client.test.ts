import { describe, expectTypeOf, it } from 'vitest';
import type { components as Audit } from '@/generated/audit';
import type { components as Berichten } from '@/generated/berichten';
import type { components as Bri } from '@/generated/bri';
import type { components as Duo } from '@/generated/duo';
import type { components as Kvk } from '@/generated/kvk-inschrijvingen';
import type { components as Meldingen } from '@/generated/meldingen';
import type { components as Rdw } from '@/generated/rdw';
import type { components as Session } from '@/generated/session';
import type { components as Uwv } from '@/generated/uwv';
import type { components as Vertegenwoordiging } from '@/generated/vertegenwoordiging';
import type { ReadsFrom } from './contract-agreement';
import type { Problem } from './api-client';

/** Every problem+json answer of our own contracts. */
type Probleem =
  | Audit['schemas']['Probleem']
  | Berichten['schemas']['Probleem']
  | Bri['schemas']['Probleem']
  | Duo['schemas']['Probleem']
  | Kvk['schemas']['Probleem']
  | Meldingen['schemas']['Probleem']
  | Rdw['schemas']['Probleem']
  | Session['schemas']['Probleem']
  | Uwv['schemas']['Probleem']
  | Vertegenwoordiging['schemas']['Probleem'];

describe('problem+json contract agreement (compile time)', () => {
  it('reads only what the contracts describe of a problem, and takes every one of them', () => {
    expectTypeOf<ReadsFrom<Problem, Probleem>>().toEqualTypeOf<true>();
  });
});
