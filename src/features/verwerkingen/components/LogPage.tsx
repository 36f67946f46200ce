import { lazy, memo, Suspense, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Page } from '@/components/Page';
import { useCategoryName, useLogByMonth, useSourceNames, type LogState } from '../hooks';
import { logFileName, logToCsv, logToJson, type CsvLabels } from '../model/export';
import {
  filterEvents,
  filtersFromParams,
  logNow,
  filterOptions,
  logStartOf,
  paramsFromFilters,
  periodRange,
  periods,
  sortEvents,
  type Filters,
  type LogEvent,
} from '../model/log';
import { useLogFilters } from '../use-log-filters';
import { AlertsToggle } from './AlertsToggle';
// Recharts comes with this lazy route, not in a chunk of its own: a separate lazy chunk made
// the bundler move React and TanStack Query out of the initial chunks into shared ones, which
// pushed the sign-in page over its 150 KB budget (measured: 150.1 vs 149.0 KB gzip).
import { LogPagination } from './LogPagination';
import { LogTable } from './LogTable';
import { logNotes, NotShown } from './NotShown';
import './verwerkingen.css';
import { downloadText } from '@/lib/download';
import { useNearScreen } from '@/lib/use-near-screen';
import { now as clockNow } from '@/lib/clock';

// recharts is big (~100 KB gzip): the charts load after the table, in their own chunk.
const loadCharts = () => import('./LogCharts');
const LogCharts = lazy(loadCharts);

/** Rows per page of the list: a phone's worth of cards many times over, light to render. */
export const PAGE_SIZE = 50;

/** "Wie gebruikte mijn gegevens": every processing event on the citizen's data, filterable, with charts. */
export function LogPage() {
  const [params] = useSearchParams();
  const period = useMemo(() => filtersFromParams(params).period, [params]);
  // "Now" once per visit: a stable period, so the query key does not change while reading
  // (the end of this minute: the same key as the route's prefetch, issue 16).
  const [now] = useState(() => logNow(clockNow()));
  const logStart = useMemo(() => logStartOf(now), [now]);
  const range = useMemo(() => periodRange(period, now, logStart), [period, now, logStart]);
  // The months come in one by one (up to 37 answers, and their register look-ups). The page is
  // drawn from a deferred copy of the log: React may interrupt that drawing between answers
  // instead of drawing the whole page in one task per answer (issue 16, the log's TBT).
  const log = useDeferredValue(useLogByMonth(range));
  return <LogView log={log} range={range} />;
}

const LogView = memo(function LogView({ log, range }: { log: LogState; range: ReturnType<typeof periodRange> }) {
  const { t, i18n } = useTranslation('verwerkingen');
  const { filters, update, search, setSearch, deferredSearch, active, clear, requestedPage, hrefOf, goToPage } =
    useLogFilters();

  const sourceNames = useSourceNames();
  // What is not shown and why, and how far back: one list for the page and its JSON export.
  const notes = useMemo(() => logNotes(t), [t]);
  const dateTime = useMemo(
    () =>
      new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'Europe/Amsterdam',
      }),
    [i18n.language],
  );

  const all = log.status === 'success' ? log.events : undefined;
  // Primitives as dependencies: every URL change makes a new `filters` object, and re-sorting
  // 12,000 events on each keystroke would cost more than the filtering itself.
  const sortKey = filters.sort.key;
  const sortDesc = filters.sort.desc;
  const sort = useMemo(() => ({ key: sortKey, desc: sortDesc }), [sortKey, sortDesc]);
  const sorted = useMemo(() => (all ? sortEvents(all, sort) : undefined), [all, sort]);
  const onSort = useCallback((next: Filters['sort']) => update({ sort: next }), [update]);
  const { organisation, source, category, purpose, human, provision } = filters;
  const shown = useMemo(
    () =>
      sorted
        ? filterEvents(sorted, { organisation, source, category, purpose, human, provision, q: deferredSearch })
        : undefined,
    [sorted, organisation, source, category, purpose, human, provision, deferredSearch],
  );
  const categoryName = useCategoryName();
  const options = useMemo(
    () => (all ? filterOptions(all, sourceNames, categoryName) : undefined),
    [all, sourceNames, categoryName],
  );
  // The charts follow when the filters rest for a moment: redrawing three recharts charts
  // over 12,000 events costs far more than the table, and must not hold back the next keystroke.
  // They summarise the whole period, so they wait until every month is in: a bar must never
  // count fewer events than the list shows once it is used as a filter.
  const whole = log.status === 'success' && (!log.progress || log.progress.loaded === log.progress.total);
  const chartEvents = useSettled(whole ? shown : undefined, 400);
  const sourceName = useCallback((e: LogEvent) => (e.source ? sourceNames[e.source] : ''), [sourceNames]);

  // The page of the list is in the URL (`pagina`, see useLogFilters), clamped to the pages there are.
  const pages = shown ? Math.max(1, Math.ceil(shown.length / PAGE_SIZE)) : 1;
  const page = Math.min(pages, requestedPage);
  const pageRows = useMemo(() => shown?.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), [shown, page]);
  const tableRef = useRef<HTMLDivElement>(null);
  const onPage = useCallback(
    (n: number) => {
      goToPage(n);
      // Reading resumes at the top of the new page (the caption names the table).
      tableRef.current?.focus({ preventScroll: true });
      tableRef.current?.scrollIntoView?.({ block: 'start' });
    },
    [goToPage],
  );
  // The charts are drawn when they come near the screen (below 50 rows they rarely start in
  // view): drawing three recharts charts over 12,000 events was the second-largest block of
  // main-thread work on load. Their code is fetched in idle time, so scrolling down finds it.
  const [chartsRef, chartsVisible] = useNearScreen<HTMLElement>(Boolean(shown), loadCharts);
  const progress = log.status === 'success' ? log.progress : undefined;
  const complete = whole;

  return (
    <Page title={t('title')} lead={t('lead')}>
      <NotShown notes={notes} title={t('notShown.title')} more={t('notShown.more')} />

      <form
        role="search"
        aria-label={t('filters.label')}
        className="mg-log__filters"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="mg-log__field mg-log__field--wide">
          <label className="utrecht-form-label" htmlFor="log-zoek">
            {t('filters.search')}
          </label>
          <input
            id="log-zoek"
            type="search"
            className="utrecht-textbox utrecht-textbox--html-input"
            value={search}
            autoComplete="off"
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <Select
          id="log-periode"
          label={t('filters.period')}
          value={filters.period}
          onChange={(v) => update({ period: v as Filters['period'] })}
        >
          {periods.map((p) => (
            <option key={p} value={p}>
              {t(`period.${p}`)}
            </option>
          ))}
        </Select>
        <Select
          id="log-organisatie"
          label={t('filters.organisation')}
          value={organisation ?? ''}
          onChange={(v) => update({ organisation: v || undefined })}
        >
          <option value="">{t('filters.all')}</option>
          {options?.organisations.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
        <Select
          id="log-bron"
          label={t('filters.source')}
          value={source ?? ''}
          onChange={(v) => update({ source: (v || undefined) as Filters['source'] })}
        >
          <option value="">{t('filters.all')}</option>
          {options?.sources.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
        <Select
          id="log-gegeven"
          label={t('filters.category')}
          value={category ?? ''}
          onChange={(v) => update({ category: v || undefined })}
        >
          <option value="">{t('filters.all')}</option>
          {options?.categories.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
        <Select
          id="log-doel"
          label={t('filters.purpose')}
          value={purpose ?? ''}
          onChange={(v) => update({ purpose: v || undefined })}
        >
          <option value="">{t('filters.all')}</option>
          {options?.purposes.map((o) => (
            <option key={o.value} value={o.value} lang="nl">
              {o.label}
            </option>
          ))}
        </Select>
        <Select
          id="log-wie"
          label={t('filters.human')}
          value={human === undefined ? '' : human ? 'mens' : 'systeem'}
          onChange={(v) => update({ human: v === '' ? undefined : v === 'mens' })}
        >
          <option value="">{t('filters.all')}</option>
          <option value="mens">{t('human.mens')}</option>
          <option value="systeem">{t('human.systeem')}</option>
        </Select>
        <Select
          id="log-soort"
          label={t('filters.provision')}
          value={provision ?? ''}
          onChange={(v) => update({ provision: (v || undefined) as Filters['provision'] })}
        >
          <option value="">{t('filters.all')}</option>
          {(['spontaan', 'adhoc', 'selectie', 'intern'] as const).map((p) => (
            <option key={p} value={p}>
              {t(`provision.${p}`)}
            </option>
          ))}
        </Select>
        {active ? (
          <div className="mg-log__field mg-log__field--end">
            <Button appearance="subtle" onClick={clear}>
              {t('filters.clear')}
            </Button>
          </div>
        ) : null}
      </form>

      {shown ? (
        <>
          {/* data-count once every month is in: what tests and the bench read as "the whole period". */}
          <p
            className="utrecht-paragraph mg-log__count"
            role="status"
            aria-live="polite"
            data-count={complete ? shown.length : undefined}
            data-shown={shown.length}
            data-query={deferredSearch}
          >
            {active
              ? t('countFiltered', { count: shown.length, total: all?.length ?? 0 })
              : t('count', { count: shown.length })}
            {log.status === 'success' && log.isFetching && complete ? ` ${t('updating')}` : ''}
          </p>
          {progress && !complete ? (
            progress.error ? (
              <Alert type="warning" role="status">
                <p className="utrecht-paragraph">
                  {t('progress.failed', { loaded: progress.loaded, total: progress.total })}
                </p>
                <Button appearance="secondary" onClick={progress.retry}>
                  {t('progress.retry')}
                </Button>
              </Alert>
            ) : (
              <p className="utrecht-paragraph mg-log__progress" aria-busy="true">
                {t('progress.loading', { loaded: progress.loaded, total: progress.total })}
              </p>
            )
          ) : null}
          <div className="mg-log__actions">
            <Button
              disabled={shown.length === 0}
              onClick={() => {
                const d = new Date(clockNow());
                downloadText(
                  logToCsv(shown, sourceName, {
                    language: i18n.language,
                    headers: t('export.columns', { returnObjects: true }) as CsvLabels['headers'],
                    human: (h) => t(`human.${h === undefined ? 'onbekend' : h ? 'mens' : 'systeem'}`),
                    provision: (p) => t(`provision.${p}`),
                    category: categoryName,
                  }),
                  logFileName('csv', d),
                  'text/csv;charset=utf-8',
                );
              }}
            >
              {t('export.csv')}
            </Button>
            <Button
              disabled={shown.length === 0}
              onClick={() => {
                const d = new Date(clockNow());
                downloadText(
                  logToJson(shown, sourceName, {
                    now: d,
                    from: range.from,
                    to: range.to,
                    filters: Object.fromEntries(paramsFromFilters(filters)),
                    opmerkingen: notes,
                  }),
                  logFileName('json', d),
                  'application/json',
                );
              }}
            >
              {t('export.json')}
            </Button>
          </div>
          {shown.length === 0 ? (
            <p className="utrecht-paragraph">{active ? t('emptyFiltered') : t('empty')}</p>
          ) : (
            <>
              <LogTable
                events={pageRows ?? []}
                offset={(page - 1) * PAGE_SIZE}
                total={shown.length}
                regionRef={tableRef}
                sort={sort}
                onSort={onSort}
                sourceNames={sourceNames}
                dateTime={dateTime}
              />
              <LogPagination page={page} pages={pages} hrefOf={hrefOf} onPage={onPage} />
            </>
          )}
          {/* Busy while the charts still show the previous filters (they follow after a pause). */}
          <section
            ref={chartsRef}
            aria-labelledby="log-charts-title"
            aria-busy={chartsVisible && (!complete || chartEvents !== shown)}
            className="mg-section"
          >
            <h2 id="log-charts-title" className="utrecht-heading-2">
              {t('charts.title')}
            </h2>
            <p className="utrecht-paragraph">{t('charts.intro')}</p>
            <ErrorBoundary fallback={() => <p className="utrecht-paragraph">{t('charts.failed')}</p>}>
              {chartsVisible && complete && chartEvents ? (
                <Suspense fallback={<LoadingState label={t('charts.loading')} lines={3} />}>
                  <LogCharts events={chartEvents} sourceNames={sourceNames} onFilter={update} />
                </Suspense>
              ) : chartsVisible ? (
                <LoadingState label={t('charts.loading')} lines={3} />
              ) : (
                <p className="utrecht-paragraph mg-charts-later">{t('charts.later')}</p>
              )}
            </ErrorBoundary>
          </section>
        </>
      ) : log.status === 'error' ? (
        <ErrorState error={log.error} heading={t('failed')} onRetry={log.retry} retrying={log.retrying} />
      ) : (
        <LoadingState label={t('loading')} lines={6} />
      )}

      <AlertsToggle />
    </Page>
  );
});

/** `value`, but only once it has not changed for `ms` (the first value at once). */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), settled === undefined ? 0 : ms);
    return () => window.clearTimeout(timer);
  }, [value, ms, settled]);
  return settled;
}

function Select({
  id,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  children: React.ReactNode;
}) {
  return (
    <div className="mg-log__field">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="utrecht-select utrecht-select--html-select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {children}
      </select>
    </div>
  );
}
