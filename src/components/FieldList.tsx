import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemedyContext } from '@/lib/remedies';

export type FieldItem = {
  id: string;
  label: string;
  value: ReactNode;
  /** The value as plain text, when `value` is not a string (for a per-field action). */
  valueText?: string;
  /** Plain-language (B1) explanation of what this fact means. */
  explanation?: string;
  /** Set when the holder has recorded an investigation into this fact. */
  inOnderzoekSinds?: string;
  /** Anything more for this row (e.g. a "Klopt dit niet?" link in a later issue). */
  extra?: ReactNode;
  /** Not a registry fact (e.g. "who holds this"): no per-field action. */
  noAction?: boolean;
  /** Which route fits when it is wrong, when the id alone does not tell (src/lib/remedies.ts). */
  remedy?: RemedyContext;
};

/**
 * What a per-field action gets to know about the field it belongs to. `onderwerp` names the
 * object the field is about (a car, a parcel, a job), so a request can say "AB-123-C: APK-vervaldatum"
 * instead of "APK-vervaldatum" (issue 19).
 */
export type FieldActionField = {
  id: string;
  label: string;
  value: string;
  onderwerp?: string;
  remedy?: RemedyContext;
};

/**
 * An optional action on every field of a detail page ("Klopt dit niet?"). Shared components
 * do not know what it does: the app layer provides it per registry, so no feature imports
 * another. `null` (the default) renders nothing.
 */
export type FieldAction = { registry: string; render: (field: FieldActionField) => ReactNode } | null;
export const FieldActionContext = createContext<FieldAction>(null);

/**
 * A registry's facts as a description list: label, value, what it means, and an explicit
 * "in onderzoek" notice with its start date where the holder doubts the fact.
 */
export function FieldList({ items, onderwerp }: { items: FieldItem[]; onderwerp?: string }) {
  const { t } = useTranslation('views');
  const action = useContext(FieldActionContext);
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows mg-field-list">
      {items.map((item) => (
        <div key={item.id} className="utrecht-data-list__item mg-field" data-field={item.id}>
          <dt className="utrecht-data-list__item-key mg-field__label">{item.label}</dt>
          <dd className="utrecht-data-list__item-value mg-field__value">
            <span className="mg-field__text">{item.value}</span>
            {item.inOnderzoekSinds ? (
              <span className="mg-in-onderzoek" role="note">
                <span className="utrecht-status-badge utrecht-status-badge--warning">
                  {t('field.inOnderzoekBadge')}
                </span>{' '}
                {t('field.inOnderzoekSinds', { datum: item.inOnderzoekSinds })}
              </span>
            ) : null}
            {item.explanation ? <span className="mg-field__explanation">{item.explanation}</span> : null}
            {item.extra}
            {action && !item.noAction
              ? action.render({
                  id: item.id,
                  label: item.label,
                  value: typeof item.value === 'string' ? item.value : (item.valueText ?? ''),
                  ...(onderwerp ? { onderwerp } : {}),
                  ...(item.remedy ? { remedy: item.remedy } : {}),
                })
              : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
