import { RequireSession } from '@/features/session/components/RequireSession';
import { ShellFrame } from '../ShellFrame';

/**
 * Everything a citizen sees after signing in sits behind this guard (and its idle timer). While
 * it checks the session and while a page's code loads, the shell's frame of the page stays on
 * screen (the same the layout showed before this code arrived), not a bare loading state.
 */
export default function CitizenLayout() {
  return <RequireSession requiredRole="burger" fallback={<ShellFrame />} />;
}
