import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { RegistryId } from '@/lib/registries';

/**
 * Below a registry detail page's title and lead: the way back and what the registry is (its
 * `description` text). Drawn before the registry's data, so the largest text of the page's first
 * screen does not wait for the data (issue 16: it was part of the mapped view).
 */
export function RegistryDetailTop({ id }: { id: RegistryId }) {
  const { t } = useTranslation('common');
  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={paths.overview}>
          {t('detail.back')}
        </Link>
      </p>
      {/* The BRP has its own page (Persoonsgegevens) with its own introduction. */}
      {id === 'brp' ? null : <Description id={id} />}
    </>
  );
}

function Description({ id }: { id: Exclude<RegistryId, 'brp'> }) {
  const { t } = useTranslation(id);
  return <p className="utrecht-paragraph">{t('description')}</p>;
}
