import { useTranslation } from 'react-i18next';
import { matchPath, useLocation } from 'react-router';
import { LoadingState } from '@/components/LoadingState';
import { paths } from '@/config/paths';

/**
 * What the shell shows in `main` while the first page's code loads (the router's
 * HydrateFallback, src/app/shell-painted.ts). Where the page's title and lead are in the
 * bundled `common` texts, they are drawn here exactly as the page draws them (same elements,
 * same classes, same place), so the page replaces them without a visible change and the
 * citizen can start reading one download earlier. Elsewhere: the loading state alone.
 *
 * No focus handling and no <title> here: the page does both when it arrives.
 */
export function ShellFrame() {
  const { t } = useTranslation('common');
  const { pathname } = useLocation();
  if (matchPath({ path: paths.overview, end: true }, pathname)) {
    return (
      <>
        <h1 tabIndex={-1} className="utrecht-heading-1 mg-page-title">
          {t('overview.title')}
        </h1>
        <p className="utrecht-paragraph utrecht-paragraph--lead">{t('overview.lead')}</p>
        <LoadingState />
      </>
    );
  }
  return <LoadingState />;
}
