import { VerzoekDetailPage } from '@/features/correcties/components/VerzoekenPages';
import { RecipientsOf } from '@/features/verwerkingen/components/RecipientsOf';
import type { RegistryId } from '@/lib/registry-view';

/** A request's page, with who received the data concerned (from the processing log, GDPR art. 19). */
const recipients = (registry: RegistryId) => <RecipientsOf registry={registry} />;

export default function VerzoekRoute() {
  return <VerzoekDetailPage recipients={recipients} />;
}
