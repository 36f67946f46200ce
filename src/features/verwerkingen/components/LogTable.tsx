import { createColumnHelper, flexRender, getCoreRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegistryId } from '@/lib/registry-view';
import { eventPath } from '../paths';
import type { LogEvent, Sort, SortKey } from '../model/log';

const column = createColumnHelper<LogEvent>();
const ESTIMATE = 72;

/** Real DOM height, or the estimate where there is no layout (jsdom): never 0, which would render everything. */
const measure = (el: Element) => el.getBoundingClientRect().height || ESTIMATE;

type Props = {
  events: readonly LogEvent[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  sourceNames: Readonly<Record<RegistryId, string>>;
  dateTime: Intl.DateTimeFormat;
  search: string;
};

/**
 * The log as a real table (caption, column headers, aria-rowcount/rowindex), virtualised in
 * its own scroll box: only the rows in view are in the DOM, so 12,000 events scroll and
 * filter smoothly. Below 40em each row is a card (the shared mg-table--stack styles).
 * Sorting is done by the model (sortEvents), so TanStack Table only renders.
 */
export function LogTable({ events, sort, onSort, sourceNames, dateTime, search }: Props) {
  const { t } = useTranslation('verwerkingen');
  const scrollRef = useRef<HTMLDivElement>(null);

  const columns = useMemo(
    () => [
      column.accessor('start', { id: 'datum', header: t('columns.datum'), cell: (c) => dateTime.format(c.getValue()) }),
      column.accessor('organisation', {
        id: 'organisatie',
        header: t('columns.organisatie'),
        cell: (c) => (
          <>
            {c.getValue()}
            {c.row.original.recipient ? <span className="mg-log__sub">{t('recipientShort', { naam: c.row.original.recipient })}</span> : null}
          </>
        ),
      }),
      column.accessor('action', {
        id: 'handeling',
        header: t('columns.handeling'),
        cell: (c) => (
          <Link className="utrecht-link" to={eventPath(c.row.original.id)} state={{ from: search }}>
            {c.getValue()}
          </Link>
        ),
      }),
      column.accessor('purpose', { id: 'doel', header: t('columns.doel') }),
      column.accessor('legalBasis', { id: 'grondslag', header: t('columns.grondslag'), enableSorting: false }),
      column.accessor((e) => e.categories.join(', '), { id: 'gegevens', header: t('columns.gegevens'), enableSorting: false }),
      column.accessor('source', { id: 'bron', header: t('columns.bron'), cell: (c) => sourceNames[c.getValue()] }),
      column.display({
        id: 'hoe',
        header: t('columns.hoe'),
        cell: (c) => (
          <>
            {c.row.original.human ? t('human.mens') : t('human.systeem')}
            <span className="mg-log__sub">{t(`provision.${c.row.original.provision}`)}</span>
          </>
        ),
      }),
    ],
    [t, dateTime, sourceNames, search],
  );

  const sorting: SortingState = useMemo(() => [{ id: sort.key, desc: sort.desc }], [sort]);
  // The table object is read fresh on every render here, never memoised, so the compiler's caveat does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: events as LogEvent[],
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    state: { sorting },
    getRowId: (e) => e.id,
  });
  const rows = table.getRowModel().rows;

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATE,
    measureElement: measure,
    overscan: 8,
    initialRect: { width: 1024, height: 600 },
    // Without layout (jsdom) the box measures 0 and nothing would render: assume a screenful.
    observeElementRect: (instance, cb) => observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width || 1024, height: 600 })),
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const colSpan = columns.length;

  return (
    <div
      ref={scrollRef}
      className="mg-log__scroll"
      // A scroll box must be reachable by keyboard (WCAG 2.1.1, axe scrollable-region-focusable).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-labelledby="log-caption"
    >
      <table className="utrecht-table mg-table mg-log__table" aria-rowcount={rows.length + 1} data-result-count={rows.length}>
        <caption id="log-caption" className="utrecht-table__caption mg-table__caption mg-visually-hidden">
          {t('tableCaption')}
        </caption>
        <thead className="utrecht-table__header mg-log__head">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="utrecht-table__row" aria-rowindex={1}>
              {group.headers.map((header) => {
                const id = header.column.id as SortKey;
                const sortable = header.column.getCanSort();
                const active = sort.key === id;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className="utrecht-table__header-cell"
                    aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : undefined}
                  >
                    {sortable ? (
                      <button
                        type="button"
                        className="mg-log__sort"
                        onClick={() => onSort({ key: id, desc: active ? !sort.desc : id === 'datum' })}
                      >
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        <span aria-hidden="true">{active ? (sort.desc ? ' ▼' : ' ▲') : ' ↕'}</span>
                      </button>
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="utrecht-table__body">
          {before > 0 ? (
            <tr aria-hidden="true" className="mg-log__spacer">
              <td colSpan={colSpan} style={{ height: before }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <tr
                key={row.id}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                className={`utrecht-table__row mg-log__row${row.original.failed ? ' mg-log__row--failed' : ''}`}
              >
                {row.getVisibleCells().map((cell, i) => {
                  const Cell = i === 0 ? 'th' : 'td';
                  return (
                    <Cell
                      key={cell.id}
                      scope={i === 0 ? 'row' : undefined}
                      className="utrecht-table__cell"
                      data-label={String(cell.column.columnDef.header)}
                    >
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </Cell>
                  );
                })}
              </tr>
            );
          })}
          {after > 0 ? (
            <tr aria-hidden="true" className="mg-log__spacer">
              <td colSpan={colSpan} style={{ height: after }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
