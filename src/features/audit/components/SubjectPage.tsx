import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Page } from '@/components/Page';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api-client';
import {
  auditQueries,
  decideReveal,
  isOutsideRemit,
  revealSubject,
  showApprovedReveal,
  type Onthulling,
  type Onthullingsverzoek,
} from '../api/audit';
import { formatDateTime, formatNumber } from '../model/format';
import { checkReason, isReasonCode, type ReasonCode } from '../model/reason';

/** One data subject under pseudonym: the timeline (within the remit), and revealing the identity with a visible reason. */
export function SubjectPage() {
  const { t, i18n } = useTranslation('audit');
  const pseudoniem = useParams().pseudoniem ?? '';
  const lang = i18n.language;
  const timeline = useInfiniteQuery(auditQueries.records({ pseudoniem }, 'tijd'));
  const records = timeline.data?.pages.flatMap((p) => p.records) ?? [];
  const total = timeline.data?.pages[0]?.totaal ?? 0;
  const outside = isOutsideRemit(timeline.error);

  return (
    <Page title={t('subject.title', { pseudoniem })} lead={t('subject.lead')}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={paths.auditor}>
          {t('subject.back')}
        </Link>
      </p>
      {outside ? (
        <Alert type="warning" role="status">
          <p className="utrecht-paragraph">{t('remit.outsideSubject')}</p>
        </Alert>
      ) : (
        <RevealPanel pseudoniem={pseudoniem} />
      )}
      {outside ? null : (
        <section aria-labelledby="timeline-heading" className="mg-section">
          <h2 id="timeline-heading" className="utrecht-heading-2">
            {t('subject.timeline')}
          </h2>
          {timeline.data ? (
            <>
              <p className="utrecht-paragraph">{t('search.total', { aantal: formatNumber(total, lang) })}</p>
              <ol className="mg-audit-anomalies">
                {records.map((r) => (
                  <li key={r.id} className="mg-audit-anomaly">
                    <p className="utrecht-paragraph">
                      <strong>{formatDateTime(r.tijd, lang)}</strong> — {r.organisatie.naam}
                    </p>
                    <p className="utrecht-paragraph">
                      <span lang="nl">{r.activiteit.naam}</span> ({t(`uitvoering.${r.uitvoering}`)})
                      {!r.activiteit.inRegister ? (
                        <span className="mg-audit-tag mg-audit-tag--warn"> {t('notInRegister')}</span>
                      ) : null}
                      {r.vertrouwelijk ? <span className="mg-audit-tag"> {t('confidential')}</span> : null}
                    </p>
                    <p className="utrecht-paragraph mg-audit-wrap">{r.categorieen.join(', ')}</p>
                    {r.anomalieen.length ? (
                      <p className="utrecht-paragraph">
                        {r.anomalieen.map((a) => (
                          <span key={a} className="mg-audit-tag mg-audit-tag--warn">
                            {t(`afwijkingen.${a}`)}
                          </span>
                        ))}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ol>
              {timeline.hasNextPage ? (
                <Button
                  onClick={() => void timeline.fetchNextPage()}
                  disabled={timeline.isFetchingNextPage}
                  busy={timeline.isFetchingNextPage}
                >
                  {timeline.isFetchingNextPage ? t('search.loadingMore') : t('search.loadMore')}
                </Button>
              ) : null}
            </>
          ) : timeline.isError ? (
            <ErrorState error={timeline.error} onRetry={() => void timeline.refetch()} />
          ) : (
            <LoadingState />
          )}
        </section>
      )}
    </Page>
  );
}

/**
 * Revealing, in every state: a colleague's four-eyes request to decide on, the auditor's own
 * request (waiting, approved, rejected), the identity once shown, or the form.
 */
function RevealPanel({ pseudoniem }: { pseudoniem: string }) {
  const { t } = useTranslation('audit');
  const id = useId();
  const remit = useQuery(auditQueries.bevoegdheid());
  const requests = useQuery(auditQueries.onthullingen());
  const [shown, setShown] = useState<Onthulling | null>(null);
  const me = remit.data?.auditor.id;
  const forSubject = (requests.data?.verzoeken ?? []).filter((v) => v.pseudoniem === pseudoniem);
  const mine = forSubject.find((v) => v.aangevraagdDoor.id === me);
  // Colleagues' requests still open, and those this auditor decided (so the outcome stays in view).
  const toDecide = forSubject.filter(
    (v) => v.aangevraagdDoor.id !== me && (v.status === 'wacht' || v.beoordeeldDoor?.id === me),
  );

  return (
    <section aria-labelledby={`${id}-h`} className="mg-section">
      <h2 id={`${id}-h`} className="utrecht-heading-2">
        {t('subject.revealHeading')}
      </h2>
      {toDecide.map((v) => (
        <DecidePanel key={v.id} verzoek={v} />
      ))}
      {shown ? (
        <Identity onthulling={shown} />
      ) : mine?.status === 'wacht' ? (
        <Alert type="warning" heading={t('subject.pendingHeading')} headingLevel={3} role="status">
          <p className="utrecht-paragraph">{t('subject.pending')}</p>
          <p className="utrecht-paragraph mg-audit-wrap">
            {t('subject.yourReason', { reden: '' })}
            <bdi>{mine.reden}</bdi>
          </p>
        </Alert>
      ) : mine?.status === 'goedgekeurd' ? (
        <ShowApproved verzoek={mine} onShown={setShown} />
      ) : (
        <>
          {mine?.status === 'afgewezen' ? (
            <Alert type="info" role="status">
              <p className="utrecht-paragraph">{t('subject.rejected', { naam: mine.beoordeeldDoor?.naam ?? '' })}</p>
            </Alert>
          ) : null}
          <RevealForm pseudoniem={pseudoniem} onShown={setShown} />
        </>
      )}
    </section>
  );
}

function Identity({ onthulling }: { onthulling: Onthulling }) {
  const { t } = useTranslation('audit');
  return (
    <Alert type="warning" heading={t('subject.revealed')} headingLevel={3} role="status">
      <dl className="mg-field-list">
        <dt>{t('subject.idType')}</dt>
        <dd>{onthulling.identificatieType === 'BSN' ? 'BSN' : t('subject.synthetic')}</dd>
        <dt>{t('subject.id')}</dt>
        <dd>{onthulling.identificatie}</dd>
        {onthulling.naam ? (
          <>
            <dt>{t('subject.name')}</dt>
            <dd>{onthulling.naam}</dd>
          </>
        ) : null}
      </dl>
    </Alert>
  );
}

type FormError = { kind: 'reason'; code: ReasonCode; count: number } | { kind: 'outside' } | { kind: 'failed' };

function RevealForm({ pseudoniem, onShown }: { pseudoniem: string; onShown: (o: Onthulling) => void }) {
  const { t } = useTranslation('audit');
  const queryClient = useQueryClient();
  const id = useId();
  const [reden, setReden] = useState('');
  const [error, setError] = useState<FormError | null>(null);
  const mutation = useMutation({
    mutationFn: (text: string) => revealSubject(pseudoniem, text),
    onSuccess: (result) => {
      if (result.kind === 'onthulling') onShown(result.onthulling);
      else {
        const verzoek = result.verzoek;
        queryClient.setQueryData(auditQueries.onthullingen().queryKey, (old) => ({
          verzoeken: [verzoek, ...(old?.verzoeken ?? []).filter((v) => v.id !== verzoek.id)],
        }));
      }
    },
    onError: (e) => {
      const code = e instanceof ApiError ? e.problem?.invalidParams?.[0]?.code : undefined;
      if (e instanceof ApiError && e.status === 400 && isReasonCode(code))
        setError({ kind: 'reason', code, count: checkReason(reden).visible });
      else if (isOutsideRemit(e)) setError({ kind: 'outside' });
      else setError({ kind: 'failed' });
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: auditQueries.trail().queryKey });
      void queryClient.invalidateQueries({ queryKey: auditQueries.onthullingen().queryKey });
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const check = checkReason(reden);
    if (!check.ok) {
      setError({ kind: 'reason', code: check.code, count: check.visible });
      return;
    }
    setError(null);
    mutation.mutate(check.text);
  };
  const fieldError = error?.kind === 'reason' ? t(`subject.reasonErrors.${error.code}`, { count: error.count }) : null;

  return (
    <form onSubmit={onSubmit} noValidate className="mg-form">
      <p className="utrecht-paragraph">{t('subject.revealIntro')}</p>
      <div className={`utrecht-form-field ${fieldError ? 'utrecht-form-field--invalid' : ''}`}>
        <label className="utrecht-form-label" htmlFor={`${id}-reden`}>
          {t('subject.reasonLabel')}
        </label>
        <div className="utrecht-form-field-description" id={`${id}-hint`}>
          {t('subject.reasonHint')}
        </div>
        {fieldError ? (
          <div className="utrecht-form-field-error-message" id={`${id}-error`} role="alert">
            {fieldError}
          </div>
        ) : null}
        <textarea
          id={`${id}-reden`}
          className="utrecht-textarea"
          rows={3}
          cols={40}
          value={reden}
          onChange={(e) => setReden(e.target.value)}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? `${id}-hint ${id}-error` : `${id}-hint`}
        />
      </div>
      {error?.kind === 'outside' ? (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">{t('subject.outside')}</p>
        </Alert>
      ) : null}
      {error?.kind === 'failed' ? (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">{t('subject.revealFailed')}</p>
        </Alert>
      ) : null}
      <Button type="submit" appearance="primary" disabled={mutation.isPending} busy={mutation.isPending}>
        {mutation.isPending ? t('subject.revealing') : t('subject.reveal')}
      </Button>
    </form>
  );
}

/** The auditor's own approved request: showing the identity is the reveal (and is logged). */
function ShowApproved({ verzoek, onShown }: { verzoek: Onthullingsverzoek; onShown: (o: Onthulling) => void }) {
  const { t } = useTranslation('audit');
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => showApprovedReveal(verzoek.id),
    onSuccess: onShown,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: auditQueries.trail().queryKey }),
  });
  return (
    <Alert type="ok" heading={t('subject.approvedHeading')} headingLevel={3}>
      <p className="utrecht-paragraph">{t('subject.approved', { naam: verzoek.beoordeeldDoor?.naam ?? '' })}</p>
      {mutation.isError ? (
        <p className="utrecht-paragraph" role="alert">
          {t('subject.revealFailed')}
        </p>
      ) : null}
      <Button
        appearance="primary"
        onClick={() => mutation.mutate()}
        disabled={mutation.isPending}
        busy={mutation.isPending}
      >
        {mutation.isPending ? t('subject.revealing') : t('subject.reveal')}
      </Button>
    </Alert>
  );
}

/** A colleague's four-eyes request: approve or reject (the gateway refuses your own). */
export function DecidePanel({ verzoek }: { verzoek: Onthullingsverzoek }) {
  const { t } = useTranslation('audit');
  const queryClient = useQueryClient();
  const id = useId();
  const mutation = useMutation({
    mutationFn: (besluit: 'goedkeuren' | 'afwijzen') => decideReveal(verzoek.id, besluit),
    onSuccess: (updated) => {
      queryClient.setQueryData(auditQueries.onthullingen().queryKey, (old) => ({
        verzoeken: (old?.verzoeken ?? []).map((v) => (v.id === updated.id ? updated : v)),
      }));
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: auditQueries.trail().queryKey }),
  });
  return (
    <div className="mg-audit-request" role="group" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="utrecht-heading-3">
        {t('subject.decideHeading')}
      </h3>
      <p className="utrecht-paragraph">{t('subject.decideIntro', { naam: verzoek.aangevraagdDoor.naam })}</p>
      <p className="utrecht-paragraph mg-audit-wrap">
        {t('trail.reden', { reden: '' })}
        <bdi>{verzoek.reden}</bdi>
      </p>
      {verzoek.status !== 'wacht' ? (
        <p className="utrecht-paragraph" role="status">
          {t('subject.decided', { besluit: t(`subject.besluiten.${verzoek.status}`) })}
        </p>
      ) : (
        <div className="mg-audit-actions">
          <Button appearance="primary" onClick={() => mutation.mutate('goedkeuren')} disabled={mutation.isPending}>
            {t('subject.approve')}
          </Button>
          <Button onClick={() => mutation.mutate('afwijzen')} disabled={mutation.isPending}>
            {t('subject.reject')}
          </Button>
        </div>
      )}
      {mutation.isError ? (
        <p className="utrecht-paragraph" role="alert">
          {t('subject.decideFailed')}
        </p>
      ) : null}
    </div>
  );
}
