import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type FieldItem = {
  id: string;
  label: string;
  value: ReactNode;
  /** Plain-language (B1) explanation of what this fact means. */
  explanation?: string;
  /** Set when the holder has recorded an investigation into this fact. */
  inOnderzoekSinds?: string;
  /** Anything more for this row (e.g. a "Klopt dit niet?" link in a later issue). */
  extra?: ReactNode;
};

/**
 * A registry's facts as a description list: label, value, what it means, and an explicit
 * "in onderzoek" notice with its start date where the holder doubts the fact.
 */
export function FieldList({ items }: { items: FieldItem[] }) {
  const { t } = useTranslation('common');
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows mg-field-list">
      {items.map((item) => (
        <div key={item.id} className="utrecht-data-list__item mg-field" data-field={item.id}>
          <dt className="utrecht-data-list__item-key mg-field__label">{item.label}</dt>
          <dd className="utrecht-data-list__item-value mg-field__value">
            <span className="mg-field__text">{item.value}</span>
            {item.inOnderzoekSinds ? (
              <span className="mg-in-onderzoek" role="note">
                <span className="utrecht-status-badge utrecht-status-badge--warning">{t('field.inOnderzoekBadge')}</span>{' '}
                {t('field.inOnderzoekSinds', { datum: item.inOnderzoekSinds })}
              </span>
            ) : null}
            {item.explanation ? <span className="mg-field__explanation">{item.explanation}</span> : null}
            {item.extra}
          </dd>
        </div>
      ))}
    </dl>
  );
}
