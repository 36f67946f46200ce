import { useTranslation } from 'react-i18next';
import { FieldActionContext, FieldList } from '@/components/FieldList';
import { Link } from 'react-router';
import { correctiePath } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { needsRoutePage, remedyRule } from '@/lib/remedies';
import type { RegistryView } from '@/lib/registry-view';
import { RegistryTableView } from './RegistryTableView';

/** The field key of "something is missing" in the correction flow. */
const MISSING_FIELD = 'ontbrekend';

/** Where the data comes from: holder, legal basis, last change. Shown on every detail page. */
export function RegistrySource({ view }: { view: RegistryView }) {
  const { t, i18n } = useTranslation('views');
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
  const { t } = useTranslation('views');
  return (
    <>
      {/* The registry's description comes above, before the data (RegistryDetailTop). */}
      {view.inOnderzoek.count > 0 ? (
        <div className="utrecht-alert utrecht-alert--warning mg-alert" role="note">
          <p className="utrecht-paragraph">{t('registry.inOnderzoekSummary', { count: view.inOnderzoek.count })}</p>
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
          {section.facts && section.facts.length > 0 ? (
            <FieldList items={section.facts} onderwerp={section.title} />
          ) : null}
          {section.table && section.table.rows.length > 0 ? <RegistryTableView table={section.table} /> : null}
          {section.empty ? <p className="utrecht-paragraph">{section.empty}</p> : null}
        </section>
      ))}
      <MissingData view={view} />
      <RegistrySource view={view} />
    </>
  );
}

/**
 * "Mist er iets?": data that is not there cannot get a "Klopt dit niet?" link, yet missing data is
 * the commonest error (a diploma, a car, a job). GDPR art. 16 gives the right to have incomplete
 * data completed; the route is the registry's own (src/lib/remedies.ts), as for any other field.
 */
function MissingData({ view }: { view: RegistryView }) {
  const { t } = useTranslation('views');
  const label = t('missing.label');
  const route = needsRoutePage(remedyRule(view.id, MISSING_FIELD));
  return (
    <section aria-labelledby={`mist-${view.id}`} className="mg-section">
      <h2 id={`mist-${view.id}`} className="utrecht-heading-2">
        {t('missing.title')}
      </h2>
      <p className="utrecht-paragraph">{t('missing.text', { holder: view.holder })}</p>
      <p className="utrecht-paragraph">
        <Link
          className="utrecht-link"
          to={correctiePath(view.id, MISSING_FIELD, route ? 'route' : undefined)}
          state={{ label, value: '' }}
        >
          {t('missing.link')}
        </Link>
      </p>
    </section>
  );
}
