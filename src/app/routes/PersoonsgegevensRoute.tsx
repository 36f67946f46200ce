import { PersoonsgegevensPage } from '@/features/brp/components/PersoonsgegevensPage';

export default function PersoonsgegevensRoute() {
  return <PersoonsgegevensPage />;
}
