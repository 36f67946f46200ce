import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '@/components/Button';
import type { Tellingen } from '../api/audit';
import { formatMonth, formatNumber } from '../model/format';
import { filtersFromParams, monthRange, toQuery, type Filters } from '../model/filters';

type Datum = { key: string; label: string; aantal: number; filter: Filters };
type Props = { tellingen: Tellingen };

/**
 * The aggregate charts (Recharts: this module is its own lazy chunk). Each chart is drawn for
 * the eye only; its table twin below is what keyboard and screen-reader users get, with a
 * button per row that does what clicking the bar does.
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
    { id: 'org', title: t('charts.perOrganisatie'), data: tellingen.perOrganisatie.slice(0, 12).map((r) => ({ key: r.id, label: r.naam, aantal: r.aantal, filter: { organisatie: r.id } })) },
    { id: 'maand', title: t('charts.perMaand'), data: tellingen.perMaand.map((r) => ({ key: r.maand, label: formatMonth(r.maand, lang), aantal: r.aantal, filter: monthRange(r.maand) })) },
    { id: 'grondslag', title: t('charts.perGrondslag'), data: tellingen.perGrondslag.map((r) => ({ key: r.grondslag, label: t(`grondslagen.${r.grondslag as 'Consent'}`), aantal: r.aantal, filter: r.grondslag === 'Geen' ? { anomalie: 'geen-grondslag' } : { grondslag: r.grondslag } })) },
    { id: 'registratie', title: t('charts.perRegistratie'), data: tellingen.perRegistratie.map((r) => ({ key: r.registratie, label: r.registratie.toUpperCase(), aantal: r.aantal, filter: { registratie: r.registratie } })) },
    { id: 'categorie', title: t('charts.perCategorie'), data: tellingen.perCategorie.slice(0, 12).map((r) => ({ key: r.categorie, label: r.categorie, aantal: r.aantal, filter: { categorie: r.categorie } })) },
  ];
  return (
    <div className="mg-audit-charts">
      {charts.map((chart) => (
        <section key={chart.id} className="mg-audit-chart" aria-labelledby={`chart-${chart.id}`}>
          <h3 id={`chart-${chart.id}`} className="utrecht-heading-3">
            {chart.title}
          </h3>
          <div aria-hidden="true">
            <ResponsiveContainer width="100%" height={chart.id === 'maand' ? 200 : Math.max(160, chart.data.length * 26 + 40)}>
              <BarChart
                data={chart.data}
                layout={chart.id === 'maand' ? 'horizontal' : 'vertical'}
                margin={{ top: 4, right: 8, bottom: 4, left: 8 }}
                accessibilityLayer={false}
              >
                <CartesianGrid strokeDasharray="3 3" />
                {chart.id === 'maand' ? (
                  <>
                    <XAxis dataKey="label" tick={{ fontSize: 11 }} interval="preserveStartEnd" />
                    <YAxis tick={{ fontSize: 11 }} width={52} />
                  </>
                ) : (
                  <>
                    <XAxis type="number" tick={{ fontSize: 11 }} />
                    <YAxis type="category" dataKey="label" tick={{ fontSize: 11 }} width={130} interval={0} />
                  </>
                )}
                <Tooltip formatter={(v) => formatNumber(Number(v), lang)} />
                <Bar dataKey="aantal" name={t('charts.count')} fill="#154273" onClick={(d: { payload?: Datum }) => d.payload && onFilter(d.payload.filter)} isAnimationActive={false} />
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
        </section>
      ))}
    </div>
  );
}
