import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The pages to offer around `page`: first, last, and two either side; `null` is a gap (…). */
export function pageNumbers(page: number, pages: number): Array<number | null> {
  const wanted = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: Array<number | null> = [];
  for (const n of sorted) {
    const previous = out.at(-1);
    if (typeof previous === 'number' && n - previous > 1) out.push(n - previous === 2 ? n - 1 : null);
    out.push(n);
  }
  return out;
}

type Props = { page: number; pages: number; hrefOf: (page: number) => string; onPage: (page: number) => void };

/**
 * Pages of the log (issue 16): the list uses the page's own scroll, not a box of its own, and
 * 50 rows at a time keep the page light on a phone. Real links (the page number is in the URL:
 * reload, back from an event and "open in new tab" keep it), the current one marked for
 * assistive technology. NL Design System pattern: previous, numbers with gaps, next.
 */
export function LogPagination({ page, pages, hrefOf, onPage }: Props) {
  const { t } = useTranslation('verwerkingen');
  if (pages <= 1) return null;
  const go = (n: number) => (event: React.MouseEvent) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    onPage(n);
  };
  return (
    <nav className="mg-pagination" aria-label={t('pagination.label')}>
      <ul className="mg-pagination__list">
        {page > 1 ? (
          <li>
            <Link className="utrecht-link mg-pagination__link" to={hrefOf(page - 1)} rel="prev" onClick={go(page - 1)}>
              {t('pagination.previous')}
            </Link>
          </li>
        ) : null}
        {pageNumbers(page, pages).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="mg-pagination__gap">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                className={`utrecht-link mg-pagination__link${n === page ? ' mg-pagination__link--current' : ''}`}
                to={hrefOf(n)}
                aria-current={n === page ? 'page' : undefined}
                aria-label={t('pagination.page', { page: n, pages })}
                onClick={go(n)}
              >
                {n}
              </Link>
            </li>
          ),
        )}
        {page < pages ? (
          <li>
            <Link className="utrecht-link mg-pagination__link" to={hrefOf(page + 1)} rel="next" onClick={go(page + 1)}>
              {t('pagination.next')}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
