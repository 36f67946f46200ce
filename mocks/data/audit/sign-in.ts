/**
 * The session handler's hook (mocks/handlers/session.ts, issue 16): an auditor signed in, so the
 * universe starts building now (index.ts `startAuditBuildForSignIn`). The audit engine is imported on
 * demand: the session handlers serve the sign-in page, which must not wait for the engine's code.
 */
export function auditorSignedIn(): void {
  void import('./index').then((audit) => audit.startAuditBuildForSignIn()).catch(() => undefined);
}
