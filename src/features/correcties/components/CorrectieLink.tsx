import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FieldActionField } from '@/components/FieldList';
import { correctiePath } from '@/config/paths';
import type { RegistryId } from '@/lib/registry-view';

/**
 * "Klopt dit niet?" under a field: starts the correction flow for this registry and field.
 * The label and current value travel in router state (not the URL), the field key in the URL.
 * Kept tiny: it is in every detail page's chunk.
 */
export function CorrectieLink({ registry, field }: { registry: RegistryId; field: FieldActionField }) {
  const { t } = useTranslation('common');
  return (
    <Link
      className="utrecht-link mg-field__action"
      to={correctiePath(registry, field.id)}
      state={{ label: field.label, value: field.value }}
    >
      {t('field.kloptNiet')}
      <span className="mg-visually-hidden"> ({field.label})</span>
    </Link>
  );
}
