import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { sessionQuery, type SessionInfo } from '@/lib/session';
import { markSubjectChanged } from '@/lib/session-sync';
import { handelNamens, handelVoorZelf } from './api/wissel';

/** The subject the app itself switched to last; a different one came from the gateway. */
let expected: string | undefined;
export const isExpectedSubject = (bsn: string): boolean => bsn === expected;

/**
 * After the session serves another person: nothing of the previous person may stay in this
 * tab. Query keys do not carry the subject (they never carried a BSN either, docs/decisions/003),
 * so the whole cache but the session goes, with drafts and the other tabs' views.
 */
export async function forgetPreviousSubject(
  queryClient: ReturnType<typeof useQueryClient>,
  session: SessionInfo,
): Promise<void> {
  expected = session.bsn;
  await queryClient.cancelQueries();
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
  queryClient.setQueryData(sessionQuery().queryKey, session);
  markSubjectChanged();
}

/** Switch to acting for someone (bsn) or back to oneself (undefined), then go to the overview. */
export function useWissel() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (bsn: string | undefined) => (bsn ? handelNamens(bsn) : handelVoorZelf()),
    onSuccess: async (session) => {
      await forgetPreviousSubject(queryClient, session);
      await navigate(paths.overview);
    },
  });
}
