import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { Alert } from './Alert';
import { Button } from './Button';

export type ErrorMessageKey =
  | 'errors.network'
  | 'errors.timeout'
  | 'errors.malformed'
  | 'errors.unauthorized'
  | 'errors.forbidden'
  | 'errors.server'
  | 'errors.unknown';

/** Which plain-language message fits an error; the gateway's own text is never shown raw. */
export function errorMessageKey(error: unknown): ErrorMessageKey {
  if (!isApiError(error)) return 'errors.unknown';
  switch (error.kind) {
    case 'network':
      return 'errors.network';
    case 'timeout':
      return 'errors.timeout';
    case 'malformed':
      return 'errors.malformed';
    case 'http':
      if (error.status === 401) return 'errors.unauthorized';
      if (error.status === 403) return 'errors.forbidden';
      if (error.status && error.status >= 500) return 'errors.server';
      return 'errors.unknown';
  }
}

type ErrorStateProps = {
  error: unknown;
  heading?: string;
  onRetry?: () => void;
  retrying?: boolean;
};

export function ErrorState({ error, heading, onRetry, retrying = false }: ErrorStateProps) {
  const { t } = useTranslation('common');
  return (
    <Alert type="error" heading={heading} role="alert">
      <p className="utrecht-paragraph">{t(errorMessageKey(error))}</p>
      {onRetry ? (
        <Button onClick={onRetry} busy={retrying} disabled={retrying}>
          {t('retry')}
        </Button>
      ) : null}
    </Alert>
  );
}
