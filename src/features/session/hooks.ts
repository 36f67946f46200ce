import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { clearPersonalData } from '@/lib/privacy';
import { markSignedOut } from '@/lib/session-sync';
import { signOut } from './api/session';
import type { SignInReason } from './model/reason';

/**
 * Ends the session everywhere: at the gateway (best effort: when it is unreachable we still
 * wipe this browser), in the query cache and in browser storage.
 */
export function useEndSession() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return useCallback(
    async (reason: SignInReason) => {
      try {
        await signOut();
      } catch {
        // The gateway session expires on its own after 15 minutes; local data must go now.
      }
      await clearPersonalData(queryClient);
      // The other tabs of this browser wipe and reload too: none keeps this person's data.
      markSignedOut();
      // After a time-out the citizen comes back to this page once signed in again; a deliberate
      // sign-out starts afresh.
      await navigate(paths.signIn, {
        replace: true,
        state: { reason, ...(reason === 'signedOut' ? {} : { terug: pathname }) },
      });
    },
    [queryClient, navigate, pathname],
  );
}
