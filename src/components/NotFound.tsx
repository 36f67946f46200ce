import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/Page';
import { paths } from '@/config/paths';

/** "Pagina niet gevonden": the unknown-address page and the routes' 404 error, one text. */
export function NotFound() {
  const { t } = useTranslation('common');
  return (
    <Page title={t('notFound.title')}>
      <p className="utrecht-paragraph">{t('notFound.body')}</p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={paths.home}>
          {t('notFound.home')}
        </Link>
      </p>
    </Page>
  );
}
