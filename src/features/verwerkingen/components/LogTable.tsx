import { createColumnHelper, flexRender, getCoreRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { memo, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RegistryId } from '@/lib/registry-view';
import { eventPath } from '../paths';
import type { LogEvent, Sort, SortKey } from '../model/log';

const column = createColumnHelper<LogEvent>();
const ESTIMATE = 72;
/** Tells the detail page that "back" can return to this list with its filters (history back). */
const FROM_LOG = { fromLog: true };

/** Real DOM height, or the estimate where there is no layout (jsdom): never 0, which would render everything. */
const measure = (el: Element) => el.getBoundingClientRect().height || ESTIMATE;

type Props = {
  events: readonly LogEvent[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  sourceNames: Readonly<Record<RegistryId, string>>;
  dateTime: Intl.DateTimeFormat;
};

/**
 * The log as a real table (caption, column headers, aria-rowcount/rowindex), virtualised in
 * its own scroll box: only the rows in view are in the DOM, so 12,000 events scroll and
 * filter smoothly. Below 40em each row is a card (the shared mg-table--stack styles).
 * Sorting is done by the model (sortEvents), so TanStack Table only renders.
 */
export const LogTable = memo(function LogTable({ events, sort, onSort, sourceNames, dateTime }: Props) {
  const { t } = useTranslation('verwerkingen');
  const scrollRef = useRef<HTMLDivElement>(null);

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
      { id: 'doel', header: t('columns.doel'), sortable: true, render: (e) => <span lang="nl">{e.purpose}</span> },
      { id: 'grondslag', header: t('columns.grondslag'), sortable: false, render: (e) => e.legalBasis },
      { id: 'gegevens', header: t('columns.gegevens'), sortable: false, render: (e) => e.categories.map((c) => t(`categorie.${c}`, { defaultValue: c })).join(', ') },
      { id: 'bron', header: t('columns.bron'), sortable: true, render: (e) => (e.source ? sourceNames[e.source] : t('unknown')) },
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
    [t, dateTime, sourceNames],
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
  const count = events.length;

  const virtualizer = useVirtualizer({
    count,
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
      <table className="utrecht-table mg-table mg-log__table" aria-rowcount={count + 1} data-result-count={count}>
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
            const e = events[item.index]!;
            return (
              <tr
                key={e.id}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                className={`utrecht-table__row mg-log__row${e.failed ? ' mg-log__row--failed' : ''}`}
              >
                {cells.map((c, i) => {
                  const Cell = i === 0 ? 'th' : 'td';
                  return (
                    <Cell key={c.id} scope={i === 0 ? 'row' : undefined} className="utrecht-table__cell" data-label={c.header}>
                      {c.render(e)}
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
});
