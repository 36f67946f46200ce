import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { correctiePath, registryPath } from '@/config/paths';
import type { RegistryId } from '@/lib/registries';
import { gegevenNaam, type Step } from '../../model/field';

/** The field a request is about, as far as the top of a step shows it. */
export type StepField = {
  registry: RegistryId;
  veld: string;
  label: string;
  onderwerp?: string | undefined;
  huidigeWaarde: string;
};

/** Which field this is about and what is registered now: above every question and the route page. */
export function GegevenBox({ draft }: { draft: StepField }) {
  const { t } = useTranslation('correcties');
  return (
    <div className="mg-correctie-veld">
      <span className="mg-correctie-veld__label">{t('gegeven', { label: gegevenNaam(draft) })}</span>
      {draft.huidigeWaarde ? (
        <span className="mg-correctie-veld__waarde">{t('nuGeregistreerd', { waarde: draft.huidigeWaarde })}</span>
      ) : null}
    </div>
  );
}

/**
 * Under a step's heading: the way back (the step before, or out of the flow) and the field box.
 * The step draws it (StepPage), and so does the shell's frame of the first step while the flow's
 * code loads (src/app/ShellFrame.tsx): one component, so the step replaces the frame unchanged.
 * It needs no zod and no rule table; `before` is worked out by the caller (model/start.ts).
 */
export function StepTop({ draft, before }: { draft: StepField; before: Step | 'route' | undefined }) {
  const { t } = useTranslation('correcties');
  return (
    <>
      <p className="utrecht-paragraph">
        <Link
          className="utrecht-link mg-back-link"
          to={before ? correctiePath(draft.registry, draft.veld, before) : registryPath(draft.registry)}
        >
          {before ? t('terug') : t('terugNaarGegeven')}
        </Link>
      </p>
      <GegevenBox draft={draft} />
    </>
  );
}
