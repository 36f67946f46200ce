import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Button } from '@/components/Button';
import { Page } from '@/components/Page';
import { registryPath } from '@/config/paths';
import { removeEvidence } from '../../api/upload';
import { removeDraft, stepBefore, steps, type Draft } from '../../model/draft';
import { ErrorSummary, type Issue } from '../fields';
import { StepTop } from './StepTop';

/** What the flow gives every step. */
export type StepProps = {
  draft: Draft;
  update: (patch: Partial<Draft>) => void;
  next: () => void;
  /** Throw the answers away and start this request again (the first step offers it). */
  restart?: () => void;
};

/**
 * The page around a question: its title, "Stap x van y", the way back (the step before it in the
 * flow's order, or out of the flow from the first), which field this is about, and "Stoppen".
 */
export function StepPage({ title, draft, children }: { title: string; draft: Draft; children: ReactNode }) {
  const { t } = useTranslation('correcties');
  const { stap } = useParams();
  const step = steps.find((s) => s === stap);
  const number = step ? steps.indexOf(step) + 1 : 0;
  const before = step ? stepBefore(step, draft) : undefined;
  return (
    <Page title={title} {...(number > 0 ? { caption: t('stapVan', { stap: number, totaal: steps.length }) } : {})}>
      <StepTop draft={draft} before={before} />
      {children}
      <Stoppen draft={draft} />
    </Page>
  );
}

/**
 * A question's form: the error summary above it, the fields, and "Verder" (or the step's own
 * button). Without `summary` the step shows the summary itself (higher up the page).
 */
export function StepForm({
  summary,
  onSubmit,
  children,
  submit,
}: {
  summary?: { title: string; issues: Issue[]; summaryRef: React.Ref<HTMLDivElement> } | undefined;
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
  submit?: ReactNode;
}) {
  return (
    <>
      {summary ? <ErrorSummary {...summary} /> : null}
      <form noValidate className="mg-form" onSubmit={onSubmit}>
        {children}
        {submit ?? <Continue />}
      </form>
    </>
  );
}

export function Continue({ busy = false }: { busy?: boolean }) {
  const { t } = useTranslation('correcties');
  return (
    <Button type="submit" appearance="primary" busy={busy} disabled={busy}>
      {t('verder')}
    </Button>
  );
}

/**
 * "Stoppen" (issue 19): leave the flow, choosing to keep the answers for later (the draft stays,
 * bound to this sign-in, and the first step offers to continue) or to throw them away (the draft
 * and any evidence already uploaded are removed). Until sign-out either way: drafts never outlive it.
 */
function Stoppen({ draft }: { draft: Draft }) {
  const { t } = useTranslation('correcties');
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const questionRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
  }, [asking]);
  const leave = () => void navigate(registryPath(draft.registry));
  if (!asking) {
    return (
      <p className="utrecht-paragraph mg-stoppen">
        <Button appearance="subtle" onClick={() => setAsking(true)}>
          {t('stoppen.knop')}
        </Button>
      </p>
    );
  }
  return (
    <section className="mg-section mg-stoppen" aria-labelledby="stoppen-vraag">
      <h2 id="stoppen-vraag" ref={questionRef} tabIndex={-1} className="utrecht-heading-3">
        {t('stoppen.vraag')}
      </h2>
      <p className="utrecht-paragraph">{t('stoppen.uitleg')}</p>
      <div className="mg-button-row">
        <Button appearance="primary" onClick={leave}>
          {t('stoppen.bewaren')}
        </Button>{' '}
        <Button
          onClick={() => {
            removeDraft(draft.registry, draft.veld);
            // Not left behind on the server; if this fails, the gateway sweeps unlinked uploads after a day.
            for (const doc of draft.documenten) void removeEvidence(doc.url).catch(() => undefined);
            leave();
          }}
        >
          {t('stoppen.weggooien')}
        </Button>{' '}
        <Button appearance="subtle" onClick={() => setAsking(false)}>
          {t('stoppen.doorgaan')}
        </Button>
      </div>
    </section>
  );
}
