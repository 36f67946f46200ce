import { z } from 'zod-initial/mini';

/** Why the user lands on the sign-in page; travels in router state, never in the URL. */
export const signInReasonSchema = z.object({
  reason: z.enum(['signedOut', 'timedOut', 'expired']),
  /** After a time-out or an expired session: the page to return to once signed in again (issue 19). */
  terug: z.optional(z.string()),
});

/**
 * Only a path of this app (one leading slash, no scheme, no `//host`, not the sign-in page itself):
 * router state is under the page's control, but a return address is still checked before use.
 */
export function safeReturnPath(path: string | undefined, signInPath: string): string | undefined {
  if (!path || !/^\/(?![/\\])[^\s]*$/.test(path) || path.startsWith(signInPath) || path.length > 500) return undefined;
  return path;
}
export type SignInReason = z.infer<typeof signInReasonSchema>['reason'];
