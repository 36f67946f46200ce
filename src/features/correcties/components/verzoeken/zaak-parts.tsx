/** The parts of one zaak on the request page: remedies, restriction, timeline, answers and evidence. */
import { useQuery } from '@tanstack/react-query';
import { Alert } from '@/components/Alert';
import { isIsoDate } from '@/lib/deadlines';
import { formatDate } from '@/lib/format';
import { correctieQueries } from '../../api/queries';
import { todayIso } from '@/lib/clock';
import { timelineOf } from '../../model/status';
import { beperkingOf, type ZaakVM } from '../../model/verzoek';

import { type Handler, useT } from './shared';

export function ApLink() {
  const { t } = useT();
  return (
    <a className="utrecht-link" href="https://www.autoriteitpersoonsgegevens.nl/" rel="noreferrer">
      {t('detail.apLink')}
    </a>
  );
}

/** Not "Te laat" alone: what the citizen can do when the holder has not decided in time. */
export function LateRemedies({ zaak, handler }: { zaak: ZaakVM; handler: Handler }) {
  const { t } = useT();
  if (!zaak.overdue || zaak.closed) return null;
  return (
    <Alert type="warning" role="note" headingLevel={3} heading={t('detail.teLaatTitel')}>
      <ul className="utrecht-unordered-list">
        {handler.bestuursorgaan ? (
          <>
            <li>{t('detail.teLaatIngebreke', { houder: handler.naam })}</li>
            <li>{t('detail.teLaatBeroep')}</li>
          </>
        ) : (
          <li>{t('detail.teLaatRechter')}</li>
        )}
        <li>
          {t('detail.teLaatKlacht')} <ApLink />
          {t('detail.teLaatKlachtNa')}
        </li>
      </ul>
    </Alert>
  );
}

/** After a decision: the last day for bezwaar (or, for a private organisation, the court) and where to send it. */
export function Bezwaar({ zaak, handler }: { zaak: ZaakVM; handler: Handler }) {
  const { t, i18n } = useT();
  if (!zaak.bezwaarTot || (zaak.uitkomst !== 'afgewezen' && zaak.uitkomst !== 'toegekend')) return null;
  const datum = formatDate(zaak.bezwaarTot, i18n.language);
  const voorbij = zaak.bezwaarTot < todayIso();
  return (
    <section aria-labelledby={`bezwaar-${zaak.uuid}`} className="mg-bezwaar">
      <h3 id={`bezwaar-${zaak.uuid}`} className="utrecht-heading-3">
        {t('detail.bezwaarTitel')}
      </h3>
      {handler.bestuursorgaan ? (
        <>
          <p className="utrecht-paragraph">
            {voorbij ? (
              t('detail.bezwaarVoorbij', { houder: handler.naam, datum })
            ) : (
              <strong>{t('detail.bezwaarTot', { houder: handler.naam, datum })}</strong>
            )}
          </p>
          <p className="utrecht-paragraph">
            {t('detail.bezwaarHoe', { houder: handler.naam, referentie: zaak.identificatie })}
          </p>
        </>
      ) : (
        <p className="utrecht-paragraph">{t('detail.geenBestuursorgaan', { houder: handler.naam })}</p>
      )}
      <p className="utrecht-paragraph">
        {t('detail.klacht')} <ApLink />
        {t('detail.klachtNa')}
      </p>
    </section>
  );
}

/** GDPR art. 18 as a state the citizen can see: asked, in force (and until when, once told), lifted. */
export function Beperking({ zaak, houder }: { zaak: ZaakVM; houder: string }) {
  const { t, i18n } = useT();
  const query = useQuery(correctieQueries.eigenschappen(zaak.uuid));
  const beperking = query.data ? beperkingOf(query.data, zaak.closed, todayIso()) : undefined;
  if (!beperking) return null;
  if (beperking.staat === 'opgeheven') {
    return (
      <Alert type="info" role="note" headingLevel={3} heading={t('detail.beperkingOpgehevenTitel')}>
        <p className="utrecht-paragraph">
          {t('detail.beperkingOpgeheven', { datum: formatDate(beperking.op, i18n.language) })}
        </p>
      </Alert>
    );
  }
  if (beperking.staat === 'gevraagd') {
    return (
      <Alert type="info" role="note" headingLevel={3} heading={t('detail.beperkingGevraagdTitel')}>
        <p className="utrecht-paragraph">{t('detail.beperkingGevraagd', { houder })}</p>
      </Alert>
    );
  }
  return (
    <Alert type="info" role="note" headingLevel={3} heading={t('detail.beperkingVanKrachtTitel')}>
      <p className="utrecht-paragraph">{t('detail.beperkingVanKracht', { houder })}</p>
      <p className="utrecht-paragraph">
        {beperking.stopt
          ? t('detail.beperkingStopt', { houder, datum: formatDate(beperking.stopt, i18n.language) })
          : t('detail.beperkingNogNiet', { houder })}
      </p>
    </Alert>
  );
}

export function Steps({ zaak }: { zaak: ZaakVM }) {
  const { t, i18n } = useT();
  const marker = { done: '✓', current: '●', todo: '○', skipped: '–' } as const;
  return (
    <>
      {zaak.stap === 'ingetrokken' ? <p className="utrecht-paragraph">{t('detail.ingetrokken')}</p> : null}
      <ol className="mg-steps" aria-label={t('detail.stappenLabel')}>
        {timelineOf(zaak).map(({ stap, state }) => {
          const when =
            state === 'done' || state === 'current' ? zaak.history.find((h) => h.stap === stap)?.datum : undefined;
          const label = t(`detail.stapStaat.${state}`, { stap: t(`stap.${stap}`) });
          return (
            <li
              key={stap}
              className={`mg-steps__item mg-steps__item--${state}`}
              aria-label={label}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="mg-steps__marker" aria-hidden="true">
                {marker[state]}
              </span>
              <span aria-hidden="true">
                {state === 'skipped' ? label : t(`stap.${stap}`)}
                {when ? ` (${formatDate(when, i18n.language)})` : ''}
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}

type RowKey =
  | 'detail.huidig'
  | 'detail.wasGeregistreerd'
  | 'detail.voorgesteld'
  | 'detail.nieuweWaarde'
  | 'detail.toelichting'
  | 'detail.beperking';

export function Eigenschappen({ zaak }: { zaak: ZaakVM }) {
  const { t, i18n } = useT();
  // A date as people read it ("30 juni 2010"), not as the zaak stores it.
  const shown = (value: string | undefined) => (value && isIsoDate(value) ? formatDate(value, i18n.language) : value);
  const query = useQuery(correctieQueries.eigenschappen(zaak.uuid));
  if (!query.data) return null;
  const get = (naam: string) => query.data.find((e) => e.naam === naam)?.waarde;
  // Once granted, the old value is no longer what is registered: say it was, and that the new one is.
  const toegekend = zaak.uitkomst === 'toegekend';
  const rows = [
    [toegekend ? 'detail.wasGeregistreerd' : 'detail.huidig', shown(get('huidigeWaarde'))],
    [toegekend ? 'detail.nieuweWaarde' : 'detail.voorgesteld', shown(get('voorgesteldeWaarde'))],
    ['detail.toelichting', get('toelichting')],
    [
      'detail.beperking',
      get('beperkingGevraagd') ? t(`beperking.${get('beperkingGevraagd') === 'ja' ? 'ja' : 'nee'}`) : undefined,
    ],
  ].filter((r): r is [RowKey, string] => Boolean(r[1]));
  if (!rows.length) return null;
  return (
    <dl className="mg-check-list">
      {rows.map(([key, value]) => (
        <div key={key} className="mg-check-list__row">
          <dt className="mg-check-list__key">{t(key)}</dt>
          <dd className="mg-check-list__value mg-pre">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The evidence the citizen sent with the request (and any later reply), by file name. */
export function Documenten({ zaak }: { zaak: ZaakVM }) {
  const { t } = useT();
  const query = useQuery(correctieQueries.documenten(zaak.url));
  if (!query.data) return null;
  const titels = query.data.map((d) => d.titel).filter((x): x is string => Boolean(x));
  return (
    <section aria-labelledby={`documenten-${zaak.uuid}`} className="mg-section">
      <h3 id={`documenten-${zaak.uuid}`} className="utrecht-heading-3">
        {t('detail.documentenTitel')}
      </h3>
      {titels.length ? (
        <ul className="utrecht-unordered-list">
          {titels.map((titel, i) => (
            <li key={`${titel}-${i}`}>{titel}</li>
          ))}
        </ul>
      ) : (
        <p className="utrecht-paragraph">{t('detail.documentenGeen')}</p>
      )}
    </section>
  );
}
