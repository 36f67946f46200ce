import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/Alert';
import { errorMessageKey } from '@/components/ErrorState';
import { meldingenQueries, saveMeldingen } from '../api/meldingen';

/** Opt-in: a message in the berichtenbox for every new ad-hoc look-up of the citizen's data. */
export function AlertsToggle() {
  const { t } = useTranslation('verwerkingen');
  const { t: tc } = useTranslation('common');
  const queryClient = useQueryClient();
  const current = useQuery(meldingenQueries.current());
  const save = useMutation({
    mutationFn: saveMeldingen,
    onSuccess: (data) => queryClient.setQueryData(meldingenQueries.current().queryKey, data),
  });
  const checked = save.isPending
    ? (save.variables?.adHocRaadplegingen ?? false)
    : (current.data?.adHocRaadplegingen ?? false);
  return (
    <section aria-labelledby="alerts-title" className="mg-section mg-log__alerts">
      <h2 id="alerts-title" className="utrecht-heading-2">
        {t('alerts.title')}
      </h2>
      <p className="utrecht-paragraph">{t('alerts.intro')}</p>
      {current.isError && !current.data ? (
        <p className="utrecht-paragraph">{tc(errorMessageKey(current.error))}</p>
      ) : (
        <div className="utrecht-form-field utrecht-form-field--checkbox">
          <input
            id="alerts-adhoc"
            type="checkbox"
            className="utrecht-checkbox utrecht-checkbox--html-input"
            checked={checked}
            disabled={!current.data || save.isPending}
            aria-describedby="alerts-state"
            onChange={(e) => save.mutate({ adHocRaadplegingen: e.target.checked })}
          />{' '}
          <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="alerts-adhoc">
            {t('alerts.label')}
          </label>
        </div>
      )}
      <p id="alerts-state" className="utrecht-paragraph mg-log__alerts-state" role="status">
        {current.data ? (checked ? t('alerts.on') : t('alerts.off')) : ''}
      </p>
      {save.isError ? (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">{tc(errorMessageKey(save.error))}</p>
        </Alert>
      ) : null}
    </section>
  );
}
