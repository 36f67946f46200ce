import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorState } from '@/components/ErrorState';
import { FieldList, type FieldItem } from '@/components/FieldList';
import { LoadingState } from '@/components/LoadingState';
import { Page } from '@/components/Page';
import { paths } from '@/config/paths';
import { verwerkingenQueries, type ActivityVersion, type Entity } from '../api/ldv';
import { useCategoryName, useLog, useSourceNames, useTrace } from '../hooks';
import { parseEventId, type LogEvent } from '../model/log';
import { eventPath } from '../paths';
import { AskWhy } from './AskWhy';
import './verwerkingen.css';

/** ISO 8601 durations of the register in words ("P7Y" → 7 jaar). */
function retention(iso: string, t: (k: 'years' | 'months' | 'days', o: { count: number }) => string): string {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$/.exec(iso);
  if (!m) return iso;
  return [
    m[1] && t('years', { count: Number(m[1]) }),
    m[2] && t('months', { count: Number(m[2]) }),
    m[3] && t('days', { count: Number(m[3]) }),
  ]
    .filter(Boolean)
    .join(' ');
}

/** Everything known about one processing event, in plain words, and "Waarom is dit gebeurd?". */
export function EventDetailPage() {
  const { t } = useTranslation('verwerkingen');
  const { id = '' } = useParams();
  const parsed = parseEventId(id);
  const location = useLocation();
  const navigate = useNavigate();
  // Came from the list: history back restores it with its filters (they live in its URL).
  const fromLog = (location.state as { fromLog?: boolean } | null)?.fromLog === true;
  const back = (
    <p className="utrecht-paragraph">
      <Link
        className="utrecht-link"
        to={paths.verwerkingen}
        onClick={(e) => {
          if (!fromLog) return;
          e.preventDefault();
          void navigate(-1);
        }}
      >
        {t('detail.back')}
      </Link>
    </p>
  );
  if (!parsed) {
    return (
      <Page title={t('detail.notFoundTitle')}>
        {back}
        <p className="utrecht-paragraph">{t('detail.notFound')}</p>
      </Page>
    );
  }
  return <EventDetail key={id} traceId={parsed.traceId} spanId={parsed.spanId} back={back} />;
}

/**
 * Records linked across organisations (a disclosure and its receipt) are in different
 * organisations' traces, and the LDV read API cannot search on `foreign_operation`: they are
 * found among the citizen's records of the day around the event, where such a pair always is.
 */
const AROUND_MS = 24 * 60 * 60 * 1000;

function EventDetail({ traceId, spanId, back }: { traceId: string; spanId: string; back: React.ReactNode }) {
  const { t, i18n } = useTranslation('verwerkingen');
  const trace = useTrace(traceId);
  const inTrace = trace.status === 'success' ? trace.events.find((e) => e.spanId === spanId) : undefined;
  const start = inTrace?.start ?? 0;
  // The query key is made of the two numbers, so a new object per render asks nothing new.
  const around = useLog({ from: Math.max(0, start - AROUND_MS), to: start + AROUND_MS }, { enabled: Boolean(inTrace) });
  const event =
    around.status === 'success'
      ? (around.events.find((e) => e.traceId === traceId && e.spanId === spanId) ?? inTrace)
      : inTrace;
  const ref = event?.activity;
  const activity = useQuery({
    ...verwerkingenQueries.version(ref ?? { registerId: '', activityId: '', version: undefined }),
    enabled: Boolean(ref),
  });
  const organisation = useQuery({
    ...verwerkingenQueries.entity(event?.organisationId ?? '', event?.organisationId ?? ''),
    enabled: Boolean(event?.organisationId),
  });
  const dateTime = useMemo(
    () =>
      new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
        dateStyle: 'full',
        timeStyle: 'short',
        timeZone: 'Europe/Amsterdam',
      }),
    [i18n.language],
  );

  if (trace.status === 'error') {
    return (
      <Page title={t('detail.title')}>
        {back}
        <ErrorState error={trace.error} heading={t('failed')} onRetry={trace.retry} retrying={trace.retrying} />
      </Page>
    );
  }
  const waiting = inTrace && around.status === 'pending';
  if (
    trace.status === 'pending' ||
    waiting ||
    (event && ref && (!activity.data || !organisation.data) && !activity.isError && !organisation.isError)
  ) {
    return (
      <Page title={t('detail.title')}>
        {back}
        <LoadingState label={t('loading')} lines={6} />
      </Page>
    );
  }
  if (!event) {
    return (
      <Page title={t('detail.notFoundTitle')}>
        {back}
        <p className="utrecht-paragraph">{t('detail.notFound')}</p>
      </Page>
    );
  }
  const chain = trace.status === 'success' ? trace.events : [];
  const linked = around.status === 'success' ? around.events.filter((e) => event.linkedIds.includes(e.id)) : [];
  const when = dateTime.format(event.start);
  return (
    <Page title={event.action} lead={t('detail.lead', { organisatie: event.organisation, datum: when })}>
      {back}
      {activity.data && organisation.data ? (
        <EventFacts
          event={event}
          activity={activity.data}
          organisation={organisation.data}
          when={when}
          chain={chain}
          linked={linked}
        />
      ) : (
        <ErrorState
          error={activity.error ?? organisation.error}
          heading={t('failed')}
          onRetry={() => {
            void activity.refetch();
            void organisation.refetch();
          }}
        />
      )}
      <section aria-labelledby="ask-title" className="mg-section">
        <h2 id="ask-title" className="utrecht-heading-2">
          {t('ask.title')}
        </h2>
        <p className="utrecht-paragraph">{t('ask.intro', { organisatie: event.organisation })}</p>
        <AskWhy event={event} when={when} />
      </section>
    </Page>
  );
}

function EventFacts({
  event,
  activity,
  organisation,
  when,
  chain,
  linked,
}: {
  event: LogEvent;
  activity: ActivityVersion;
  organisation: Entity;
  when: string;
  chain: LogEvent[];
  linked: LogEvent[];
}) {
  const { t } = useTranslation('verwerkingen');
  const sourceNames = useSourceNames();
  const categoryName = useCategoryName();
  const contact = [
    organisation.address,
    [organisation.postalCode, organisation.city].filter(Boolean).join(' '),
    organisation.phonenumber && t('detail.phone', { nummer: organisation.phonenumber }),
  ]
    .filter(Boolean)
    .join(', ');
  // A disclosure, seen from either side: the disclosing organisation's record or the receiving one's.
  const parties = event.recipient
    ? { door: event.organisation, aan: event.recipient }
    : event.caller && event.callerDisclosed
      ? { door: event.caller.name, aan: event.organisation }
      : undefined;
  const retentionText =
    activity.bewaartermijn ||
    (activity.personalData?.retentionPeriod
      ? retention(activity.personalData.retentionPeriod, (k, o) => t(`duration.${k}`, o))
      : t('unknown'));
  const humanText =
    event.human === undefined ? t('human.onbekendLong') : event.human ? t('human.mensLong') : t('human.systeemLong');
  const items: FieldItem[] = [
    { id: 'wanneer', label: t('detail.when'), value: when },
    { id: 'wie', label: t('detail.who'), value: event.organisation },
    ...(parties
      ? [
          {
            id: 'doorgegeven',
            label: t('detail.transferTitle'),
            value: t('detail.doorgegeven', parties),
            explanation: t('detail.doorgegevenHint', parties),
          },
        ]
      : []),
    ...(event.caller && !event.callerDisclosed
      ? [
          {
            id: 'aanleiding',
            label: t('detail.causeTitle'),
            value: t('detail.aanleiding', { organisatie: event.caller.name }),
          },
        ]
      : []),
    {
      id: 'wat',
      label: t('detail.what'),
      value: activity.name ? (
        <>
          {event.action} — <span lang="nl">{activity.name}</span>
        </>
      ) : (
        event.action
      ),
    },
    { id: 'gegevens', label: t('detail.data'), value: event.categories.map(categoryName).join(', ') || t('unknown') },
    { id: 'bron', label: t('detail.source'), value: event.source ? sourceNames[event.source] : t('unknown') },
    // The register's own words (Dutch): marked as such, so speech and the English page say so (issue 19).
    { id: 'waarom', label: t('detail.why'), value: <span lang="nl">{event.purpose}</span> },
    { id: 'wet', label: t('detail.law'), value: event.legalBasis, explanation: t('detail.lawHint') },
    { id: 'bewaren', label: t('detail.retention'), value: retentionText },
    {
      id: 'hoe',
      label: t('detail.how'),
      value: event.provision ? `${humanText}. ${t(`provisionLong.${event.provision}`)}` : `${humanText}.`,
    },
    ...(event.failed ? [{ id: 'status', label: t('detail.status'), value: t('detail.failed') }] : []),
    {
      id: 'contact',
      label: t('detail.contact'),
      value: (
        <>
          {organisation.name}
          {contact ? `, ${contact}` : ''}
          {organisation.website ? (
            <>
              {' — '}
              <a className="utrecht-link" href={organisation.website} rel="noreferrer noopener" target="_blank">
                {organisation.website.replace(/^https:\/\//, '')}
                <span className="mg-visually-hidden"> {t('detail.newWindow')}</span>
              </a>
            </>
          ) : null}
        </>
      ),
    },
  ];
  // The same organisation's chain (one trace), then the linked record in another organisation's log.
  const others = [
    ...chain.filter((e) => e.spanId !== event.spanId),
    ...linked.filter((l) => !chain.some((c) => c.id === l.id)),
  ];
  return (
    <>
      <FieldList items={items} />
      {others.length > 0 ? (
        <section aria-labelledby="chain-title" className="mg-section">
          <h2 id="chain-title" className="utrecht-heading-2">
            {t('detail.chainTitle')}
          </h2>
          <p className="utrecht-paragraph">{t('detail.chainIntro')}</p>
          <ul className="utrecht-unordered-list">
            {others.map((e) => (
              <li key={e.id}>
                <Link className="utrecht-link" to={eventPath(e.id)}>
                  {e.action}
                </Link>{' '}
                — {e.organisation}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
