import { NotFound } from '@/components/NotFound';

/** The route for an address the app does not know (a lazy chunk of its own). */
export default function NotFoundPage() {
  return <NotFound />;
}
