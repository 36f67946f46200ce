import { apiRequest } from '@/lib/api-client';
import { sessionSchema } from '@/lib/session';

/*
 * The switch (mocks/contracts/session.yaml), on its own: the banner on every page needs it, so
 * it is in the first load, without the overview's and the mandate register's schemas.
 */

/** Act for this person from now on (the gateway decides whether that is allowed). */
export const handelNamens = (bsn: string) =>
  apiRequest('/auth/session/namens', { method: 'POST', body: { bsn }, schema: sessionSchema });
/** Back to one's own data. */
export const handelVoorZelf = () => apiRequest('/auth/session/namens', { method: 'DELETE', schema: sessionSchema });
