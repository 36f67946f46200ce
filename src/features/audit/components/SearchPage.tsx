import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Page } from '@/components/Page';
import { useNearScreen } from '@/lib/use-near-screen';
import { auditQueries } from '../api/audit';
import { DEFAULT_SORT, filtersFromParams, sortFromParams, toQuery, type Filters, type Sort } from '../model/filters';
import { AuditErrorState } from './AuditErrorState';
import { ExportButton } from './ExportButton';
import { FilterPanel } from './FilterPanel';
import { RecordsTable } from './RecordsTable';

// Recharts is large: its own chunk, fetched in idle time after the page shows and drawn when
// the charts come near the screen (below the filters on a phone; issue 16).
const loadCharts = () => import('./AggregateCharts');
const AggregateCharts = lazy(loadCharts);

/**
 * Search across all subjects: filters (in the URL), then the results (newest first) with export,
 * then the counts as charts: what the auditor searched for comes first (issue 19).
 */
export function SearchPage() {
  const { t } = useTranslation('audit');
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const sort = sortFromParams(params);
  const aggregates = useQuery(auditQueries.aggregates(filters));
  const [chartsRef, chartsNear] = useNearScreen<HTMLElement>(Boolean(aggregates.data), loadCharts);

  const apply = (next: Filters, nextSort: Sort) => {
    const q = toQuery(next, { sorteer: nextSort === DEFAULT_SORT ? undefined : nextSort });
    setParams(new URLSearchParams(q));
  };

  return (
    <Page title={t('search.title')} lead={t('search.lead')}>
      <FilterPanel key={params.toString()} filters={filters} sort={sort} onChange={apply} />
      <section aria-labelledby="results-heading" className="mg-section">
        <h2 id="results-heading" className="utrecht-heading-2">
          {t('search.resultsHeading')}
        </h2>
        <ExportButton filters={filters} sort={sort} />
        <RecordsTable filters={filters} sort={sort} />
      </section>
      <section ref={chartsRef} aria-labelledby="charts-heading" className="mg-section">
        <h2 id="charts-heading" className="utrecht-heading-2">
          {t('charts.heading')}
        </h2>
        <p className="utrecht-paragraph">{t('charts.lead')}</p>
        {aggregates.data && !chartsNear ? (
          <p className="utrecht-paragraph mg-charts-later">{t('charts.later')}</p>
        ) : aggregates.data ? (
          <ErrorBoundary fallback={(reset) => <ErrorState error={new Error('charts')} onRetry={reset} />}>
            <Suspense fallback={<LoadingState label={t('charts.loading')} />}>
              <AggregateCharts tellingen={aggregates.data} />
            </Suspense>
          </ErrorBoundary>
        ) : aggregates.isError ? (
          <AuditErrorState error={aggregates.error} onRetry={() => void aggregates.refetch()} />
        ) : (
          <LoadingState />
        )}
      </section>
    </Page>
  );
}
