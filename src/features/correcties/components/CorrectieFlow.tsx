import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { Page } from '@/components/Page';
import { correctiePath, paths, verzoekPath } from '@/config/paths';
import { registryIds, type RegistryId } from '@/lib/registry-view';
import { removeEvidence } from '../api/upload';
import {
  firstOpenStep,
  linkStart,
  loadDraft,
  newDraft,
  removeDraft,
  saveDraft,
  steps,
  type Draft,
  type Step,
} from '../model/draft';
import { RoutePage } from './RoutePage';
import { BeperkingStep } from './steps/BeperkingStep';
import { BevestigingStep } from './steps/BevestigingStep';
import { BewijsStep } from './steps/BewijsStep';
import { ControlerenStep } from './steps/ControlerenStep';
import type { StepProps } from './steps/StepPage';
import { ToelichtingStep } from './steps/ToelichtingStep';
import { WaardeStep } from './steps/WaardeStep';
import { WatStep } from './steps/WatStep';
import '../correcties.css';
import { BackToOverview } from '@/components/BackToOverview';

/**
 * The correction flow: which step a URL shows, in which order, and the draft they all read and
 * write. Each step is its own file in steps/ (its questions on `useStepForm` and `StepPage`).
 */
const STEP_COMPONENTS: Record<Step, (props: StepProps) => ReactNode> = {
  wat: WatStep,
  waarde: WaardeStep,
  toelichting: ToelichtingStep,
  bewijs: BewijsStep,
  beperking: BeperkingStep,
  controleren: ControlerenStep,
};

/** The flow: `/correctie/:registry/:veld/:stap`. The draft is the single source of truth. */
export function CorrectieFlow() {
  const { registry = '', veld: rawVeld = '', stap } = useParams();
  const registryId = registryIds.find((id) => id === registry);
  const veld = decodeURIComponent(rawVeld);
  if (!registryId || !veld || veld.length > 200) return <NotFoundText />;
  return <Flow key={`${registryId}:${veld}`} registry={registryId} veld={veld} stap={stap} />;
}

function NotFoundText() {
  const { t } = useTranslation('correcties');
  return (
    <Page title={t('onbekend.titel')}>
      <p className="utrecht-paragraph">{t('onbekend.tekst')}</p>
      <BackToOverview label={t('bevestiging.terugNaarGegevens')} />
    </Page>
  );
}

function Flow({ registry, veld, stap }: { registry: RegistryId; veld: string; stap: string | undefined }) {
  const location = useLocation();
  const { t, i18n } = useTranslation('correcties');
  const { t: tCommon } = useTranslation('common');
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(() => {
    const start = linkStart(location.state);
    const existing = loadDraft(registry, veld);
    // A finished request stays readable on its confirmation page; a new link ("Klopt dit niet?",
    // which carries the field's label) starts anew. Browser Back into a sent request is handled below.
    if (existing && !(existing.done && stap !== 'bevestiging')) return existing;
    if (existing?.done && start.label === undefined) return existing;
    // Opened by a typed URL or a bookmark, without the link's label: never the field's code on the page (issue 19).
    const {
      label = t('onbekendGegeven', { registratie: tCommon(`registries.${registry}.name`) }),
      value,
      ...remedy
    } = start;
    return newDraft(registry, veld, label, value, { ...remedy, taal: i18n.language.startsWith('en') ? 'en' : 'nl' });
  });
  useEffect(() => saveDraft(draft), [draft]);

  const update = useCallback((patch: Partial<Draft>) => {
    setDraft((current) => {
      const next = { ...current, ...patch };
      saveDraft(next);
      return next;
    });
  }, []);

  const back = new URLSearchParams(location.search).get('terug');
  const index = steps.indexOf(stap as Step);
  const next = useCallback(() => {
    const after = back === 'controleren' ? 'controleren' : steps[index + 1];
    void navigate(correctiePath(registry, veld, after));
  }, [back, index, navigate, registry, veld]);

  if (stap === 'bevestiging') return <BevestigingStep draft={draft} />;
  // Back (or a bookmark) into a request that was already sent: go to that request, never to an
  // empty flow titled with the field's code (issue 19).
  // (On the check page the request has just been sent: that page moves on to the confirmation.)
  if (draft.done && stap !== 'controleren') {
    const first = draft.submitted[0];
    return <Navigate to={first ? verzoekPath(first.uuid) : paths.mijnVerzoeken} replace />;
  }
  // Which route fits (src/lib/remedies.ts): before any question, when more than one does.
  if (stap === 'route') return <RoutePage draft={draft} />;
  if (index < 0) return <Navigate to={correctiePath(registry, veld, 'wat')} replace />;
  // No skipping ahead: a step whose earlier answers are missing goes back to the first open one.
  const open = firstOpenStep(draft);
  if (index > steps.indexOf(open) && !(open === 'bewijs' && stap === 'beperking')) {
    return <Navigate to={correctiePath(registry, veld, open)} replace />;
  }
  const StepComponent = STEP_COMPONENTS[steps[index] ?? 'wat'];
  const restart = () => {
    for (const doc of draft.documenten) void removeEvidence(doc.url).catch(() => undefined);
    removeDraft(registry, veld);
    setDraft(
      newDraft(registry, veld, draft.label, draft.huidigeWaarde, {
        ...(draft.soort ? { soort: draft.soort } : {}),
        ...(draft.partij ? { partij: draft.partij } : {}),
        ...(draft.onderwerp ? { onderwerp: draft.onderwerp } : {}),
        ...(draft.taal ? { taal: draft.taal } : {}),
      }),
    );
  };
  // A new draft (start again) is a new form: keyed by the request's own key.
  return <StepComponent key={draft.verzoekKenmerk} draft={draft} update={update} next={next} restart={restart} />;
}
