import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Page } from '@/components/Page';
import { auditorSubjectPath } from '@/config/paths';
import { auditQueries, exportTrail } from '../api/audit';
import { formatDateTime, formatNumber } from '../model/format';
import type auditNl from '@/i18n/nl/audit.json';

type Audit = typeof auditNl;
/** Filters whose values are codes with a label in the audit namespace (key → its group of labels). */
const CODE_LABELS = {
  grondslag: 'grondslagen',
  uitvoering: 'uitvoering',
  anomalie: 'afwijkingen',
} as const satisfies Record<string, keyof Audit>;
type CodeGroup = (typeof CODE_LABELS)[keyof typeof CODE_LABELS];
/** The keys a stored search can name: a filter's label, or a code's label within its group. */
type FilterKey = `filters.${keyof Audit['filters'] & string}`;
type CodeKey = { [G in CodeGroup]: `${G}.${keyof Audit[G] & string}` }[CodeGroup];
const CODE_GROUPS = new Map<string, CodeGroup>(Object.entries(CODE_LABELS));

/**
 * Who watches the watchers: every search, export, request and reveal of the auditor's own
 * body and the bodies it supervises. Read-only (the gateway offers no way to change it),
 * exportable, and the place where four-eyes requests are listed.
 */
export function TrailPage() {
  const { t, i18n } = useTranslation('audit');
  const trail = useQuery({ ...auditQueries.trail(), refetchOnMount: 'always' });
  const catalogus = useQuery(auditQueries.catalogus());
  const lang = i18n.language;
  // The trail stores the search as asked (ids and codes); people read names and words (issue 19).
  const names = new Map<string, string>([
    ...(catalogus.data?.organisaties ?? []).map((o) => [`organisatie:${o.id}`, o.naam] as const),
    ...(catalogus.data?.activiteiten ?? []).map((a) => [`activiteit:${a.id}`, a.naam] as const),
  ]);
  // A stored search names filters and codes as data: a key is used only when the namespace has it
  // (checked, not cast), else the raw name or code is shown.
  const known = <K extends string>(key: string): key is K => i18n.exists(key, { ns: 'audit' });
  const filterText = (key: string, value: string): string => {
    const group = CODE_GROUPS.get(key);
    const codeKey = group ? `${group}.${value}` : '';
    const shown = names.get(`${key}:${value}`) ?? (known<CodeKey>(codeKey) ? t(codeKey) : value);
    const filterKey = `filters.${key}`;
    return `${known<FilterKey>(filterKey) ? t(filterKey) : key}: ${shown}`;
  };
  return (
    <Page title={t('trail.title')} lead={t('trail.lead')}>
      <TrailExport />
      <Requests />
      <section aria-labelledby="trail-heading" className="mg-section">
        <h2 id="trail-heading" className="utrecht-heading-2">
          {t('trail.actionsHeading')}
        </h2>
        {trail.data ? (
          trail.data.acties.length ? (
            <div className="mg-table-wrap">
              <table className="mg-table mg-table--stack">
                <caption className="mg-table__caption">{t('trail.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('trail.tijd')}</th>
                    <th scope="col">{t('trail.auditor')}</th>
                    <th scope="col">{t('trail.actie')}</th>
                    <th scope="col">{t('trail.details')}</th>
                  </tr>
                </thead>
                <tbody>
                  {trail.data.acties.map((a) => {
                    const filters = Object.entries(a.filters)
                      .filter(([k]) => k !== 'sorteer')
                      .map(([k, v]) => filterText(k, v))
                      .join('; ');
                    const onPerson = a.pseudoniem !== undefined;
                    return (
                      <tr key={a.id} data-actie={a.actie}>
                        <th scope="row">{formatDateTime(a.tijd, lang)}</th>
                        <td data-label={t('trail.auditor')}>{a.auditor.naam}</td>
                        <td data-label={t('trail.actie')}>
                          {a.actie === 'zoeken' && a.filters.pseudoniem
                            ? t('trail.tijdlijn')
                            : t(`trail.acties.${a.actie}`)}
                        </td>
                        <td data-label={t('trail.details')} className="mg-audit-wrap">
                          {a.pseudoniem ? <div>{a.pseudoniem}</div> : null}
                          {a.reden ? (
                            <div>
                              {t('trail.reden', { reden: '' })}
                              <bdi>{a.reden}</bdi>
                            </div>
                          ) : null}
                          {a.verzoek ? <div>{t('trail.verzoek', { id: a.verzoek })}</div> : null}
                          {a.actie === 'zoeken' || a.actie === 'exporteren' ? (
                            <div>{filters || t('trail.noFilters')}</div>
                          ) : null}
                          {a.aantal !== undefined && !onPerson ? (
                            <div>{t('trail.aantal', { aantal: formatNumber(a.aantal, lang) })}</div>
                          ) : null}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="utrecht-paragraph">{t('trail.empty')}</p>
          )
        ) : trail.isError ? (
          <ErrorState error={trail.error} onRetry={() => void trail.refetch()} />
        ) : (
          <LoadingState />
        )}
      </section>
    </Page>
  );
}

function TrailExport() {
  const { t } = useTranslation('audit');
  const queryClient = useQueryClient();
  const [state, setState] = useState<'idle' | 'busy' | 'done' | 'error'>('idle');
  const start = async () => {
    setState('busy');
    try {
      const blob = await exportTrail();
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = 'toegangslogboek.csv';
      a.click();
      // The click has started the download; the URL is not needed after this turn.
      setTimeout(() => URL.revokeObjectURL(url), 0);
      setState('done');
    } catch {
      setState('error');
    } finally {
      void queryClient.invalidateQueries({ queryKey: auditQueries.trail().queryKey });
    }
  };
  return (
    <div>
      <div className="mg-audit-actions">
        <Button onClick={() => void start()} disabled={state === 'busy'} busy={state === 'busy'}>
          {state === 'busy' ? t('trail.exporting') : t('trail.export')}
        </Button>
      </div>
      {state === 'done' ? (
        <Alert type="ok" role="status">
          <p className="utrecht-paragraph">{t('trail.exported')}</p>
        </Alert>
      ) : null}
      {state === 'error' ? (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">{t('trail.exportFailed')}</p>
        </Alert>
      ) : null}
    </div>
  );
}

/** Four-eyes requests of this body; the decision is taken on the person's page. */
function Requests() {
  const { t, i18n } = useTranslation('audit');
  const requests = useQuery({ ...auditQueries.onthullingen(), refetchOnMount: 'always' });
  const lang = i18n.language;
  const { hash } = useLocation();
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = requests.data !== undefined;
  // Arriving from "n requests are waiting" (…#verzoeken): move focus and view to this list.
  useEffect(() => {
    if (hash === '#verzoeken' && loaded) heading.current?.focus();
  }, [hash, loaded]);
  return (
    <section aria-labelledby="verzoeken" className="mg-section">
      <h2 id="verzoeken" ref={heading} className="utrecht-heading-2" tabIndex={-1}>
        {t('trail.requestsHeading')}
      </h2>
      <p className="utrecht-paragraph">{t('trail.requestsLead')}</p>
      {requests.data ? (
        requests.data.verzoeken.length ? (
          <div className="mg-table-wrap">
            <table className="mg-table mg-table--stack">
              <caption className="mg-table__caption">{t('trail.requestsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('trail.tijd')}</th>
                  <th scope="col">{t('trail.requestedBy')}</th>
                  <th scope="col">{t('trail.person')}</th>
                  <th scope="col">{t('trail.state')}</th>
                </tr>
              </thead>
              <tbody>
                {requests.data.verzoeken.map((v) => (
                  <tr key={v.id} data-status={v.status}>
                    <th scope="row">{formatDateTime(v.tijd, lang)}</th>
                    <td data-label={t('trail.requestedBy')}>{v.aangevraagdDoor.naam}</td>
                    <td data-label={t('trail.person')} className="mg-audit-wrap">
                      <Link className="utrecht-link" to={auditorSubjectPath(v.pseudoniem)}>
                        {v.status === 'wacht' ? t('trail.open') : v.pseudoniem}
                        {v.status === 'wacht' ? <span className="mg-visually-hidden"> {v.pseudoniem}</span> : null}
                      </Link>
                      <div>
                        {t('trail.reden', { reden: '' })}
                        <bdi>{v.reden}</bdi>
                      </div>
                    </td>
                    <td data-label={t('trail.state')}>
                      {t(`trail.status.${v.status}`)}
                      {v.beoordeeldDoor ? <div>{v.beoordeeldDoor.naam}</div> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="utrecht-paragraph">{t('trail.requestsEmpty')}</p>
        )
      ) : requests.isError ? (
        <ErrorState error={requests.error} onRetry={() => void requests.refetch()} />
      ) : (
        <LoadingState />
      )}
    </section>
  );
}
