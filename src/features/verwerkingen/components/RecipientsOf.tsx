import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { paths } from '@/config/paths';
import { now } from '@/lib/clock';
import { formatDate } from '@/lib/format';
import type { RegistryId } from '@/lib/registry-view';
import { useLog } from '../hooks';
import { LOG_YEARS, logStartOf, periodRange, recipientsOf } from '../model/log';

/**
 * "Who will hear of the correction" (GDPR art. 19), for one holder of one request: the
 * organisations that got this kind of data (`categories`, from the rule table) from this
 * registry about the citizen, over everything the log holds (not a fixed 12 months), from the
 * citizen's own processing log. Recipients the law keeps secret are not in that log, and the
 * list says so. The app layer puts it on the request page (features do not import each other).
 */
export function RecipientsOf({
  registry,
  categories,
  houder,
  houderEntityId,
}: {
  registry: RegistryId;
  categories: readonly string[];
  houder: string;
  houderEntityId?: string | undefined;
}) {
  const { t, i18n } = useTranslation('verwerkingen');
  // Whole days, fixed for the life of the component: a stable query key.
  const range = useMemo(() => {
    const at = new Date(now());
    return periodRange('alles', at, logStartOf(at));
  }, []);
  const log = useLog(range);
  const recipients = useMemo(
    () =>
      log.status === 'success'
        ? recipientsOf(log.events, registry, { categories, holder: houderEntityId }, i18n.language)
        : undefined,
    [log, registry, categories, houderEntityId, i18n.language],
  );
  const secret = <p className="utrecht-paragraph">{t('recipients.secret')}</p>;
  const older = <p className="utrecht-paragraph">{t('recipients.older', { years: LOG_YEARS, houder })}</p>;
  const scope = categories.length ? null : <p className="utrecht-paragraph">{t('recipients.allCategories')}</p>;

  if (recipients) {
    if (recipients.length === 0) {
      return (
        <>
          <p className="utrecht-paragraph">{t('recipients.none', { years: LOG_YEARS })}</p>
          {scope}
          {secret}
          {older}
        </>
      );
    }
    return (
      <>
        <p className="utrecht-paragraph">
          {t('recipients.intro', { count: recipients.length, years: LOG_YEARS, houder })}
        </p>
        {scope}
        <ul className="utrecht-unordered-list">
          {recipients.map((r) => (
            <li key={r.id}>
              {r.name}{' '}
              <span>
                {t('recipients.last', {
                  datum: formatDate(new Date(r.last).toISOString(), i18n.language),
                  count: r.count,
                })}
              </span>
            </li>
          ))}
        </ul>
        {secret}
        {older}
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to={`${paths.verwerkingen}?periode=alles&bron=${registry}`}>
            {t('recipients.toLog')}
          </Link>
        </p>
      </>
    );
  }
  if (log.status === 'error')
    return (
      <ErrorState error={log.error} heading={t('recipients.failed')} onRetry={log.retry} retrying={log.retrying} />
    );
  return <LoadingState label={t('recipients.loading')} lines={2} />;
}
