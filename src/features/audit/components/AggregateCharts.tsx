import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { BarList } from '@/components/BarList';
import { Button } from '@/components/Button';
import type { Tellingen } from '../api/audit';
import { formatMonth, formatNumber } from '../model/format';
import { filtersFromParams, monthRange, toQuery, type Filters } from '../model/filters';

type Datum = { key: string; label: string; aantal: number; filter: Filters };
type Props = { tellingen: Tellingen };

/** Axis text readable at arm's length: body colour, 14 px. */
const AXIS_TICK = { fontSize: 14, fill: '#1a1a1a' };

/**
 * The aggregate charts (this module is its own lazy chunk). The monthly chart is drawn for the
 * eye only (Recharts); its table twin is what keyboard and screen-reader users get, with a
 * button per row that does what clicking the bar does. The ranked counts are HTML bar lists
 * (BarList) whose bars are those buttons.
 */
export default function AggregateCharts({ tellingen }: Props) {
  const { t, i18n } = useTranslation('audit');
  const [params, setParams] = useSearchParams();
  // Clicking adds the value to the filters in the URL (the page reads them from there).
  const onFilter = (patch: Filters) => {
    const sorteer = params.get('sorteer') ?? undefined;
    setParams(new URLSearchParams(toQuery({ ...filtersFromParams(params), ...patch }, { sorteer })));
  };
  const lang = i18n.language;
  const charts: Array<{ id: string; title: string; data: Datum[] }> = [
    {
      id: 'org',
      title: t('charts.perOrganisatie'),
      data: tellingen.perOrganisatie
        .slice(0, 12)
        .map((r) => ({ key: r.id, label: r.naam, aantal: r.aantal, filter: { organisatie: r.id } })),
    },
    {
      id: 'maand',
      title: t('charts.perMaand'),
      data: tellingen.perMaand.map((r) => ({
        key: r.maand,
        label: formatMonth(r.maand, lang),
        aantal: r.aantal,
        filter: monthRange(r.maand),
      })),
    },
    {
      id: 'grondslag',
      title: t('charts.perGrondslag'),
      data: tellingen.perGrondslag.map((r) => ({
        key: r.grondslag,
        label: t(`grondslagen.${r.grondslag as 'Consent'}`),
        aantal: r.aantal,
        filter: r.grondslag === 'Geen' ? { anomalie: 'geen-grondslag' } : { grondslag: r.grondslag },
      })),
    },
    {
      id: 'registratie',
      title: t('charts.perRegistratie'),
      data: tellingen.perRegistratie.map((r) => ({
        key: r.registratie,
        label: r.registratie.toUpperCase(),
        aantal: r.aantal,
        filter: { registratie: r.registratie },
      })),
    },
    {
      id: 'categorie',
      title: t('charts.perCategorie'),
      data: tellingen.perCategorie
        .slice(0, 12)
        .map((r) => ({ key: r.categorie, label: r.categorie, aantal: r.aantal, filter: { categorie: r.categorie } })),
    },
  ];
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nl-NL');
  return (
    <div className="mg-audit-charts">
      {charts.map((chart) => (
        <section key={chart.id} className="mg-audit-chart" aria-labelledby={`chart-${chart.id}`}>
          <h3 id={`chart-${chart.id}`} className="utrecht-heading-3">
            {chart.title}
          </h3>
          {chart.id === 'maand' ? (
            <>
              <div aria-hidden="true">
                <ResponsiveContainer width="100%" height={220}>
                  <BarChart
                    data={chart.data}
                    margin={{ top: 4, right: 8, bottom: 4, left: 8 }}
                    accessibilityLayer={false}
                  >
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis
                      dataKey="label"
                      tick={AXIS_TICK}
                      tickMargin={8}
                      interval="preserveStartEnd"
                      minTickGap={12}
                    />
                    <YAxis tick={AXIS_TICK} width={64} tickFormatter={(v: number) => formatNumber(v, lang)} />
                    <Tooltip formatter={(v) => formatNumber(Number(v), lang)} />
                    <Bar
                      dataKey="aantal"
                      name={t('charts.count')}
                      fill="#154273"
                      onClick={(d: { payload?: Datum }) => d.payload && onFilter(d.payload.filter)}
                      isAnimationActive={false}
                    />
                  </BarChart>
                </ResponsiveContainer>
              </div>
              <details>
                <summary>{t('charts.showTable')}</summary>
                <div className="mg-audit-table-scroll">
                  <table className="mg-table">
                    <caption className="mg-visually-hidden">{chart.title}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('charts.value')}</th>
                        <th scope="col">{t('charts.count')}</th>
                        <th scope="col">{t('charts.filter')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {chart.data.map((d) => (
                        <tr key={d.key}>
                          <th scope="row">{d.label}</th>
                          <td>{formatNumber(d.aantal, lang)}</td>
                          <td>
                            <Button appearance="subtle" onClick={() => onFilter(d.filter)}>
                              {t('charts.filterOn', { waarde: d.label })}
                            </Button>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </details>
            </>
          ) : (
            // Ranked counts as HTML bars (issue 19): full organisation names, no overlap, and
            // each bar is a button that filters, so no separate twin is needed.
            <BarList
              items={chart.data.map((d) => ({ value: d.key, label: d.label, count: d.aantal }))}
              labelledBy={`chart-${chart.id}`}
              number={number}
              countText={(count) => t('charts.records', { count })}
              onPick={(key) => {
                const picked = chart.data.find((d) => d.key === key);
                if (picked) onFilter(picked.filter);
              }}
              pickText={(waarde) => t('charts.filterOn', { waarde })}
            />
          )}
        </section>
      ))}
    </div>
  );
}
