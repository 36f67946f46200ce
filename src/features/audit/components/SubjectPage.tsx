import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Page } from '@/components/Page';
import { paths } from '@/config/paths';
import { auditQueries, revealSubject } from '../api/audit';
import { formatDateTime, formatNumber } from '../model/format';

/** One data subject under pseudonym: the timeline, and revealing the identity with a written reason. */
export function SubjectPage() {
  const { t, i18n } = useTranslation('audit');
  const pseudoniem = useParams().pseudoniem ?? '';
  const lang = i18n.language;
  const timeline = useInfiniteQuery(auditQueries.records({ pseudoniem }, 'tijd'));
  const records = timeline.data?.pages.flatMap((p) => p.records) ?? [];
  const total = timeline.data?.pages[0]?.totaal ?? 0;

  return (
    <Page title={t('subject.title', { pseudoniem })} lead={t('subject.lead')}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={paths.auditor}>
          {t('subject.back')}
        </Link>
      </p>
      <RevealForm pseudoniem={pseudoniem} />
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
                    {r.activiteit.naam} ({t(`uitvoering.${r.uitvoering}`)}){!r.activiteit.inRegister ? <span className="mg-audit-tag mg-audit-tag--warn"> {t('notInRegister')}</span> : null}
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
              <Button onClick={() => void timeline.fetchNextPage()} disabled={timeline.isFetchingNextPage} busy={timeline.isFetchingNextPage}>
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
    </Page>
  );
}

function RevealForm({ pseudoniem }: { pseudoniem: string }) {
  const { t } = useTranslation('audit');
  const queryClient = useQueryClient();
  const id = useId();
  const [reden, setReden] = useState('');
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (text: string) => revealSubject(pseudoniem, text),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: auditQueries.trail().queryKey }),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = reden.trim();
    if (text.length < 20) {
      setError(t('subject.reasonTooShort', { count: text.length }));
      return;
    }
    if (text.length > 1000) {
      setError(t('subject.reasonTooLong'));
      return;
    }
    setError(null);
    mutation.mutate(text);
  };

  return (
    <section aria-labelledby={`${id}-h`} className="mg-section">
      <h2 id={`${id}-h`} className="utrecht-heading-2">
        {t('subject.revealHeading')}
      </h2>
      {mutation.data ? (
        <Alert type="warning" heading={t('subject.revealed')} headingLevel={3} role="status">
          <dl className="mg-field-list">
            <dt>{t('subject.idType')}</dt>
            <dd>{mutation.data.identificatieType === 'BSN' ? 'BSN' : t('subject.synthetic')}</dd>
            <dt>{t('subject.id')}</dt>
            <dd>{mutation.data.identificatie}</dd>
            {mutation.data.naam ? (
              <>
                <dt>{t('subject.name')}</dt>
                <dd>{mutation.data.naam}</dd>
              </>
            ) : null}
          </dl>
        </Alert>
      ) : (
        <form onSubmit={onSubmit} noValidate className="mg-form">
          <p className="utrecht-paragraph">{t('subject.revealIntro')}</p>
          <div className={`utrecht-form-field ${error ? 'utrecht-form-field--invalid' : ''}`}>
            <label className="utrecht-form-label" htmlFor={`${id}-reden`}>
              {t('subject.reasonLabel')}
            </label>
            <div className="utrecht-form-field-description" id={`${id}-hint`}>
              {t('subject.reasonHint')}
            </div>
            {error ? (
              <div className="utrecht-form-field-error-message" id={`${id}-error`} role="alert">
                {error}
              </div>
            ) : null}
            <textarea
              id={`${id}-reden`}
              className="utrecht-textarea"
              rows={3}
              cols={40}
              maxLength={1000}
              value={reden}
              onChange={(e) => setReden(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
            />
          </div>
          {mutation.isError ? (
            <Alert type="error" role="alert">
              <p className="utrecht-paragraph">{t('subject.revealFailed')}</p>
            </Alert>
          ) : null}
          <Button type="submit" appearance="primary" disabled={mutation.isPending} busy={mutation.isPending}>
            {mutation.isPending ? t('subject.revealing') : t('subject.reveal')}
          </Button>
        </form>
      )}
    </section>
  );
}
