import { RequireSession } from '@/features/session/components/RequireSession';

/** Everything a citizen sees after signing in sits behind this guard (and its idle timer). */
export default function CitizenLayout() {
  return <RequireSession requiredRole="burger" />;
}
