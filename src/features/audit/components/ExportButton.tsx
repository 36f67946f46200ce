import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { auditQueries, EXPORT_MAX_ROWS, exportCsv } from '../api/audit';
import type { Filters, Sort } from '../model/filters';
import { formatNumber } from '../model/format';

const FILE_NAME = 'verwerkingen-export.csv';

type State =
  | { phase: 'idle' }
  | { phase: 'busy'; rows: number; total: number }
  | { phase: 'done'; rows: number; totaal: number; url: string }
  | { phase: 'error' };

/** CSV export of the filtered result: the body is streamed and the progress bar follows the rows read. */
export function ExportButton({ filters, sort }: { filters: Filters; sort: Sort }) {
  const { t, i18n } = useTranslation('audit');
  const queryClient = useQueryClient();
  const [state, setState] = useState<State>({ phase: 'idle' });
  const url = state.phase === 'done' ? state.url : undefined;
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  const lang = i18n.language;

  const start = async () => {
    setState({ phase: 'busy', rows: 0, total: 0 });
    try {
      let last = 0;
      const result = await exportCsv(filters, sort, (rows, total) => {
        // Re-render at most every 1% (a 100,000-row export has many chunks).
        if (rows - last >= total / 100 || rows === total) {
          last = rows;
          setState({ phase: 'busy', rows, total });
        }
      });
      const objectUrl = URL.createObjectURL(result.blob);
      setState({ phase: 'done', rows: result.rows, totaal: result.totaal, url: objectUrl });
      void queryClient.invalidateQueries({ queryKey: auditQueries.trail().queryKey });
      // Start the download now; the link below stays for a second try.
      const a = document.createElement('a');
      a.href = objectUrl;
      a.download = FILE_NAME;
      a.click();
    } catch {
      setState({ phase: 'error' });
    }
  };

  return (
    <div>
      <p className="utrecht-paragraph" id="export-hint">
        {t('export.hint', { max: formatNumber(EXPORT_MAX_ROWS, lang) })}
      </p>
      <div className="mg-audit-actions">
        <Button
          onClick={() => void start()}
          aria-describedby="export-hint"
          disabled={state.phase === 'busy'}
          busy={state.phase === 'busy'}
        >
          {state.phase === 'busy' ? t('export.busy') : t('export.button')}
        </Button>
        {state.phase === 'done' ? (
          <a className="utrecht-link" href={state.url} download={FILE_NAME}>
            {t('export.download')}
          </a>
        ) : null}
      </div>
      {state.phase === 'busy' ? (
        <div>
          <label className="utrecht-form-label" htmlFor="export-progress">
            {t('export.progress', { rows: formatNumber(state.rows, lang), total: formatNumber(state.total, lang) })}
          </label>
          <progress id="export-progress" className="mg-progress" max={Math.max(1, state.total)} value={state.rows} />
        </div>
      ) : null}
      {state.phase === 'done' ? (
        <Alert type="ok" role="status">
          <p className="utrecht-paragraph">{t('export.done', { rows: formatNumber(state.rows, lang) })}</p>
          {state.totaal > state.rows ? (
            <p className="utrecht-paragraph">
              {t('export.limited', { total: formatNumber(state.totaal, lang), rows: formatNumber(state.rows, lang) })}
            </p>
          ) : null}
        </Alert>
      ) : null}
      {state.phase === 'error' ? (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">{t('export.failed')}</p>
        </Alert>
      ) : null}
    </div>
  );
}
