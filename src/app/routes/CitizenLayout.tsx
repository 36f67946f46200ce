import type { ReactNode } from 'react';
import { useOutletContext } from 'react-router';
import { RequireSession } from '@/features/session/components/RequireSession';

/**
 * Everything a citizen sees after signing in sits behind this guard (and its idle timer). While
 * it checks the session and while a page's code loads, the shell's frame of the page stays on
 * screen (the same the layout showed before this code arrived), not a bare loading state.
 */
export default function CitizenLayout() {
  // From the layout's Outlet (not imported here: importing the first chunk's frame into this lazy
  // chunk made the bundler split three more shared chunks off the first load, +0.45 KB).
  const { fallback } = useOutletContext<{ fallback: ReactNode }>();
  return <RequireSession requiredRole="burger" fallback={fallback} />;
}
