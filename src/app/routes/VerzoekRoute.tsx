import { VerzoekDetailPage, type RecipientsSlot } from '@/features/correcties/components/VerzoekenPages';
import { RecipientsOf } from '@/features/verwerkingen/components/RecipientsOf';
import { remedyRule } from '@/lib/remedies';

/**
 * A request's page, with per holder who received the data concerned (GDPR art. 19): the
 * field's data categories from the rule table, the recipients from the processing log.
 */
const recipients: RecipientsSlot = ({ registry, veld, houder, houderEntityId }) => (
  <RecipientsOf
    registry={registry}
    categories={veld ? remedyRule(registry, veld).dataCategories : []}
    houder={houder}
    houderEntityId={houderEntityId}
  />
);

export default function VerzoekRoute() {
  return <VerzoekDetailPage recipients={recipients} />;
}
