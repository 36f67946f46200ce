import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FieldActionField } from '@/components/FieldList';
import { correctiePath } from '@/config/paths';
import type { RegistryId } from '@/lib/registry-view';
import { needsRoutePage, remedyRule } from '@/lib/remedies';

/**
 * "Klopt dit niet?" under a field: starts the correction flow for this registry and field, or,
 * where the rule table (src/lib/remedies.ts) knows more than one route (bezwaar, the employer's
 * payroll return, an opgave), first the page that shows them. The label, current value and
 * remedy context travel in router state (not the URL), the field key in the URL.
 * Kept tiny: it is in every detail page's chunk.
 */
export function CorrectieLink({ registry, field }: { registry: RegistryId; field: FieldActionField }) {
  const { t } = useTranslation('views');
  const route = needsRoutePage(remedyRule(registry, field.id, field.remedy?.kind));
  return (
    <Link
      className="utrecht-link mg-field__action"
      to={correctiePath(registry, field.id, route ? 'route' : undefined)}
      state={{
        label: field.label,
        value: field.value,
        ...(field.onderwerp ? { onderwerp: field.onderwerp } : {}),
        ...(field.remedy ? { remedy: field.remedy } : {}),
      }}
    >
      {t('field.kloptNiet')}
      <span className="mg-visually-hidden"> ({field.label})</span>
    </Link>
  );
}
