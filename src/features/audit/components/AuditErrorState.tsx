import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/Alert';
import { ErrorState } from '@/components/ErrorState';
import { isOutsideRemit } from '../api/audit';

/** The shared error state, except that a filter outside the auditor's remit says exactly that (retrying would not help). */
export function AuditErrorState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('audit');
  if (isOutsideRemit(error)) {
    return (
      <Alert type="warning" role="status">
        <p className="utrecht-paragraph">{t('remit.outside')}</p>
      </Alert>
    );
  }
  return <ErrorState error={error} onRetry={onRetry} />;
}
