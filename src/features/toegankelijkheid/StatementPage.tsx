import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/Page';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="mg-section" aria-labelledby={id}>
      <h2 id={id} className="utrecht-heading-2">
        {title}
      </h2>
      {children}
    </section>
  );
}

function List({ items }: { items: readonly string[] }) {
  return (
    <ul className="utrecht-unordered-list">
      {items.map((item) => (
        <li key={item} className="utrecht-unordered-list__item">
          {item}
        </li>
      ))}
    </ul>
  );
}

/**
 * The accessibility statement every Dutch government site must publish (Besluit digitale
 * toegankelijkheid overheid), in the order of the model statement: scope, standard, status,
 * how it was tested, known problems, how to report one, and the date. Public: no sign-in.
 * It claims only what the test suite checks (tests/e2e/sweep/sweep.ts, run by tests/e2e/a11y-sweep-nl.e2e.ts and -en.e2e.ts) and says plainly
 * what was not tested.
 */
export function StatementPage() {
  const { t } = useTranslation('toegankelijkheid');
  return (
    <Page title={t('title')} lead={t('lead')}>
      <Section id="verklaring-over" title={t('about.title')}>
        <p className="utrecht-paragraph">{t('about.body')}</p>
      </Section>
      <Section id="verklaring-norm" title={t('standard.title')}>
        <p className="utrecht-paragraph">{t('standard.body')}</p>
      </Section>
      <Section id="verklaring-status" title={t('status.title')}>
        <dl className="utrecht-data-list mg-statement__status">
          <div className="utrecht-data-list__item">
            <dt className="utrecht-data-list__item-key">{t('status.label')}</dt>
            <dd className="utrecht-data-list__item-value">
              <strong>{t('status.value')}</strong>
            </dd>
          </div>
        </dl>
        <p className="utrecht-paragraph">{t('status.body')}</p>
      </Section>
      <Section id="verklaring-getest" title={t('tested.title')}>
        <p className="utrecht-paragraph">{t('tested.intro')}</p>
        <List items={t('tested.items', { returnObjects: true })} />
        <h3 className="utrecht-heading-3">{t('tested.notTestedTitle')}</h3>
        <List items={t('tested.notTested', { returnObjects: true })} />
      </Section>
      <Section id="verklaring-problemen" title={t('issues.title')}>
        <p className="utrecht-paragraph">{t('issues.intro')}</p>
        <List items={t('issues.items', { returnObjects: true })} />
      </Section>
      <Section id="verklaring-melden" title={t('report.title')}>
        <p className="utrecht-paragraph">{t('report.body')}</p>
        <p className="utrecht-paragraph">{t('report.demo')}</p>
      </Section>
      <Section id="verklaring-datum" title={t('date.title')}>
        <p className="utrecht-paragraph">
          {t('date.body')} <time dateTime="2026-11-28">{t('date.value')}</time>.
        </p>
        <p className="utrecht-paragraph">{t('date.review')}</p>
      </Section>
    </Page>
  );
}
