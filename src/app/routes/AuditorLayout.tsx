import { RequireSession } from '@/features/session/components/RequireSession';

/** The auditor workspace sits behind an auditor session (a citizen is sent to sign-in). */
export default function AuditorLayout() {
  return <RequireSession requiredRole="auditor" />;
}
