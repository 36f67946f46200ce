import { CorrectieFlow } from '@/features/correcties/components/CorrectieFlow';

export default function CorrectieRoute() {
  return <CorrectieFlow />;
}
