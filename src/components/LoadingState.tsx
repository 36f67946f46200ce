import { useTranslation } from 'react-i18next';

/** A calm skeleton; the text is for screen readers, announced once via role=status. */
export function LoadingState({ label, lines = 3 }: { label?: string; lines?: number }) {
  const { t } = useTranslation('common');
  return (
    <div role="status" className="mg-loading">
      <span className="mg-visually-hidden">{label ?? t('loading')}</span>
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="mg-skeleton" aria-hidden="true" />
      ))}
    </div>
  );
}
