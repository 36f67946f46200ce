import { LogPage } from '@/features/verwerkingen/components/LogPage';

export default function VerwerkingenRoute() {
  return <LogPage />;
}
