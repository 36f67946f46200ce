import type { RegistryId } from '@/lib/registries';

/**
 * The parts of the draft model that the shell's frame of the flow's first step needs
 * (src/app/ShellFrame.tsx): the steps, where a draft is kept and how a field is named. No zod
 * and no rule table here, so the first load carries only these few lines (issue 16);
 * draft.ts re-exports them for the flow.
 */

/** Steps of the flow, in order; the URL segment of each. */
export const steps = ['wat', 'waarde', 'toelichting', 'bewijs', 'beperking', 'controleren'] as const;
export type Step = (typeof steps)[number];

export const STORAGE_PREFIX = 'mg-correctie:';

export const storageKey = (registry: RegistryId, veld: string) => `${STORAGE_PREFIX}${registry}:${veld}`;

/** sessionStorage, or undefined where there is none or it may not be read. */
export function draftStorage(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * Whether anything is kept under this field's key. Not whether it is a usable draft: only the
 * draft model can tell (its schema, its owner); the frame draws nothing of the field then.
 */
export function hasStoredDraft(registry: RegistryId, veld: string): boolean {
  try {
    return draftStorage()?.getItem(storageKey(registry, veld)) != null;
  } catch {
    return false;
  }
}

/** The field as people read it: its object and its label ("AB-123-C – Volkswagen Golf: APK-vervaldatum"). */
export function gegevenNaam(draft: { label: string; onderwerp?: string | undefined }): string {
  return draft.onderwerp ? `${draft.onderwerp}: ${draft.label}` : draft.label;
}
