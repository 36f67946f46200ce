import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { Navigate, Outlet, useNavigate } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { paths } from '@/config/paths';
import { onUnauthorized } from '@/lib/api-client';
import { clearPersonalData } from '@/lib/privacy';
import { sessionQueries } from '../api/session';
import { IdleTimeout } from './IdleTimeout';

/** Pages behind DigiD: without a session the user goes to sign-in, and no cached data shows. */
export function RequireSession({ requiredRole = 'burger' }: { requiredRole?: 'burger' | 'auditor' }) {
  const session = useQuery(sessionQueries.current());
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  // Any 401 from any registry means the gateway session is gone: wipe and sign in again.
  useEffect(
    () =>
      onUnauthorized(() => {
        void clearPersonalData(queryClient).then(() =>
          navigate(paths.signIn, { replace: true, state: { reason: 'expired' } }),
        );
      }),
    [queryClient, navigate],
  );

  if (session.data) {
    if (session.data.role !== requiredRole) return <Navigate to={paths.signIn} replace />;
    return (
      <>
        <IdleTimeout />
        {/* Its own boundary: a page loading its code must not pause the idle timer. */}
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </>
    );
  }
  if (session.data === null) return <Navigate to={paths.signIn} replace />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  return <LoadingState />;
}
