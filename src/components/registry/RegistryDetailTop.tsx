import { useTranslation } from 'react-i18next';
import type { RegistryId } from '@/lib/registries';
import { BackToOverview } from '@/components/BackToOverview';
import { LoadingState } from '@/components/LoadingState';

/**
 * Below a registry detail page's title and lead: the way back and what the registry is (its
 * `description` text). Drawn before the registry's data, so the largest text of the page's first
 * screen does not wait for the data (issue 16: it was part of the mapped view).
 */
export function RegistryDetailTop({ id }: { id: RegistryId }) {
  const { t } = useTranslation('common');
  return (
    <>
      <BackToOverview label={t('detail.back')} />
      {/* The BRP has its own page (Persoonsgegevens) with its own introduction. */}
      {id === 'brp' ? null : <Description id={id} />}
    </>
  );
}

function Description({ id }: { id: Exclude<RegistryId, 'brp'> }) {
  const { t } = useTranslation(id);
  return <p className="utrecht-paragraph">{t('description')}</p>;
}

/** While the registry's answer is on its way: the page's loading state, and its frame's (src/app/ShellFrame.tsx). */
export function RegistryDetailLoading({ id }: { id: RegistryId }) {
  const { t } = useTranslation('common');
  const { t: tv } = useTranslation('views');
  return <LoadingState label={tv('overview.loading', { holder: t(`registries.${id}.holder`) })} lines={5} />;
}
