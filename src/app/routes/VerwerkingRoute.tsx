import { EventDetailPage } from '@/features/verwerkingen/components/EventDetailPage';

export default function VerwerkingRoute() {
  return <EventDetailPage />;
}
