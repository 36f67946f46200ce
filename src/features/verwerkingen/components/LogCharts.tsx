import { memo, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { BarList } from '@/components/BarList';
import { Button } from '@/components/Button';
import { registryFacts, type RegistryId } from '@/lib/registries';
import { useCategoryName } from '../hooks';
import { categoryCounts, perMonthBySource, topOrganisations, type Filters, type LogEvent } from '../model/log';

/**
 * Three charts over the SAME filtered events as the table (so they always agree). The monthly
 * chart is an SVG (Recharts) hidden from assistive technology, with a table twin behind a "show
 * as table" toggle (docs/STYLE.md: test the twin, not the SVG); clicking a bar or a twin's button
 * filters the list. The two ranked charts are HTML bar lists whose bars are buttons: readable,
 * wrapping and usable by keyboard as they are (issue 19: no cut-off or overlapping labels).
 */

/** Each registry's chart colour (contrast and why: src/lib/registries.ts). */
const colourOf = (id: RegistryId): string => registryFacts[id].colour;

/** Axis text readable at arm's length: body colour, not Recharts' light grey 12 px. */
const AXIS_TICK = { fontSize: 14, fill: '#1a1a1a' };

/** The element's content width (0 without layout, e.g. in jsdom: then no SVG is drawn). */
function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

function ChartBlock({
  title,
  description,
  chart,
  table,
}: {
  title: string;
  description: string;
  chart: (width: number) => ReactNode;
  table: ReactNode;
}) {
  const { t } = useTranslation('verwerkingen');
  const [open, setOpen] = useState(false);
  const [ref, width] = useWidth<HTMLDivElement>();
  const id = useId();
  return (
    <section className="mg-chart" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="utrecht-heading-3">
        {title}
      </h3>
      <p className="utrecht-paragraph">{description}</p>
      <div ref={ref} className="mg-chart__canvas" aria-hidden="true">
        {width > 0 ? chart(width) : null}
      </div>
      <Button appearance="subtle" aria-expanded={open} aria-controls={`${id}-table`} onClick={() => setOpen(!open)}>
        {open ? t('charts.hideTable', { title }) : t('charts.showTable', { title })}
      </Button>
      <div id={`${id}-table`} hidden={!open} className="mg-chart__table">
        {open ? table : null}
      </div>
    </section>
  );
}

type Props = {
  events: readonly LogEvent[];
  sourceNames: Readonly<Record<RegistryId, string>>;
  onFilter: (change: Partial<Filters>) => void;
};

function LogCharts({ events, sourceNames, onFilter }: Props) {
  const { t, i18n } = useTranslation('verwerkingen');
  const months = useMemo(() => perMonthBySource(events), [events]);
  const orgs = useMemo(() => topOrganisations(events, 10), [events]);
  const categoryName = useCategoryName();
  const cats = useMemo(() => categoryCounts(events, categoryName), [events, categoryName]);
  const monthLabel = useMemo(() => {
    const f = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { month: 'short', year: 'numeric' });
    return (m: string) => f.format(new Date(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 1));
  }, [i18n.language]);
  const number = useMemo(() => new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL'), [i18n.language]);

  if (events.length === 0) {
    // No empty axes: say it in words.
    return <p className="utrecht-paragraph mg-charts__empty">{t('charts.empty')}</p>;
  }

  return (
    <div className="mg-charts">
      <ChartBlock
        title={t('charts.perMonth')}
        description={t('charts.perMonthHint')}
        chart={(width) => (
          <BarChart
            width={width}
            height={width < 500 ? 340 : 300}
            data={months.rows}
            accessibilityLayer={false}
            margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" tickFormatter={monthLabel} tick={AXIS_TICK} tickMargin={8} minTickGap={12} />
            <YAxis allowDecimals={false} tick={AXIS_TICK} width={44} />
            <Tooltip
              labelFormatter={(m) => monthLabel(String(m))}
              formatter={(v, name) => [number.format(Number(v)), sourceNames[name as RegistryId] ?? name]}
            />
            <Legend
              formatter={(name) => sourceNames[name as RegistryId] ?? name}
              wrapperStyle={{ fontSize: 14, color: '#1a1a1a' }}
            />
            {months.sources.map((s) => (
              <Bar
                key={s}
                dataKey={s}
                stackId="bron"
                fill={colourOf(s)}
                cursor="pointer"
                isAnimationActive={false}
                onClick={() => onFilter({ source: s })}
              />
            ))}
          </BarChart>
        )}
        table={
          <div className="mg-table-wrap">
            <table className="utrecht-table mg-table mg-table--stack">
              <caption className="utrecht-table__caption mg-table__caption">{t('charts.perMonth')}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('charts.month')}
                  </th>
                  {months.sources.map((s) => (
                    <th key={s} scope="col" className="utrecht-table__header-cell">
                      <Button
                        appearance="subtle"
                        className="mg-chart__filter"
                        onClick={() => onFilter({ source: s })}
                        aria-label={t('charts.filterOn', { name: sourceNames[s] })}
                      >
                        {sourceNames[s]}
                      </Button>
                    </th>
                  ))}
                  <th scope="col" className="utrecht-table__header-cell">
                    {t('charts.total')}
                  </th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {months.rows.map((row) => (
                  <tr key={row.month} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__cell">
                      {monthLabel(row.month)}
                    </th>
                    {months.sources.map((s) => (
                      <td key={s} className="utrecht-table__cell" data-label={sourceNames[s]}>
                        {number.format(row[s] ?? 0)}
                      </td>
                    ))}
                    <td className="utrecht-table__cell" data-label={t('charts.total')}>
                      {number.format(row.total)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        }
      />
      <RankedBlock title={t('charts.organisations')} description={t('charts.organisationsHint')}>
        {(titleId) => (
          <BarList
            items={orgs}
            labelledBy={titleId}
            number={number}
            countText={(count) => t('charts.eventsCount', { count })}
            onPick={(value) => onFilter({ organisation: value })}
            pickText={(name) => t('charts.filterOn', { name })}
          />
        )}
      </RankedBlock>
      <RankedBlock title={t('charts.categories')} description={t('charts.categoriesHint')}>
        {(titleId) => (
          <BarList
            items={cats}
            labelledBy={titleId}
            number={number}
            countText={(count) => t('charts.eventsCount', { count })}
            onPick={(value) => onFilter({ category: value })}
            pickText={(name) => t('charts.filterOn', { name })}
          />
        )}
      </RankedBlock>
    </div>
  );
}

/** A ranked list: the bars are HTML buttons (BarList), accessible as they are, so no table twin. */
function RankedBlock({
  title,
  description,
  children,
}: {
  title: string;
  description: string;
  children: (titleId: string) => ReactNode;
}) {
  const id = useId();
  return (
    <section className="mg-chart" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="utrecht-heading-3">
        {title}
      </h3>
      <p className="utrecht-paragraph">{description}</p>
      {children(`${id}-title`)}
    </section>
  );
}

/** Memoised: the page re-renders on every keystroke and URL change; the charts only when their events change. */
export default memo(LogCharts);
