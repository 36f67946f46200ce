import { startAuditBuildForSignIn } from './index';

/**
 * The session handler's hook (mocks/handlers/session.ts, issue 16): an auditor signed in, so the
 * universe starts building now (index.ts `startAuditBuildForSignIn`), not at the workspace's first
 * status poll. A static import: the session handlers are part of the full gateway (handlers/full.ts),
 * which the sign-in page's list does not wait for (decision 097).
 */
export function auditorSignedIn(): void {
  startAuditBuildForSignIn();
}
