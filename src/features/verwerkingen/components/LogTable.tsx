import {
  createColumnHelper,
  flexRender,
  getCoreRowModel,
  useReactTable,
  type SortingState,
} from '@tanstack/react-table';
import { memo, useMemo, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegistryId } from '@/lib/registry-view';
import { useCategoryName } from '../hooks';
import { eventPath } from '../paths';
import type { LogEvent, Sort, SortKey } from '../model/log';

const column = createColumnHelper<LogEvent>();
/** Tells the detail page that "back" can return to this list with its filters (history back). */
const FROM_LOG = { fromLog: true };

type Props = {
  /** The rows of this page of the list. */
  events: readonly LogEvent[];
  /** Where this page starts in the whole (filtered) list, and how long that list is. */
  offset: number;
  total: number;
  /** The table's region: focused after a page change, so reading resumes at the caption. */
  regionRef?: Ref<HTMLDivElement>;
  sort: Sort;
  onSort: (sort: Sort) => void;
  sourceNames: Readonly<Record<RegistryId, string>>;
  dateTime: Intl.DateTimeFormat;
};

/**
 * One page of the log as a real table (caption, column headers, aria-rowcount/rowindex of the
 * whole list), in the page's own scroll: the page shows at most 50 rows (LogPage), so there is
 * nothing to virtualise or measure (issue 16: measuring virtual rows forced a layout of the
 * table per row, the largest share of the log page's main-thread time). Below 70em each row is
 * a card. Sorting is done by the model (sortEvents), so TanStack Table only renders headers.
 */
export const LogTable = memo(function LogTable({
  events,
  offset,
  total,
  regionRef,
  sort,
  onSort,
  sourceNames,
  dateTime,
}: Props) {
  const { t } = useTranslation('verwerkingen');
  const categoryName = useCategoryName();

  // One render function per column: the header comes from TanStack Table, the visible body
  // rows are drawn straight from `events`. TanStack's row model (a Row object for each of
  // 12,000 events, rebuilt on every keystroke) is never asked for: only ~20 rows are on screen.
  const cells = useMemo<Array<{ id: string; header: string; sortable: boolean; render: (e: LogEvent) => ReactNode }>>(
    () => [
      { id: 'datum', header: t('columns.datum'), sortable: true, render: (e) => dateTime.format(e.start) },
      {
        id: 'organisatie',
        header: t('columns.organisatie'),
        sortable: true,
        render: (e) => (
          <>
            {e.organisation}
            {e.recipient ? <span className="mg-log__sub">{t('recipientShort', { naam: e.recipient })}</span> : null}
          </>
        ),
      },
      {
        id: 'handeling',
        header: t('columns.handeling'),
        sortable: true,
        render: (e) => (
          <Link className="utrecht-link" to={eventPath(e.id)} state={FROM_LOG}>
            {e.action}
          </Link>
        ),
      },
      // Purpose and law share a column: eight columns whose longest words must all fit (no
      // word is split) did not fit 1280 px; the law reads as the purpose's ground anyway.
      // The purpose is the register's own Dutch wording: marked lang="nl" (issue 19).
      {
        id: 'doel',
        header: t('columns.doelWet'),
        sortable: true,
        render: (e) => (
          <>
            <span lang="nl">{e.purpose}</span>
            <span className="mg-log__sub">
              {t('columns.grondslag')}: {e.legalBasis}
            </span>
          </>
        ),
      },
      {
        id: 'gegevens',
        header: t('columns.gegevens'),
        sortable: false,
        render: (e) => e.categories.map(categoryName).join(', '),
      },
      {
        id: 'bron',
        header: t('columns.bron'),
        sortable: true,
        render: (e) => (e.source ? sourceNames[e.source] : t('unknown')),
      },
      {
        id: 'hoe',
        header: t('columns.hoe'),
        sortable: false,
        render: (e) => (
          <>
            {e.human === undefined ? t('human.onbekend') : e.human ? t('human.mens') : t('human.systeem')}
            {e.provision ? <span className="mg-log__sub">{t(`provision.${e.provision}`)}</span> : null}
          </>
        ),
      },
    ],
    [t, dateTime, sourceNames, categoryName],
  );
  const columns = useMemo(
    () => cells.map((c) => column.display({ id: c.id, header: c.header, enableSorting: c.sortable })),
    [cells],
  );

  const sorting: SortingState = useMemo(() => [{ id: sort.key, desc: sort.desc }], [sort]);
  const table = useReactTable({
    data: events as LogEvent[],
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    state: { sorting },
  });
  return (
    <div ref={regionRef} className="mg-log__region" tabIndex={-1} role="region" aria-labelledby="log-caption">
      <table className="utrecht-table mg-table mg-log__table" aria-rowcount={total + 1} data-result-count={total}>
        <caption id="log-caption" className="utrecht-table__caption mg-table__caption mg-visually-hidden">
          {t('tableCaption')}
        </caption>
        <thead className="utrecht-table__header mg-log__head">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="utrecht-table__row" aria-rowindex={1}>
              {group.headers.map((header) => {
                const id = header.column.id as SortKey;
                const sortable = cells.find((c) => c.id === id)?.sortable ?? false;
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
                        <span aria-hidden="true">{active ? (sort.desc ? '\u00a0▼' : '\u00a0▲') : '\u00a0↕'}</span>
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
          {events.map((e, i) => (
            <tr
              key={e.id}
              data-index={offset + i}
              aria-rowindex={offset + i + 2}
              className={`utrecht-table__row mg-log__row${e.failed ? ' mg-log__row--failed' : ''}`}
            >
              {cells.map((c, col) => {
                const Cell = col === 0 ? 'th' : 'td';
                return (
                  <Cell
                    key={c.id}
                    scope={col === 0 ? 'row' : undefined}
                    className="utrecht-table__cell"
                    data-label={c.header}
                  >
                    {c.render(e)}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
