import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import type { RegistryId } from '@/lib/registry-view';
import { useLog } from '../hooks';
import { periodRange, recipientsOf } from '../model/log';
import { now } from '@/lib/clock';

/**
 * "Who will hear of the correction" (GDPR art. 19) on a correction request: the organisations
 * that got this registry's data about the citizen in the last 12 months, from the citizen's
 * own processing log. The app layer puts it on the request page (features do not import each
 * other).
 */
export function RecipientsOf({ registry }: { registry: RegistryId }) {
  const { t, i18n } = useTranslation('verwerkingen');
  // Whole days, fixed for the life of the component: a stable query key.
  const range = useMemo(() => periodRange('12m', new Date(now()), new Date(now())), []);
  const log = useLog(range);
  const recipients = useMemo(
    () => (log.status === 'success' ? recipientsOf(log.events, registry, i18n.language) : undefined),
    [log, registry, i18n.language],
  );

  if (recipients) {
    if (recipients.length === 0) return <p className="utrecht-paragraph">{t('recipients.none')}</p>;
    return (
      <>
        <p className="utrecht-paragraph">{t('recipients.intro', { count: recipients.length })}</p>
        <ul className="utrecht-unordered-list">
          {recipients.map((r) => (
            <li key={r.id}>
              {r.name} <span>{t('recipients.last', { datum: formatDate(new Date(r.last).toISOString(), i18n.language), count: r.count })}</span>
            </li>
          ))}
        </ul>
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to={`${paths.verwerkingen}?bron=${registry}`}>
            {t('recipients.toLog')}
          </Link>
        </p>
      </>
    );
  }
  if (log.status === 'error') return <ErrorState error={log.error} heading={t('recipients.failed')} onRetry={log.retry} retrying={log.retrying} />;
  return <LoadingState label={t('recipients.loading')} lines={2} />;
}
