import { VertegenwoordigingPage } from '@/features/vertegenwoordiging/components/VertegenwoordigingPage';

/** Acting for others, and who acts for me (issue 14). */
export default function VertegenwoordigingRoute() {
  return <VertegenwoordigingPage />;
}
