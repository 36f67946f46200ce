import { BerichtenPage } from '@/features/berichten/components/BerichtenPage';
import '@/features/berichten/berichten.css';

export default function BerichtenRoute() {
  return <BerichtenPage />;
}
