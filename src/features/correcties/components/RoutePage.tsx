import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateParts } from '@/components/DateParts';
import { Page } from '@/components/Page';
import { correctiePath } from '@/config/paths';
import { todayIso } from '@/lib/clock';
import type { RegistryId } from '@/lib/registries';
import type { Remedy, RemedyRule } from '@/lib/remedies';
import { bezwaarLastDay } from '@/lib/working-days';
import { correctieQueries } from '../api/queries';
import { ruleOf, type Draft } from '../model/draft';
import { bezwaarDatumSchema, foutDeel } from '../model/schemas';
import { GegevenBox } from './steps/StepTop';
import { useStepForm } from './steps/useStepForm';
import { ErrorSummary } from './fields';

function useT() {
  const { t, i18n } = useTranslation('correcties');
  return { t, language: i18n.language };
}

/**
 * The texts of a kind of data and of its routes, keyed by the rule table's own names: they are
 * the registry's (src/i18n/<lang>/<id>.json `remedies.<kind>`), loaded with this page. Not every
 * kind has every text, so the compiler cannot prove the key exists; the namespace is asked (a
 * test checks every route of the table has its texts).
 */
function useRemedyText(registry: RegistryId) {
  const { i18n } = useTranslation(registry);
  return (key: string, options: Record<string, string> = {}): string | null =>
    i18n.exists(key, { ns: registry }) ? i18n.getFixedT(null, registry)(key as never, options) : null;
}

/** The long date with weekday: a last day is read in a calendar ("vrijdag 8 januari 2027"). */
function longDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language.startsWith('en') ? 'en-GB' : 'nl-NL', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

/**
 * "Klopt dit niet?" when more than one route fits, or the data's source decides it: what kind
 * of data this is, and per route who handles it, within which term and on what legal basis.
 * Everything comes from the rule table (src/lib/remedies.ts); only the correction request is
 * filed here, the others are explained with the organisation and, for bezwaar, the last day.
 */
export function RoutePage({ draft }: { draft: Draft }) {
  const { t } = useT();
  const remedyText = useRemedyText(draft.registry);
  const rule = ruleOf(draft);
  const holder = useQuery(correctieQueries.holder(draft.registry, rule.gegevenssoort));
  const { t: tCommon } = useTranslation('common');
  const holderName = holder.data?.bronhouder.naam ?? tCommon(`registries.${draft.registry}.holder`);
  const partyName = (remedy: Remedy) =>
    remedy.party === 'houder' ? holderName : (draft.partij ?? t(`route.partij.${remedy.party}`));
  const partij = draft.partij ?? t('route.partij.werkgever');
  return (
    <Page title={t('route.titel')}>
      <GegevenBox draft={draft} />
      <p className="utrecht-paragraph">{remedyText(`remedies.${rule.kind}.about`, { partij })}</p>
      {rule.remedies.map((remedy, index) => (
        <RouteOption
          key={remedy.id}
          rule={rule}
          remedy={remedy}
          organisation={partyName(remedy)}
          draft={draft}
          primary={index === 0}
        />
      ))}
    </Page>
  );
}

function RouteOption({
  rule,
  remedy,
  organisation,
  draft,
  primary,
}: {
  rule: RemedyRule;
  remedy: Remedy;
  organisation: string;
  draft: Draft;
  primary: boolean;
}) {
  const { t } = useT();
  const remedyText = useRemedyText(draft.registry);
  const id = `route-${remedy.id}`;
  return (
    <section aria-labelledby={id} className="mg-section mg-route">
      <h2 id={id} className="utrecht-heading-2">
        {remedyText(`remedies.${rule.kind}.options.${remedy.id}`) ?? remedy.id}
      </h2>
      <dl className="mg-check-list">
        <div className="mg-check-list__row">
          <dt className="mg-check-list__key">{t('route.bijWie')}</dt>
          <dd className="mg-check-list__value">{organisation}</dd>
        </div>
        {remedy.term.soort !== 'geen' ? (
          <div className="mg-check-list__row">
            <dt className="mg-check-list__key">{t('route.termijn')}</dt>
            <dd className="mg-check-list__value">
              {remedy.term.soort === 'beslistermijn' ? (
                <>
                  {t('route.beslistermijn', { houder: organisation, duur: t(`route.duur.${remedy.term.duur}`) })}{' '}
                  {remedy.term.verlenging
                    ? t('route.verlenging', { duur: t(`route.duur.${remedy.term.verlenging}`) })
                    : t('route.geenVerlenging')}
                </>
              ) : (
                t('route.bezwaar.termijn')
              )}
            </dd>
          </div>
        ) : null}
        <div className="mg-check-list__row">
          <dt className="mg-check-list__key">{t('route.wet')}</dt>
          <dd className="mg-check-list__value">{remedy.legalBasis.join('; ')}</dd>
        </div>
      </dl>
      {remedy.id === 'bezwaar' ? <BezwaarCalculator organisation={organisation} /> : null}
      {remedy.id === 'loonaangifte' ? (
        <p className="utrecht-paragraph">{t('route.hoe.loonaangifte', { partij: organisation })}</p>
      ) : null}
      {remedy.id === 'opgave' ? <p className="utrecht-paragraph">{t('route.hoe.opgave')}</p> : null}
      {remedy.inApp ? (
        <p className="utrecht-paragraph">
          <Link
            className={`utrecht-button-link utrecht-button-link--html-a ${primary ? 'utrecht-button-link--primary-action' : 'utrecht-button-link--secondary-action'}`}
            to={correctiePath(draft.registry, draft.veld, 'wat')}
          >
            {t('route.starten')}
          </Link>
        </p>
      ) : (
        <p className="utrecht-paragraph mg-route__elders">{t('route.nietHier')}</p>
      )}
    </section>
  );
}

const PARTS = ['dag', 'maand', 'jaar'] as const;

/**
 * The last day for bezwaar from the date on the decision: the registries do not send that
 * date (WOZ Bevragen has no date of the beschikking), the letter in the citizen's hands has it.
 */
function BezwaarCalculator({ organisation }: { organisation: string }) {
  const { t, language } = useT();
  const [lastDay, setLastDay] = useState<string | undefined>();
  const { form, error, summary, onSubmit } = useStepForm({
    schema: bezwaarDatumSchema(todayIso()),
    defaultValues: { dag: '', maand: '', jaar: '' },
    ids: { dag: 'bezwaar-datum', maand: 'bezwaar-datum-maand', jaar: 'bezwaar-datum-jaar' },
    onValid: (values) => setLastDay(bezwaarLastDay(values.datum)),
  });
  const part = PARTS.find((p) => error(p));
  const today = todayIso();
  return (
    <div className="mg-bezwaar">
      <ErrorSummary {...summary} />
      <form noValidate className="mg-form" onSubmit={onSubmit}>
        <DateParts
          id="bezwaar-datum"
          name="bezwaar-datum"
          legend={t('route.bezwaar.datumLabel')}
          hint={t('route.bezwaar.datumHint')}
          error={part ? error(part) : undefined}
          errorPart={part ? foutDeel(form.formState.errors[part]?.message) : undefined}
          inputProps={(p) => form.register(p)}
        />
        <button type="submit" className="utrecht-button utrecht-button--secondary-action">
          {t('route.bezwaar.bereken')}
        </button>
      </form>
      <div aria-live="polite" role="status">
        {lastDay ? (
          <p
            className={`utrecht-paragraph mg-bezwaar__uitkomst ${lastDay < today ? 'mg-bezwaar__uitkomst--voorbij' : ''}`}
          >
            <strong>
              {lastDay < today
                ? t('route.bezwaar.voorbij', { datum: longDate(lastDay, language) })
                : t('route.bezwaar.uiterlijk', { datum: longDate(lastDay, language) })}
            </strong>
          </p>
        ) : null}
      </div>
      <p className="utrecht-paragraph">{t('route.bezwaar.hoe', { organisatie: organisation })}</p>
    </div>
  );
}
