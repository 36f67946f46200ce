import { PersoonsgegevensPage } from '@/features/brp/components/PersoonsgegevensPage';
import { WithCorrectieLinks } from './FieldActions';

export default function PersoonsgegevensRoute() {
  return (
    <WithCorrectieLinks registry="brp">
      <PersoonsgegevensPage />
    </WithCorrectieLinks>
  );
}
