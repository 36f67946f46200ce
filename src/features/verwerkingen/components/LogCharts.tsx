import { memo, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { Button } from '@/components/Button';
import type { RegistryId } from '@/lib/registry-view';
import { categoryCounts, perMonthBySource, topOrganisations, type Filters, type LogEvent } from '../model/log';

/**
 * Three charts over the SAME filtered events as the table (so they always agree), each with
 * a table twin behind a "show as table" toggle. Clicking a bar sets a filter; in the twin a
 * button per row does the same by keyboard. The SVG is hidden from assistive technology:
 * the twin is the accessible version (STYLE.md: test the twin, not the SVG).
 */

// Distinguishable colours with ≥ 3:1 contrast against white (WCAG 1.4.11).
const COLOURS: Record<RegistryId, string> = {
  brp: '#01689b', bag: '#8b4a6a', brk: '#39870c', woz: '#a90061', rdw: '#ca6100', kvk: '#42145f', bri: '#007bc7', uwv: '#6e5a00', duo: '#d52b1e',
};
const BAR = '#01689b';

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

function ChartBlock({ title, description, chart, table }: { title: string; description: string; chart: (width: number) => ReactNode; table: ReactNode }) {
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
  const cats = useMemo(() => categoryCounts(events), [events]);
  const monthLabel = useMemo(() => {
    const f = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { month: 'short', year: 'numeric' });
    return (m: string) => f.format(new Date(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 1));
  }, [i18n.language]);
  const number = useMemo(() => new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL'), [i18n.language]);

  return (
    <div className="mg-charts">
      <ChartBlock
        title={t('charts.perMonth')}
        description={t('charts.perMonthHint')}
        chart={(width) => (
          <BarChart width={width} height={width < 500 ? 340 : 300} data={months.rows} accessibilityLayer={false} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="month" tickFormatter={monthLabel} fontSize={12} minTickGap={8} />
            <YAxis allowDecimals={false} fontSize={12} width={44} />
            <Tooltip labelFormatter={(m) => monthLabel(String(m))} formatter={(v, name) => [number.format(Number(v)), sourceNames[name as RegistryId] ?? name]} />
            <Legend formatter={(name) => sourceNames[name as RegistryId] ?? name} wrapperStyle={{ fontSize: 12 }} />
            {months.sources.map((s) => (
              <Bar key={s} dataKey={s} stackId="bron" fill={COLOURS[s]} cursor="pointer" isAnimationActive={false} onClick={() => onFilter({ source: s })} />
            ))}
          </BarChart>
        )}
        table={
          <div className="mg-table-wrap">
            <table className="utrecht-table mg-table mg-table--stack">
              <caption className="utrecht-table__caption mg-table__caption">{t('charts.perMonth')}</caption>
              <thead className="utrecht-table__header">
                <tr className="utrecht-table__row">
                  <th scope="col" className="utrecht-table__header-cell">{t('charts.month')}</th>
                  {months.sources.map((s) => (
                    <th key={s} scope="col" className="utrecht-table__header-cell">
                      <Button appearance="subtle" className="mg-chart__filter" onClick={() => onFilter({ source: s })} aria-label={t('charts.filterOn', { name: sourceNames[s] })}>
                        {sourceNames[s]}
                      </Button>
                    </th>
                  ))}
                  <th scope="col" className="utrecht-table__header-cell">{t('charts.total')}</th>
                </tr>
              </thead>
              <tbody className="utrecht-table__body">
                {months.rows.map((row) => (
                  <tr key={row.month} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__cell">{monthLabel(row.month)}</th>
                    {months.sources.map((s) => (
                      <td key={s} className="utrecht-table__cell" data-label={sourceNames[s]}>
                        {number.format(row[s] ?? 0)}
                      </td>
                    ))}
                    <td className="utrecht-table__cell" data-label={t('charts.total')}>{number.format(row.total)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        }
      />
      <ChartBlock
        title={t('charts.organisations')}
        description={t('charts.organisationsHint')}
        chart={(width) => (
          <BarChart width={width} height={Math.max(120, orgs.length * 30 + 20)} data={orgs} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
            <XAxis type="number" allowDecimals={false} fontSize={12} />
            <YAxis type="category" dataKey="label" interval={0} width={Math.min(220, Math.floor(width * 0.45))} fontSize={12} tickFormatter={(v: string) => (v.length > 28 ? `${v.slice(0, 27)}…` : v)} />
            <Tooltip formatter={(v) => number.format(Number(v))} />
            <Bar dataKey="count" name={t('charts.events')} fill={BAR} cursor="pointer" isAnimationActive={false} onClick={(d) => onFilter({ organisation: (d.payload as { value: string }).value })} />
          </BarChart>
        )}
        table={<CountTable caption={t('charts.organisations')} rows={orgs} label={t('columns.organisatie')} number={number} onPick={(value) => onFilter({ organisation: value })} />}
      />
      <ChartBlock
        title={t('charts.categories')}
        description={t('charts.categoriesHint')}
        chart={(width) => (
          <BarChart width={width} height={Math.max(120, cats.length * 26 + 20)} data={cats} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
            <XAxis type="number" allowDecimals={false} fontSize={12} />
            <YAxis type="category" dataKey="label" interval={0} width={Math.min(180, Math.floor(width * 0.4))} fontSize={12} />
            <Tooltip formatter={(v) => number.format(Number(v))} />
            <Bar dataKey="count" name={t('charts.events')} fill={BAR} cursor="pointer" isAnimationActive={false} onClick={(d) => onFilter({ category: (d.payload as { value: string }).value })} />
          </BarChart>
        )}
        table={<CountTable caption={t('charts.categories')} rows={cats} label={t('columns.gegevens')} number={number} onPick={(value) => onFilter({ category: value })} />}
      />
    </div>
  );
}

function CountTable({ caption, rows, label, number, onPick }: { caption: string; rows: { value: string; label: string; count: number }[]; label: string; number: Intl.NumberFormat; onPick: (value: string) => void }) {
  const { t } = useTranslation('verwerkingen');
  return (
    <div className="mg-table-wrap">
      <table className="utrecht-table mg-table">
        <caption className="utrecht-table__caption mg-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{label}</th>
            <th scope="col" className="utrecht-table__header-cell mg-num">{t('charts.events')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr key={row.value} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__cell">
                <Button appearance="subtle" className="mg-chart__filter" onClick={() => onPick(row.value)} aria-label={t('charts.filterOn', { name: row.label })}>
                  {row.label}
                </Button>
              </th>
              <td className="utrecht-table__cell mg-num">{number.format(row.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Memoised: the page re-renders on every keystroke and URL change; the charts only when their events change. */
export default memo(LogCharts);
