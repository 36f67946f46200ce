import { useInfiniteQuery } from '@tanstack/react-query';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/Button';
import { LoadingState } from '@/components/LoadingState';
import { auditorSubjectPath } from '@/config/paths';
import { AuditErrorState } from './AuditErrorState';
import { auditQueries, type Verwerking } from '../api/audit';
import type { Filters, Sort } from '../model/filters';
import { formatDateTime, formatNumber } from '../model/format';

const ROW_HEIGHT = 40;
const column = createColumnHelper<Verwerking>();

/** The search result: a virtualised table over server-side cursor pages (only visible rows are in the DOM). */
export function RecordsTable({ filters, sort }: { filters: Filters; sort: Sort }) {
  const { t, i18n } = useTranslation('audit');
  const query = useInfiniteQuery(auditQueries.records(filters, sort));
  const rows = useMemo(() => query.data?.pages.flatMap((p) => p.records) ?? [], [query.data]);
  const total = query.data?.pages[0]?.totaal ?? 0;
  const lang = i18n.language;

  const columns = useMemo(
    () => [
      column.accessor('tijd', { header: () => t('columns.tijd'), cell: (c) => formatDateTime(c.getValue(), lang) }),
      column.accessor((r) => r.organisatie.naam, { id: 'organisatie', header: () => t('columns.organisatie') }),
      column.accessor((r) => r.activiteit.naam, {
        id: 'activiteit',
        header: () => t('columns.activiteit'),
        cell: (c) => (
          <>
            <span lang="nl">{c.getValue()}</span>
            {!c.row.original.activiteit.inRegister ? (
              <span className="mg-audit-tag mg-audit-tag--warn"> {t('notInRegister')}</span>
            ) : null}
            {c.row.original.vertrouwelijk ? <span className="mg-audit-tag"> {t('confidential')}</span> : null}
          </>
        ),
      }),
      column.accessor('pseudoniem', {
        header: () => t('columns.betrokkene'),
        cell: (c) => (
          <Link className="utrecht-link" to={auditorSubjectPath(c.getValue())}>
            {c.getValue()}
          </Link>
        ),
      }),
      column.accessor('uitvoering', {
        header: () => t('columns.uitvoering'),
        cell: (c) => t(`uitvoering.${c.getValue()}`),
      }),
      column.accessor('categorieen', { header: () => t('columns.categorieen'), cell: (c) => c.getValue().join(', ') }),
      column.accessor('anomalieen', {
        header: () => t('columns.afwijkingen'),
        cell: (c) =>
          c.getValue().map((a) => (
            <span key={a} className="mg-audit-tag mg-audit-tag--warn">
              {t(`afwijkingen.${a}`)}
            </span>
          )),
      }),
    ],
    [t, lang],
  );
  // TanStack Table returns fresh functions each render; the compiler skips this component, which is what we want.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), getRowId: (r) => r.id });
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const last = items[items.length - 1]?.index ?? 0;
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && last >= rows.length - 30) void fetchNextPage();
  }, [last, rows.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  if (query.isError) return <AuditErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <LoadingState />;
  if (total === 0) return <p className="utrecht-paragraph">{t('search.empty')}</p>;

  const tableRows = table.getRowModel().rows;
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <>
      <p className="utrecht-paragraph" role="status">
        {t('search.total', { aantal: formatNumber(total, lang) })} (
        {t('search.shown', { shown: formatNumber(rows.length, lang), total: formatNumber(total, lang) })})
      </p>
      {/* A scrollable region must be focusable so keyboard users can scroll it (WCAG 2.1.1). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div ref={scrollRef} className="mg-audit-scroll" tabIndex={0} role="region" aria-label={t('search.tableLabel')}>
        <table className="mg-audit-grid" aria-rowcount={total + 1}>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} aria-rowindex={1}>
                {group.headers.map((header) => (
                  <th key={header.id} scope="col">
                    {flexRender(header.column.columnDef.header, header.getContext())}
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {padTop > 0 ? (
              <tr aria-hidden="true">
                <td colSpan={columns.length} style={{ blockSize: padTop, padding: 0, border: 0 }} />
              </tr>
            ) : null}
            {items.map((item) => {
              const row = tableRows[item.index];
              if (!row) return null;
              return (
                <tr key={row.id} aria-rowindex={item.index + 2}>
                  {row.getVisibleCells().map((cell) => (
                    <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
                  ))}
                </tr>
              );
            })}
            {padBottom > 0 ? (
              <tr aria-hidden="true">
                <td colSpan={columns.length} style={{ blockSize: padBottom, padding: 0, border: 0 }} />
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      {hasNextPage ? (
        <div className="mg-audit-actions">
          <Button onClick={() => void fetchNextPage()} disabled={isFetchingNextPage} busy={isFetchingNextPage}>
            {isFetchingNextPage ? t('search.loadingMore') : t('search.loadMore')}
          </Button>
        </div>
      ) : null}
    </>
  );
}
