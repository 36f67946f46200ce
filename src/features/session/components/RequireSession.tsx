import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { paths } from '@/config/paths';
import { onUnauthorized } from '@/lib/api-client';
import { clearPersonalData } from '@/lib/privacy';
import { sessionQueries } from '../api/session';
import { IdleTimeout } from './IdleTimeout';

/**
 * Pages behind DigiD: without a session the user goes to sign-in, and no cached data shows.
 * `fallback`: what shows while the session is checked and while a page's code loads (the
 * citizen pages pass the shell's frame of the page, so the top of the page that was painted
 * first stays on screen until the page arrives; decision 094).
 */
export function RequireSession({
  requiredRole = 'burger',
  fallback = <LoadingState />,
}: {
  requiredRole?: 'burger' | 'auditor';
  fallback?: ReactNode;
}) {
  const session = useQuery(sessionQueries.current());
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pathname } = useLocation();

  // A 401 from one registry may be that registry's problem, or the session may be gone.
  // Ask the gateway: only when it says "no session" do we wipe everything (below).
  useEffect(
    () =>
      onUnauthorized(() => {
        void queryClient.invalidateQueries({ queryKey: sessionQueries.current().queryKey });
      }),
    [queryClient],
  );
  const signedOut = session.data === null;
  // More than one answer means there was a session before this "no session": it expired.
  const expired =
    signedOut &&
    session.dataUpdatedAt > 0 &&
    (queryClient.getQueryState(sessionQueries.current().queryKey)?.dataUpdateCount ?? 0) > 1;
  useEffect(() => {
    if (!signedOut) return;
    void clearPersonalData(queryClient).then(() =>
      navigate(paths.signIn, { replace: true, ...(expired ? { state: { reason: 'expired', terug: pathname } } : {}) }),
    );
  }, [signedOut, expired, queryClient, navigate, pathname]);

  if (session.data) {
    if (session.data.role !== requiredRole) return <Navigate to={paths.signIn} replace />;
    return (
      <>
        <IdleTimeout />
        {/* Its own boundary: a page loading its code must not pause the idle timer. */}
        <Suspense fallback={fallback}>
          <Outlet />
        </Suspense>
      </>
    );
  }
  // Never signed in here (no data to wipe yet) or expired (the effect above wipes, then goes).
  if (session.data === null) return <LoadingState />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  return fallback;
}
