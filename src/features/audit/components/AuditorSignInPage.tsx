import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { LoadingState } from '@/components/LoadingState';
import { ErrorState } from '@/components/ErrorState';
import { Page } from '@/components/Page';
import { paths } from '@/config/paths';
import { auditorSignIn, auditQueries } from '../api/audit';
import { sessionQuery } from '@/lib/session';
import { markSignedIn } from '@/lib/session-sync';

/** Test environments: sign in as one of the test auditors (production: eHerkenning). */
export function AuditorSignInPage() {
  const { t } = useTranslation('audit');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const testpersonen = useQuery(auditQueries.auditors());
  const mutation = useMutation({
    mutationFn: (auditor: string) => auditorSignIn(auditor),
    onSuccess: async (session) => {
      markSignedIn();
      queryClient.setQueryData(sessionQuery().queryKey, session);
      await navigate(paths.auditor, { replace: true });
    },
  });

  return (
    <Page title={t('signIn.title')} lead={t('signIn.lead')}>
      {mutation.isError ? (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">{t('signIn.failed')}</p>
        </Alert>
      ) : null}
      {testpersonen.data ? (
        <section aria-labelledby="auditors-heading" className="mg-section">
          <Alert type="info">
            <p className="utrecht-paragraph">{t('signIn.demoNotice')}</p>
          </Alert>
          <h2 id="auditors-heading" className="utrecht-heading-2">
            {t('signIn.heading')}
          </h2>
          <ul className="mg-testpersons">
            {testpersonen.data.map((auditor) => (
              <li key={auditor.id}>
                <Button
                  className="mg-testperson"
                  disabled={mutation.isPending}
                  onClick={() => mutation.mutate(auditor.id)}
                >
                  <span className="mg-testperson__name">{t('signIn.signInAs', { naam: auditor.naam })}</span>
                  <span className="mg-testperson__situation">{auditor.organisatie}</span>
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : testpersonen.data === null ? (
        <p className="utrecht-paragraph">{t('signIn.none')}</p>
      ) : testpersonen.isError ? (
        <ErrorState error={testpersonen.error} onRetry={() => void testpersonen.refetch()} />
      ) : (
        <LoadingState lines={2} />
      )}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={paths.signIn}>
          {t('signIn.back')}
        </Link>
      </p>
    </Page>
  );
}
