import { useTranslation } from 'react-i18next';
import { FieldList, type FieldItem } from '@/components/FieldList';
import { sectieGrondslagen } from '../model/sources';
import type { FieldVM, HolderVM, SectionVM } from '../model/types';
import { SectieBron } from './Bron';
import { TextValue, useResolveText } from './text';

export const sectionAnchor = (id: string) => `brp-${id}`;

function useFieldItems(fields: FieldVM[]): FieldItem[] {
  const { t } = useTranslation('brp');
  const resolve = useResolveText();
  return fields.map((field) => ({
    id: field.id,
    label: t(field.labelKey),
    value: <TextValue value={field.value} />,
    valueText: resolve(field.value),
    ...(field.explanationKey ? { explanation: t(field.explanationKey) } : {}),
    ...(field.inOnderzoekSinds ? { inOnderzoekSinds: resolve(field.inOnderzoekSinds) } : {}),
    ...(field.noAction ? { noAction: true } : {}),
  }));
}

function Fields({ fields }: { fields: FieldVM[] }) {
  const items = useFieldItems(fields);
  return items.length ? <FieldList items={items} /> : null;
}

/** One registry section: an h2, its facts, its list items as h3 sub-sections, and its source. */
export function BrpSection({ section, holder }: { section: SectionVM; holder: HolderVM }) {
  const { t } = useTranslation('brp');
  const resolve = useResolveText();
  const anchor = sectionAnchor(section.id);
  const title = t(`secties.${section.id}`);
  return (
    <section id={anchor} aria-labelledby={`${anchor}-titel`} className="mg-section mg-brp-section">
      <h2 id={`${anchor}-titel`} className="utrecht-heading-2">
        {title}
      </h2>
      {section.id === 'gezag' ? <p className="utrecht-paragraph">{t('gezag.intro')}</p> : null}
      <Fields fields={section.fields} />
      {section.groups.map((group) => (
        <section key={group.id} aria-labelledby={`${anchor}-${group.id}-titel`} className="mg-brp-group">
          <h3 id={`${anchor}-${group.id}-titel`} className="utrecht-heading-3">
            {resolve(group.title)}
          </h3>
          <Fields fields={group.fields} />
        </section>
      ))}
      {section.emptyKey ? <p className="utrecht-paragraph">{t(section.emptyKey)}</p> : null}
      <SectieBron section={section} sectionTitle={title} holder={holder} grondslagen={sectieGrondslagen[section.id]} />
    </section>
  );
}
