import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Page } from '@/components/Page';
import { paths, verzoekPath } from '@/config/paths';
import { isIsoDate } from '@/lib/deadlines';
import { formatDate } from '@/lib/format';
import type { RegistryId } from '@/lib/registry-view';
import { sessionQuery } from '@/lib/session';
import { correctieQueries } from '../api/queries';
import { withdraw } from '../api/withdraw';
import { zgw } from '../api/zgw';
import { todayIso } from '@/lib/clock';
import { STATUS_BADGE, statusOf, timelineOf } from '../model/status';
import { beperkingOf, findVerzoek, toVerzoeken, type VerzoekVM, type ZaakVM } from '../model/verzoek';
// Only a request waiting for the citizen's answer needs the answer form and the upload checks:
// its own chunk, so the request page stays within its budget (docs/decisions/005).
const MeerInformatie = lazy(() => import('./MeerInformatie').then((m) => ({ default: m.MeerInformatie })));
import '../correcties.css';

function useVerzoeken() {
  // Only once the citizen session is known (the guard above checks it too): no request without one.
  const session = useQuery(sessionQuery());
  const query = useQuery({ ...correctieQueries.verzoeken(), enabled: session.data?.role === 'burger' });
  const verzoeken = useMemo(() => (query.data ? toVerzoeken(query.data, todayIso()) : undefined), [query.data]);
  return { query, verzoeken };
}

function useT() {
  const { t, i18n } = useTranslation('correcties');
  const tt = (key: string, values?: Record<string, unknown>) =>
    (t as unknown as (k: string, v?: Record<string, unknown>) => string)(key, values);
  return { t: tt, i18n };
}

/**
 * What a request is about, in one name on every page (issue 19): the field and its object as the
 * citizen saw them ("AB-123-C – Volkswagen Golf: APK-vervaldatum") and the registry. They are
 * kept in the language they were shown in; on a page in the other language that part is marked
 * with `lang`. Requests filed before the zaak carried the field's label say the registry alone.
 */
export function requestTitle(
  zaak: ZaakVM,
  t: (key: string, v?: Record<string, unknown>) => string,
  tRegistry: (id: string) => string,
  language: string,
): { text: string; node: ReactNode } {
  const registratie = zaak.registry ? tRegistry(zaak.registry) : '';
  if (zaak.soort === 'uitleg') {
    const text = registratie ? t('verzoeken.uitlegTitel', { registratie }) : t('verzoeken.uitlegZonder');
    return { text, node: text };
  }
  if (!zaak.gegeven) {
    const text = t('verzoeken.correctieTitel', { registratie });
    return { text, node: text };
  }
  const gegeven = zaak.onderwerp ? `${zaak.onderwerp}: ${zaak.gegeven}` : zaak.gegeven;
  const [voor = '', na = ''] = t('verzoeken.correctieOver', { registratie, gegeven: '\u0000' }).split('\u0000');
  const other = !language.startsWith(zaak.taal);
  return {
    text: `${voor}${gegeven}${na}`,
    node: (
      <>
        {voor}
        {other ? <span lang={zaak.taal}>{gegeven}</span> : gegeven}
        {na}
      </>
    ),
  };
}

/**
 * The holder's last day as the zaak says it (the app never makes one up), moved to the next
 * working day where the law moves it. On the detail page it says, only where the zaaktype
 * allows it, that the term can be extended, and then only with reasons and in time.
 */
function Clock({ zaak, detail = false }: { zaak: ZaakVM; detail?: boolean }) {
  const { t, i18n } = useT();
  if (zaak.closed) return null;
  if (!zaak.dueDate) return <p className="utrecht-paragraph mg-clock">{t('verzoeken.geenTermijn')}</p>;
  const datum = formatDate(zaak.dueDate, i18n.language);
  const moved =
    detail && zaak.dueDateOnZaak ? (
      <p className="utrecht-paragraph">
        {t('verzoeken.verschoven', { nominaal: formatDate(zaak.dueDateOnZaak, i18n.language), datum })}
      </p>
    ) : null;
  if (zaak.daysLeft !== null && zaak.daysLeft < 0) {
    return (
      <>
        <p className="utrecht-paragraph mg-clock mg-clock--overdue">
          <strong>
            {t(zaak.soort === 'uitleg' ? 'verzoeken.antwoordTeLaat' : 'verzoeken.teLaat', {
              datum,
              count: -zaak.daysLeft,
            })}
          </strong>
        </p>
        {moved}
      </>
    );
  }
  return (
    <>
      <p className="utrecht-paragraph mg-clock">
        {/* A question gets an answer, a correction a decision: one word for each (issue 19). */}
        {t(zaak.soort === 'uitleg' ? 'verzoeken.antwoordUiterlijk' : 'verzoeken.uiterlijk', {
          datum,
          count: zaak.daysLeft ?? 0,
        })}
        {detail && zaak.verlengbaar ? <> {t('verzoeken.verlengbaar', { datum })}</> : null}
      </p>
      {moved}
    </>
  );
}

/** Who handles a zaak: the registry's holder, or for a question about a processing the organisation that did it. */
type Handler = { naam: string; bestuursorgaan: boolean; entityId?: string | undefined };

function useHandler(zaak: ZaakVM): Handler | undefined {
  const { t: tCommon } = useTranslation('common');
  const controller = useQuery({
    ...correctieQueries.verantwoordelijke(zaak.organisatieId ?? ''),
    enabled: Boolean(zaak.organisatieId),
  });
  const bronhouder = useQuery({
    ...correctieQueries.bronhouder(zaak.registry ?? 'brp'),
    enabled: Boolean(zaak.registry) && !zaak.organisatieId,
  });
  if (zaak.organisatieId)
    return controller.data
      ? { naam: controller.data.organisatie.naam, bestuursorgaan: controller.data.organisatie.bestuursorgaan }
      : undefined;
  if (bronhouder.data)
    return {
      naam: bronhouder.data.bronhouder.naam,
      bestuursorgaan: true,
      entityId: bronhouder.data.bronhouder.entityId,
    };
  // Every registry holder is a public body; until its name is known, the registry's holder in words.
  return zaak.registry ? { naam: tCommon(`registries.${zaak.registry}.holder`), bestuursorgaan: true } : undefined;
}

function ApLink() {
  const { t } = useT();
  return (
    <a className="utrecht-link" href="https://www.autoriteitpersoonsgegevens.nl/" rel="noreferrer">
      {t('detail.apLink')}
    </a>
  );
}

/** Not "Te laat" alone: what the citizen can do when the holder has not decided in time. */
function LateRemedies({ zaak, handler }: { zaak: ZaakVM; handler: Handler }) {
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
function Bezwaar({ zaak, handler }: { zaak: ZaakVM; handler: Handler }) {
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
function Beperking({ zaak, houder }: { zaak: ZaakVM; houder: string }) {
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

function StatusBadge({ zaak }: { zaak: ZaakVM }) {
  const { t } = useT();
  const status = statusOf(zaak);
  return (
    <span className={`utrecht-status-badge mg-status-badge utrecht-status-badge--${STATUS_BADGE[status]}`}>
      {t(`status.${status}`)}
    </span>
  );
}

export function MijnVerzoekenPage() {
  const { t, i18n } = useT();
  const { t: tCommon } = useTranslation('common');
  const { query, verzoeken } = useVerzoeken();
  let content;
  if (verzoeken) {
    content = verzoeken.length ? (
      <ul className="mg-verzoeken">
        {verzoeken.map((v) => (
          <li key={v.id} className="mg-verzoek-card">
            <h2 className="utrecht-heading-3">
              <Link className="utrecht-link" to={verzoekPath(v.id)}>
                {v.zaken[0]
                  ? requestTitle(v.zaken[0], t, (id) => tCommon(`registries.${id as 'brp'}.name`), i18n.language).node
                  : v.id}
              </Link>
            </h2>
            <p className="utrecht-paragraph">
              {t('verzoeken.ontvangenOp', { datum: formatDate(v.ontvangen, i18n.language) })}
            </p>
            {v.zaken.map((z) => (
              <div key={z.uuid}>
                <p className="utrecht-paragraph">
                  {t('verzoeken.referentie')} {z.identificatie} · <StatusBadge zaak={z} />
                </p>
                <Clock zaak={z} />
              </div>
            ))}
          </li>
        ))}
      </ul>
    ) : (
      <p className="utrecht-paragraph">{t('verzoeken.leeg')}</p>
    );
  } else if (query.isError) {
    content = (
      <ErrorState
        error={query.error}
        heading={t('verzoeken.fout')}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  } else {
    content = <LoadingState label={t('verzoeken.laden')} lines={4} />;
  }
  return (
    <Page title={t('verzoeken.titel')} lead={t('verzoeken.intro')}>
      {content}
    </Page>
  );
}

function Steps({ zaak }: { zaak: ZaakVM }) {
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

function Eigenschappen({ zaak }: { zaak: ZaakVM }) {
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
  ].filter((r): r is [string, string] => Boolean(r[1]));
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
function Documenten({ zaak }: { zaak: ZaakVM }) {
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

function Intrekken({ verzoek }: { verzoek: VerzoekVM }) {
  const { t } = useT();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const mutation = useMutation({
    mutationFn: () => withdraw(verzoek.zaken.filter((z) => !z.closed).map((z) => z.uuid)),
    onSuccess: async () => {
      setConfirming(false);
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
    },
  });
  if (!verzoek.open) return null;
  return (
    <section aria-labelledby="intrekken-titel" className="mg-section">
      <h2 id="intrekken-titel" className="utrecht-heading-2">
        {t('detail.intrekkenTitel')}
      </h2>
      {mutation.isError ? (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">{t('detail.intrekkenMislukt')}</p>
        </Alert>
      ) : null}
      {confirming ? (
        <div ref={confirmRef} className="utrecht-alert utrecht-alert--warning mg-alert" role="alert">
          <p className="utrecht-paragraph">{t('detail.intrekkenZeker')}</p>
          <div className="mg-button-row">
            <Button
              appearance="primary"
              busy={mutation.isPending}
              disabled={mutation.isPending}
              onClick={() => mutation.mutate()}
            >
              {t('detail.intrekkenJa')}
            </Button>{' '}
            <Button onClick={() => setConfirming(false)} disabled={mutation.isPending}>
              {t('detail.intrekkenNee')}
            </Button>
          </div>
        </div>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('detail.intrekkenUitleg')}</p>
          <Button onClick={() => setConfirming(true)}>{t('detail.intrekken')}</Button>
        </>
      )}
    </section>
  );
}

/** Who hears of a correction (GDPR art. 19): per holder, for the data of this zaak's field. The app layer supplies the list. */
export type RecipientsSlot = (target: {
  registry: RegistryId;
  veld: string | undefined;
  houder: string;
  houderEntityId: string | undefined;
}) => ReactNode;

function ZaakDetail({
  zaak,
  holderCount,
  recipients,
}: {
  zaak: ZaakVM;
  holderCount: number;
  recipients: RecipientsSlot | undefined;
}) {
  const { t, i18n } = useT();
  const { t: tCommon } = useTranslation('common');
  const handler = useHandler(zaak);
  const registratie = zaak.registry ? tCommon(`registries.${zaak.registry}.name`) : '';
  const houder = handler?.naam ?? registratie;
  const H = holderCount > 1 ? 'h3' : 'h2';
  const heading =
    handler && registratie
      ? t('detail.bijHouder', { houder: handler.naam, registratie })
      : handler?.naam || registratie || zaak.omschrijving;
  return (
    <section aria-labelledby={`zaak-${zaak.uuid}`} className="mg-section mg-verzoek-card">
      <H id={`zaak-${zaak.uuid}`} className={holderCount > 1 ? 'utrecht-heading-3' : 'utrecht-heading-2'}>
        {heading}
      </H>
      <p className="utrecht-paragraph">
        {t('verzoeken.referentie')} <strong>{zaak.identificatie}</strong> · <StatusBadge zaak={zaak} />
      </p>
      <p className="utrecht-paragraph">
        {t('verzoeken.ontvangenOp', { datum: formatDate(zaak.ontvangen, i18n.language) })}
      </p>
      <Clock zaak={zaak} detail />
      {handler ? <LateRemedies zaak={zaak} handler={handler} /> : null}
      <Steps zaak={zaak} />
      {zaak.verlenging ? (
        <Alert type="info" role="note" headingLevel={3} heading={t('detail.verlengdTitel')}>
          <p className="utrecht-paragraph">{t('detail.verlengd', { reden: zaak.verlenging.reden })}</p>
        </Alert>
      ) : null}
      {zaak.stap === 'aanvullende_informatie' && !zaak.closed ? (
        <Suspense fallback={<LoadingState label={t('detail.infoNodigTitel')} lines={3} />}>
          <MeerInformatie zaak={zaak} houder={houder} />
        </Suspense>
      ) : null}
      {zaak.uitkomst === 'toegekend' ? (
        <Alert type="ok" role="note" headingLevel={3} heading={t('uitkomst.toegekend')}>
          <p className="utrecht-paragraph">{zaak.uitkomstToelichting}</p>
        </Alert>
      ) : null}
      {zaak.uitkomst === 'afgewezen' ? (
        <Alert type="error" role="note" headingLevel={3} heading={t('uitkomst.afgewezen')}>
          <p className="utrecht-paragraph">{t('detail.reden', { reden: zaak.uitkomstToelichting ?? '' })}</p>
        </Alert>
      ) : null}
      {handler ? <Bezwaar zaak={zaak} handler={handler} /> : null}
      <Beperking zaak={zaak} houder={houder} />
      <Eigenschappen zaak={zaak} />
      <Documenten zaak={zaak} />
      {zaak.soort === 'correctie' && zaak.registry ? (
        <section aria-labelledby={`art19-${zaak.uuid}`} className="mg-section">
          <h3 id={`art19-${zaak.uuid}`} className="utrecht-heading-3">
            {t('detail.art19Per', { houder })}
          </h3>
          {recipients && handler ? (
            recipients({ registry: zaak.registry, veld: zaak.veld, houder, houderEntityId: handler.entityId })
          ) : (
            <p className="utrecht-paragraph">{t('detail.art19Geen')}</p>
          )}
        </section>
      ) : null}
    </section>
  );
}

const MOCK_CONTROLS = import.meta.env.VITE_MOCKS !== 'off' || import.meta.env.VITE_MOCK_CONTROLS === 'on';

/** Testhulp (mocks only): the simulated holder takes the next step, so clocks and messages can be seen working. */
function VolgendeStatus({ verzoek }: { verzoek: VerzoekVM }) {
  const { t } = useT();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: ({ uuid, action }: { uuid: string; action: 'volgende' | 'verlengen' }) =>
      action === 'volgende' ? zgw.volgendeStatus(uuid) : zgw.verlengen(uuid),
    onSuccess: () => queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'session' }),
  });
  const open = verzoek.zaken.filter((z) => !z.closed);
  if (!open.length) return null;
  return (
    <section aria-labelledby="testhulp-titel" className="mg-section mg-testhulp">
      <h2 id="testhulp-titel" className="utrecht-heading-3">
        {t('testhulp.titel')}
      </h2>
      <p className="utrecht-paragraph">{t('testhulp.uitleg')}</p>
      {mutation.isError ? (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">{t('testhulp.mislukt')}</p>
        </Alert>
      ) : null}
      {open.map((z) => (
        <p key={z.uuid} className="utrecht-paragraph mg-button-row">
          <Button
            busy={mutation.isPending}
            disabled={mutation.isPending}
            onClick={() => mutation.mutate({ uuid: z.uuid, action: 'volgende' })}
          >
            {t('testhulp.volgende', { referentie: z.identificatie })}
          </Button>{' '}
          {/* Only where the zaaktype allows an extension: a BRP address has none (Wet BRP). */}
          {z.verlengbaar ? (
            <Button
              busy={mutation.isPending}
              disabled={mutation.isPending}
              onClick={() => mutation.mutate({ uuid: z.uuid, action: 'verlengen' })}
            >
              {t('testhulp.verlengen', { referentie: z.identificatie })}
            </Button>
          ) : null}
        </p>
      ))}
    </section>
  );
}

/**
 * `recipients`: who got this field's data from each holder (GDPR art. 19), from the processing
 * log; the app layer supplies it, as features do not import each other.
 */
export function VerzoekDetailPage({ recipients }: { recipients?: RecipientsSlot } = {}) {
  const { id = '' } = useParams();
  const { t, i18n } = useT();
  const { t: tCommon } = useTranslation('common');
  const { query, verzoeken } = useVerzoeken();
  const verzoek = verzoeken ? findVerzoek(verzoeken, id) : undefined;
  const first = verzoek?.zaken[0];
  const title = first
    ? requestTitle(first, t, (r) => tCommon(`registries.${r as 'brp'}.name`), i18n.language)
    : { text: t('detail.titel'), node: t('detail.titel') };
  let content;
  if (verzoek) {
    content = (
      <>
        {verzoek.zaken.length > 1 ? (
          <p className="utrecht-paragraph">{t('detail.meerdereHouders', { count: verzoek.zaken.length })}</p>
        ) : null}
        {verzoek.zaken.map((z) => (
          <ZaakDetail key={z.uuid} zaak={z} holderCount={verzoek.zaken.length} recipients={recipients} />
        ))}
        <Intrekken verzoek={verzoek} />
        {MOCK_CONTROLS ? <VolgendeStatus verzoek={verzoek} /> : null}
      </>
    );
  } else if (verzoeken) {
    content = <p className="utrecht-paragraph">{t('detail.nietGevonden')}</p>;
  } else if (query.isError) {
    content = (
      <ErrorState
        error={query.error}
        heading={t('verzoeken.fout')}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  } else {
    content = <LoadingState label={t('verzoeken.laden')} lines={6} />;
  }
  return (
    <Page title={title.text} heading={title.node}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={paths.mijnVerzoeken}>
          {t('detail.terug')}
        </Link>
      </p>
      {content}
    </Page>
  );
}
