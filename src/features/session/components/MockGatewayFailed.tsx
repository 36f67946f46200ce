import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/Alert';

/**
 * Mocks on (issue 16): the in-browser mock gateway did not start, so no test person can be
 * listed or signed in. Its text is in the lazy `devtools` namespace, not in the first download:
 * only a mocks-on build can show it. Nothing until that text has arrived (no raw keys).
 */
export function MockGatewayFailed() {
  const { t, ready } = useTranslation('devtools', { useSuspense: false });
  if (!ready) return null;
  return (
    <Alert type="error" role="alert">
      <p className="utrecht-paragraph">{t('gatewayFailed.title')}</p>
      <p className="utrecht-paragraph">{t('gatewayFailed.action')}</p>
    </Alert>
  );
}
