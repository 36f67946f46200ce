import { RequireSession } from '@/features/session/components/RequireSession';

/** The auditor part of the app (issue 6), one lazy chunk: its pages, composed from the audit and session features. */
export { AuditorSignInPage as AuditorSignInRoute } from '@/features/audit/components/AuditorSignInPage';
export { SearchPage as SearchRoute } from '@/features/audit/components/SearchPage';
export { AnomaliesPage as AnomaliesRoute } from '@/features/audit/components/AnomaliesPage';
export { SubjectPage as SubjectRoute } from '@/features/audit/components/SubjectPage';
export { SlaPage as SlaRoute } from '@/features/audit/components/SlaPage';
export { TrailPage as TrailRoute } from '@/features/audit/components/TrailPage';
export { AuditWorkspace as AuditWorkspaceRoute } from '@/features/audit/components/AuditWorkspace';

/** Behind an auditor session (a citizen is sent to sign-in); the workspace frame is its child. */
export function AuditorLayoutRoute() {
  return <RequireSession requiredRole="auditor" />;
}
