import { useTranslation } from 'react-i18next';
import { FieldList, type FieldItem } from '@/components/FieldList';
import { wetten, type Grondslag } from '../model/sources';
import type { HolderVM, SectionVM } from '../model/types';
import { TextValue } from './text';

export function useHolderText(holder: HolderVM): { naam: string; uitleg: string } {
  const { t } = useTranslation('brp');
  switch (holder.kind) {
    case 'gemeente':
      return { naam: t('bron.houderGemeente', { gemeente: holder.naam }), uitleg: t('bron.houderGemeenteUitleg') };
    case 'rni':
      return { naam: t('bron.houderRni'), uitleg: t('bron.houderRniUitleg') };
    case 'onbekend':
      return { naam: t('bron.houderOnbekend'), uitleg: t('bron.houderOnbekendUitleg') };
  }
}

export function Grondslagen({ grondslagen }: { grondslagen: readonly Grondslag[] }) {
  const { t } = useTranslation('brp');
  return (
    <ul className="utrecht-unordered-list mg-brp-grondslagen">
      {grondslagen.map((grondslag) => {
        const wet = wetten[grondslag.wet];
        return (
          <li key={grondslag.id}>
            {/* Law titles are official names: not translated. */}
            <a className="utrecht-link" href={wet.url} rel="noopener noreferrer" lang="nl">
              {wet.titel}
              {grondslag.artikel ? `, ${t('bron.artikel', { artikel: grondslag.artikel })}` : null}
            </a>
            <span className="mg-brp-grondslag__uitleg">{t(grondslag.uitlegKey)}</span>
          </li>
        );
      })}
    </ul>
  );
}

type SectieBronProps = {
  section: SectionVM;
  sectionTitle: string;
  holder: HolderVM;
  grondslagen: readonly Grondslag[];
};

/**
 * "Waar komen deze gegevens vandaan?" for one section, folded by default: it repeats for every
 * section, and a closed <details> keeps the page short while staying reachable by keyboard.
 */
export function SectieBron({ section, sectionTitle, holder, grondslagen }: SectieBronProps) {
  const { t } = useTranslation('brp');
  const holderText = useHolderText(holder);
  const items: FieldItem[] = [
    { id: 'houder', label: t('bron.houderLabel'), value: holderText.naam, noAction: true },
    {
      id: 'grondslag',
      label: t('bron.grondslagLabel'),
      value: <Grondslagen grondslagen={grondslagen} />,
      noAction: true,
    },
  ];
  if (section.laatsteWijziging) {
    items.push({
      id: 'laatsteWijziging',
      label: t(section.laatsteWijziging.labelKey),
      value: <TextValue value={section.laatsteWijziging.datum} />,
      noAction: true,
    });
  }
  return (
    <details className="mg-brp-bron">
      <summary className="mg-brp-bron__summary">
        {t('bron.sectieTitel')}
        <span className="mg-visually-hidden"> ({sectionTitle})</span>
      </summary>
      <FieldList items={items} />
    </details>
  );
}
