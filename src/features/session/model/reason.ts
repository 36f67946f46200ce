import { z } from 'zod-initial/mini';

/** Why the user lands on the sign-in page; travels in router state, never in the URL. */
export const signInReasonSchema = z.object({ reason: z.enum(['signedOut', 'timedOut', 'expired']) });
export type SignInReason = z.infer<typeof signInReasonSchema>['reason'];
