import { useTranslation } from 'react-i18next';
import { Button } from '@/components/Button';
import type { RegistryId, RegistryView } from '@/lib/registry-view';
import { exportFileName, toExportCsv, toExportJson } from './model';
import { downloadText } from '@/lib/download';
import { now as clockNow } from '@/lib/clock';

/** "Download mijn gegevens": everything shown, as JSON, and a CSV per registry. */
export function ExportPanel({
  views,
  missing,
  names,
}: {
  views: RegistryView[];
  missing: RegistryId[];
  names: Record<RegistryId, string>;
}) {
  const { t, i18n } = useTranslation('views');
  return (
    <section aria-labelledby="download-titel" className="mg-section mg-export">
      <h2 id="download-titel" className="utrecht-heading-2">
        {t('export.title')}
      </h2>
      <p className="utrecht-paragraph">{t('export.intro')}</p>
      {missing.length > 0 ? (
        <p className="utrecht-paragraph">{t('export.missing', { names: missing.map((id) => names[id]).join(', ') })}</p>
      ) : null}
      <Button
        appearance="primary"
        disabled={views.length === 0}
        onClick={() => {
          const now = new Date(clockNow());
          downloadText(toExportJson(views, missing, now), exportFileName('json', now), 'application/json');
        }}
      >
        {t('export.json')}
      </Button>
      <h3 className="utrecht-heading-3">{t('export.csvTitle')}</h3>
      <ul className="mg-export__list">
        {views.map((view) => (
          <li key={view.id}>
            <Button
              appearance="subtle"
              onClick={() => {
                const now = new Date(clockNow());
                downloadText(
                  toExportCsv(
                    view,
                    t('export.columns', { returnObjects: true }) as Parameters<typeof toExportCsv>[1],
                    i18n.language,
                  ),
                  exportFileName('csv', now, view.id),
                  'text/csv;charset=utf-8',
                );
              }}
            >
              {t('export.csv', { name: names[view.id] })}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
