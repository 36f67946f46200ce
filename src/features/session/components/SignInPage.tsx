import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod-initial/mini';
import { Link, useLocation, useNavigate } from 'react-router';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { LoadingState } from '@/components/LoadingState';
import { Page } from '@/components/Page';
import { isApiError } from '@/lib/api-client';
import { paths } from '@/config/paths';
import { preload, preloadOnIntent } from '@/lib/preload';
import { markSignedIn } from '@/lib/session-sync';
import { sessionQueries, signIn, type SignInInput } from '../api/session';
import { bsnErrorKey, type BsnErrorKey } from '../model/bsn-form';
import { MockGatewayFailed } from './MockGatewayFailed';
import { safeReturnPath, signInReasonSchema } from '../model/reason';

const nextPage = (role: 'burger' | 'auditor') => (role === 'auditor' ? paths.auditor : paths.home);

export function SignInPage() {
  const { t } = useTranslation('session');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const reason = z.safeParse(signInReasonSchema, location.state);
  const testpersonen = useQuery(sessionQueries.testpersonen());
  const summaryRef = useRef<HTMLDivElement>(null);

  // One field does not need a form library (which would add ~14 KB gzip to the first page
  // everyone loads); the multi-step forms behind sign-in use react-hook-form.
  const [bsn, setBsn] = useState('');
  const [error, setError] = useState<{
    key: BsnErrorKey | 'unknownPerson' | 'server';
    from: 'client' | 'server';
  } | null>(null);
  const [submitCount, setSubmitCount] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);

  const mutation = useMutation({
    mutationFn: (input: SignInInput) => signIn(input),
    onSuccess: async (session) => {
      // A new person (or the same one, anew): no earlier drafts here, other tabs follow.
      markSignedIn();
      queryClient.setQueryData(sessionQueries.current().queryKey, session);
      // The next page's data starts now, with its code (already on its way since the press).
      // Back to where a time-out interrupted, when it was a citizen's page (issue 19).
      const terug =
        session.role === 'burger' && reason.success ? safeReturnPath(reason.data.terug, paths.signIn) : undefined;
      preload(terug ?? nextPage(session.role));
      await navigate(terug ?? nextPage(session.role), { replace: true });
    },
    onError: (failure) => {
      const code = isApiError(failure) ? failure.problem?.code : undefined;
      const invalid = isApiError(failure) ? failure.problem?.invalidParams?.[0]?.code : undefined;
      const key = code === 'unknownPerson' ? 'unknownPerson' : invalid === 'elfproef' ? 'elfproef' : 'server';
      setError({ key, from: 'server' });
      inputRef.current?.focus();
    },
  });

  const errorText = error ? t(`bsnErrors.${error.key}`, { count: bsn.trim().length }) : undefined;

  // GOV.UK pattern: after a failed submit, the error summary is announced and takes focus.
  useEffect(() => {
    if (submitCount > 0 && error?.from === 'client') summaryRef.current?.focus();
  }, [submitCount, error]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitCount((count) => count + 1);
    const key = bsnErrorKey(bsn);
    if (key) {
      setError({ key, from: 'client' });
      return;
    }
    setError(null);
    preload(paths.home);
    mutation.mutate({ bsn: bsn.trim() });
  };

  return (
    <Page title={t('signIn.title')} lead={t('signIn.lead')}>
      {reason.success ? (
        <Alert type={reason.data.reason === 'signedOut' ? 'ok' : 'warning'} role="status">
          <p className="utrecht-paragraph">{t(`signIn.${reason.data.reason}`)}</p>
        </Alert>
      ) : null}

      {errorText ? (
        <div
          ref={summaryRef}
          tabIndex={-1}
          className="mg-error-summary"
          role="alert"
          aria-labelledby="error-summary-title"
        >
          <h2 id="error-summary-title" className="utrecht-heading-3">
            {t('signIn.errorSummary')}
          </h2>
          <ul className="utrecht-unordered-list">
            <li>
              <a className="utrecht-link" href="#bsn">
                {errorText}
              </a>
            </li>
          </ul>
        </div>
      ) : null}

      {/* Until we know whether test persons exist, the rest waits too: the BSN form would
          otherwise jump down when the list arrives (a layout shift under the user's finger). */}
      {testpersonen.isPending ? <LoadingState lines={4} /> : null}
      {!testpersonen.isPending && testpersonen.data ? (
        <section aria-labelledby="testpersonen-heading" className="mg-section">
          <Alert type="info">
            <p className="utrecht-paragraph">{t('signIn.demoNotice')}</p>
          </Alert>
          <h2 id="testpersonen-heading" className="utrecht-heading-2">
            {t('signIn.testpersonsHeading')}
          </h2>
          <p className="utrecht-paragraph">{t('signIn.testpersonsIntro')}</p>
          <ul className="mg-testpersons">
            {testpersonen.data.personen.map((persoon) => (
              <li key={persoon.burgerservicenummer}>
                <Button
                  className="mg-testperson"
                  disabled={mutation.isPending}
                  {...preloadOnIntent(paths.home)}
                  onClick={() => {
                    preload(paths.home);
                    mutation.mutate({ bsn: persoon.burgerservicenummer });
                  }}
                >
                  <span className="mg-testperson__name">{t('signIn.signInAs', { naam: persoon.naam })}</span>
                  <span className="mg-testperson__situation">
                    {t(`situaties.${persoon.situatie as 'overleden'}`, { defaultValue: persoon.situatie })}
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {testpersonen.data === null ? <p className="utrecht-paragraph">{t('signIn.noTestpersons')}</p> : null}
      {/* Mocks on: a mock gateway that did not start is said, not left blank. A build-time
          constant, so the mocks-off first download does not carry it. */}
      {import.meta.env.VITE_MOCKS !== 'off' && testpersonen.isError ? <MockGatewayFailed /> : null}

      {testpersonen.isPending ? null : (
        <section className="mg-section">
          <form noValidate onSubmit={onSubmit} className="mg-form">
            <div
              className={`utrecht-form-field utrecht-form-field--text ${errorText ? 'utrecht-form-field--invalid' : ''}`}
            >
              {/* One heading for the section: the question's label is its heading (GOV.UK). */}
              <h2 id="bsn-heading" className="utrecht-heading-2 mg-label-heading">
                <label className="utrecht-form-label" htmlFor="bsn">
                  {t('signIn.bsnLabel')}
                </label>
              </h2>
              <div className="utrecht-form-field-description" id="bsn-hint">
                {t('signIn.bsnHint')}
              </div>
              {errorText ? (
                <div className="utrecht-form-field-error-message" id="bsn-error">
                  {errorText}
                </div>
              ) : null}
              <div className="utrecht-form-field__input">
                <input
                  id="bsn"
                  className={`utrecht-textbox utrecht-textbox--html-input mg-textbox--bsn ${errorText ? 'utrecht-textbox--invalid' : ''}`}
                  inputMode="numeric"
                  autoComplete="off"
                  spellCheck={false}
                  aria-invalid={errorText ? true : undefined}
                  aria-describedby={errorText ? 'bsn-hint bsn-error' : 'bsn-hint'}
                  name="bsn"
                  ref={inputRef}
                  value={bsn}
                  onChange={(event) => setBsn(event.target.value)}
                />
              </div>
            </div>
            <Button type="submit" appearance="primary" busy={mutation.isPending} disabled={mutation.isPending}>
              {mutation.isPending ? t('signIn.busy') : t('signIn.submit')}
            </Button>
          </form>
        </section>
      )}
      {/* After the list, like the form: drawn while the list loads, the list would push it down
          (issue 16: CLS 0.027 on the sign-in page). */}
      {testpersonen.isPending ? null : (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" to={paths.auditorSignIn}>
            {t('signIn.auditorLink')}
          </Link>
        </p>
      )}
    </Page>
  );
}
