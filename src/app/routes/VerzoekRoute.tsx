import { VerzoekDetailPage } from '@/features/correcties/components/VerzoekenPages';

export default function VerzoekRoute() {
  return <VerzoekDetailPage />;
}
