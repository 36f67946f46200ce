import { MijnVerzoekenPage } from '@/features/correcties/components/VerzoekenPages';

export default function MijnVerzoekenRoute() {
  return <MijnVerzoekenPage />;
}
