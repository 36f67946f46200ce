import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { Page } from '@/components/Page';
import { correctiePath, verzoekPath } from '@/config/paths';
import { formatDate } from '@/lib/format';
import type { StepProps } from './StepPage';
import { BackToOverview } from '@/components/BackToOverview';

/** After sending: the references, who has the request and by when it decides, and what happens next. */
export function BevestigingStep({ draft }: Pick<StepProps, 'draft'>) {
  const { t, i18n } = useTranslation('correcties');
  const { t: tCommon } = useTranslation('common');
  if (!draft.done) return <Navigate to={correctiePath(draft.registry, draft.veld, 'controleren')} replace />;
  const first = draft.submitted[0];
  return (
    <Page title={t('bevestiging.titel')}>
      <div className="mg-panel" role="status">
        <p className="mg-panel__title">{t('bevestiging.verstuurd')}</p>
        {draft.submitted.map((s) => (
          <p key={s.uuid} className="mg-panel__body">
            {t('bevestiging.referentie')} <strong className="mg-reference">{s.identificatie}</strong>
          </p>
        ))}
      </div>
      <h2 className="utrecht-heading-2">{t('bevestiging.wieTitel')}</h2>
      <dl className="mg-check-list">
        {draft.submitted.map((s) => (
          <div key={s.uuid} className="mg-check-list__row">
            <dt className="mg-check-list__key">{tCommon(`registries.${s.registry}.name`)}</dt>
            <dd className="mg-check-list__value">
              {t('bevestiging.houder', { houder: s.holder })}
              <br />
              {s.dueDate
                ? t('bevestiging.uiterlijk', { houder: s.holder, datum: formatDate(s.dueDate, i18n.language) })
                : null}
              {s.dueDate && s.verlengbaar ? <> {t('bevestiging.verlengbaar')}</> : null}
            </dd>
          </div>
        ))}
      </dl>
      <h2 className="utrecht-heading-2">{t('bevestiging.volgendeTitel')}</h2>
      <ul className="utrecht-unordered-list">
        <li>{t('bevestiging.stap1')}</li>
        <li>{t('bevestiging.stap2')}</li>
        {draft.registry === 'brp' ? <li>{t('bevestiging.stap3Brp')}</li> : null}
        {draft.beperking === 'ja' ? <li>{t('bevestiging.stapBeperking')}</li> : null}
        <li>{t('bevestiging.stap4')}</li>
      </ul>
      <p className="utrecht-paragraph">
        {first ? (
          <Link className="utrecht-link" to={verzoekPath(first.uuid)}>
            {t('bevestiging.bekijk')}
          </Link>
        ) : null}
      </p>
      <BackToOverview label={t('bevestiging.terugNaarGegevens')} />
    </Page>
  );
}
