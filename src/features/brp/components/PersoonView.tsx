import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/Alert';
import { FieldList } from '@/components/FieldList';
import { paginaGrondslagen } from '../model/sources';
import type { InOnderzoekItemVM, NoticeVM, PersoonViewModel } from '../model/types';
import { Grondslagen, useHolderText } from './Bron';
import { BrpSection, sectionAnchor } from './BrpSection';
import { TextValue, useResolveText } from './text';

function Notice({ notice }: { notice: NoticeVM }) {
  const { t } = useTranslation('brp');
  return (
    <Alert type={notice.type} heading={t(notice.headingKey)} role="note">
      {notice.body.map((paragraph, index) => (
        // A fixed list of sentences in a fixed order.
        <p key={index} className="utrecht-paragraph">
          <TextValue value={paragraph} />
        </p>
      ))}
    </Alert>
  );
}

function InOnderzoekSummary({ items }: { items: InOnderzoekItemVM[] }) {
  const { t } = useTranslation('brp');
  const resolve = useResolveText();
  return (
    <Alert type="warning" heading={t('inOnderzoek.titel')} role="note" id="brp-in-onderzoek">
      <p className="utrecht-paragraph">{t('inOnderzoek.tekst')}</p>
      <ul className="utrecht-unordered-list">
        {items.map((item, index) => {
          const values = {
            veld: t(item.labelKey),
            sectie: t(`secties.${item.sectionId}`),
            datum: resolve(item.sinds),
          };
          return (
            <li key={`${item.sectionId}-${index}`}>
              <a className="utrecht-link" href={`#${sectionAnchor(item.sectionId)}`}>
                {item.group
                  ? t('inOnderzoek.itemMetGroep', { ...values, groep: resolve(item.group) })
                  : t('inOnderzoek.item', values)}
              </a>
            </li>
          );
        })}
      </ul>
    </Alert>
  );
}

function PaginaBron({ viewModel }: { viewModel: PersoonViewModel }) {
  const { t } = useTranslation('brp');
  const resolve = useResolveText();
  const holder = useHolderText(viewModel.holder);
  return (
    <section aria-labelledby="brp-bron-titel" className="mg-section mg-brp-paginabron">
      <h2 id="brp-bron-titel" className="utrecht-heading-2">
        {t('bron.titel')}
      </h2>
      <FieldList
        items={[
          {
            id: 'houder',
            label: t('bron.houderLabel'),
            value: holder.naam,
            explanation: holder.uitleg,
            noAction: true,
          },
          ...viewModel.inschrijving.map((field) => ({
            id: field.id,
            label: t(field.labelKey),
            value: resolve(field.value),
            ...(field.explanationKey ? { explanation: t(field.explanationKey) } : {}),
          })),
          {
            id: 'grondslag',
            label: t('bron.grondslagLabel'),
            value: <Grondslagen grondslagen={paginaGrondslagen} />,
            noAction: true,
          },
        ]}
      />
    </section>
  );
}

/** Everything the BRP holds, in the order a citizen checks it: warnings first, then the facts. */
export function PersoonView({ viewModel }: { viewModel: PersoonViewModel }) {
  const { t } = useTranslation('brp');
  return (
    <div className="mg-brp">
      {viewModel.notices.map((notice) => (
        <Notice key={notice.id} notice={notice} />
      ))}
      {viewModel.inOnderzoek.length ? <InOnderzoekSummary items={viewModel.inOnderzoek} /> : null}
      <nav aria-labelledby="brp-inhoud-titel" className="mg-brp-inhoud">
        <h2 id="brp-inhoud-titel" className="utrecht-heading-4">
          {t('pagina.inhoud')}
        </h2>
        <ul className="mg-brp-inhoud__list">
          {viewModel.sections.map((section) => (
            <li key={section.id}>
              <a className="utrecht-link" href={`#${sectionAnchor(section.id)}`}>
                {t(`secties.${section.id}`)}
              </a>
            </li>
          ))}
          <li>
            <a className="utrecht-link" href="#brp-bron-titel">
              {t('bron.titel')}
            </a>
          </li>
        </ul>
      </nav>
      {viewModel.sections.map((section) => (
        <BrpSection key={section.id} section={section} holder={viewModel.holder} />
      ))}
      <PaginaBron viewModel={viewModel} />
    </div>
  );
}
