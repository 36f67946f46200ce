import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { berichtenQueries } from '../api/berichten';

/** The unread count next to "Berichten" in the header; lazy, so it adds nothing to the first load. */
export default function OngelezenTeller() {
  const { t } = useTranslation('common');
  const box = useQuery({ ...berichtenQueries.box(), refetchInterval: 60_000 });
  const count = box.data?.ongelezen ?? 0;
  if (count === 0) return null;
  return (
    <span className="utrecht-badge-counter mg-badge">
      <span aria-hidden="true">{count}</span>
      <span className="mg-visually-hidden">{t('nav.ongelezen', { count })}</span>
    </span>
  );
}
