import { useTranslation } from 'react-i18next';
import { FieldActionContext, FieldList } from '@/components/FieldList';
import { formatDate } from '@/lib/format';
import type { RegistryView } from '@/lib/registry-view';
import { RegistryTableView } from './RegistryTableView';

/** Where the data comes from: holder, legal basis, last change. Shown on every detail page. */
export function RegistrySource({ view }: { view: RegistryView }) {
  const { t, i18n } = useTranslation('common');
  return (
    <section aria-labelledby={`bron-${view.id}`} className="mg-source">
      <h2 id={`bron-${view.id}`} className="utrecht-heading-2">
        {t('registry.sourceTitle')}
      </h2>
      <dl className="mg-source__list">
        <div>
          <dt>{t('registry.holder')}</dt>
          <dd>{view.holder}</dd>
        </div>
        <div>
          <dt>{t('registry.legalBasis')}</dt>
          <dd>{view.legalBasis}</dd>
        </div>
        <div>
          <dt>{t('registry.lastChanged')}</dt>
          <dd>{view.lastChanged ? formatDate(view.lastChanged, i18n.language) : t('registry.lastChangedUnknown')}</dd>
        </div>
      </dl>
    </section>
  );
}

/** Every section of one registry: facts as a description list, lists as tables. */
export function RegistryDetail({ view }: { view: RegistryView }) {
  const { t } = useTranslation('common');
  return (
    <>
      <p className="utrecht-paragraph">{view.description}</p>
      {view.inOnderzoek.count > 0 ? (
        <div className="utrecht-alert utrecht-alert--warning mg-alert" role="note">
          <p className="utrecht-paragraph">
            {t('registry.inOnderzoekSummary', { count: view.inOnderzoek.count })}
          </p>
        </div>
      ) : null}
      {view.emptyText && view.sections.length === 0 ? <p className="utrecht-paragraph">{view.emptyText}</p> : null}
      {view.keyFacts.length > 0 ? (
        // The same facts as the overview card, first: the short answer before the details.
        <section aria-labelledby={`kort-${view.id}`} className="mg-section mg-summary">
          <h2 id={`kort-${view.id}`} className="utrecht-heading-2">
            {t('registry.summaryTitle')}
          </h2>
          {/* The same facts come again below, with their actions: none in the summary. */}
          <FieldActionContext.Provider value={null}>
            <FieldList items={view.keyFacts} />
          </FieldActionContext.Provider>
        </section>
      ) : null}
      {view.sections.map((section) => (
        <section key={section.id} aria-labelledby={`sectie-${view.id}-${section.id}`} className="mg-section">
          <h2 id={`sectie-${view.id}-${section.id}`} className="utrecht-heading-2">
            {section.title}
          </h2>
          {section.intro ? <p className="utrecht-paragraph">{section.intro}</p> : null}
          {section.facts && section.facts.length > 0 ? <FieldList items={section.facts} /> : null}
          {section.table && section.table.rows.length > 0 ? <RegistryTableView table={section.table} /> : null}
          {section.empty ? <p className="utrecht-paragraph">{section.empty}</p> : null}
        </section>
      ))}
      <RegistrySource view={view} />
    </>
  );
}
