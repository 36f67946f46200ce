import { fieldKinds, needsRoutePage, remedyRule, type FieldKind, type RemedyRule } from '@/lib/remedies';
import type { RegistryId } from '@/lib/registry-view';
import { steps, type Step } from './field';

/**
 * How a new draft starts, and where a step's back link goes: read by the flow and by the shell's
 * frame of its first step (src/app/ShellFrame.tsx, which loads this module next to the
 * `correcties` texts). One function for both, so the frame shows what the step will show.
 */

/** The rule-table row of the draft's field (src/lib/remedies.ts): remedies, zaaktype, data categories. */
export const ruleOf = (draft: { registry: RegistryId; veld: string; soort?: FieldKind | undefined }): RemedyRule =>
  remedyRule(draft.registry, draft.veld, draft.soort);

/**
 * Where a step's back link goes: the step before it in the flow's order. The first question goes
 * back to the route page when one was shown (more than one route fits), otherwise out of the flow
 * (undefined: the registry page the citizen came from).
 */
export function stepBefore(
  step: Step,
  draft: { registry: RegistryId; veld: string; soort?: FieldKind | undefined },
): Step | 'route' | undefined {
  const index = steps.indexOf(step);
  if (index > 0) return steps[index - 1];
  return needsRoutePage(ruleOf(draft)) ? 'route' : undefined;
}

const isFieldKind = (value: unknown): value is FieldKind => fieldKinds.includes(value as FieldKind);

/** What a new draft takes from the link's state; `label` undefined when the link gave none (a typed URL). */
export type LinkStart = {
  label: string | undefined;
  value: string;
  soort?: FieldKind;
  partij?: string;
  onderwerp?: string;
};

/**
 * The state "Klopt dit niet?" puts on its link (the field's label, value, object and remedy) is
 * a history entry, not ours to trust: only strings of the expected kinds are taken.
 */
export function linkStart(state: unknown): LinkStart {
  const s = (typeof state === 'object' && state !== null ? state : {}) as {
    label?: unknown;
    value?: unknown;
    onderwerp?: unknown;
    remedy?: { kind?: unknown; partij?: unknown } | null;
  };
  const soort = isFieldKind(s.remedy?.kind) ? s.remedy.kind : undefined;
  const partij = typeof s.remedy?.partij === 'string' ? s.remedy.partij.slice(0, 200) : undefined;
  const onderwerp = typeof s.onderwerp === 'string' ? s.onderwerp.slice(0, 200) : undefined;
  return {
    label: typeof s.label === 'string' ? s.label : undefined,
    value: typeof s.value === 'string' ? s.value : '',
    ...(soort ? { soort } : {}),
    ...(partij ? { partij } : {}),
    ...(onderwerp ? { onderwerp } : {}),
  };
}
