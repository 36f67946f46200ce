import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { correctiePath } from '@/config/paths';
import type { RegistryId } from '@/lib/registry-view';
import { ownBsn } from '@/lib/session';
import { invalidateAfter } from '../../api/invalidate';
import { correctieQueries } from '../../api/queries';
import { submitCorrection } from '../../api/submit';
import { proposedValue, targetsOf, type Step } from '../../model/draft';
import { StepPage, type StepProps } from './StepPage';

/** Step 6: check the answers, see who gets the request, and send it (one zaak per holder, exactly once). */
export function ControlerenStep({ draft, update }: StepProps) {
  const { t } = useTranslation('correcties');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [progress, setProgress] = useState(draft.submitted);
  const mutation = useMutation({
    mutationFn: async () =>
      submitCorrection(draft, await ownBsn(queryClient), (submitted) => {
        setProgress(submitted);
        // Saved as it goes: a retry after a failure halfway continues where it stopped.
        update({ submitted });
      }),
    onSuccess: async (submitted) => {
      update({ submitted, done: true });
      await invalidateAfter(queryClient, { kind: 'ingediend' });
      // Replace the check page: Back from the confirmation must not reopen a sent request.
      await navigate(correctiePath(draft.registry, draft.veld, 'bevestiging'), { replace: true });
    },
  });
  // Opened again after sending (a bookmark, Back): the request is sent, show where it went.
  if (draft.done && mutation.isIdle)
    return <Navigate to={correctiePath(draft.registry, draft.veld, 'bevestiging')} replace />;
  const change = (stap: Step) => `${correctiePath(draft.registry, draft.veld, stap)}?terug=controleren`;
  const targets = targetsOf(draft);
  const rows: Array<{ key: string; label: string; value: ReactNode; stap: Step }> = [
    { key: 'wat', label: t('controleren.wat'), value: draft.wat ? t(`wat.${draft.wat}`) : '', stap: 'wat' },
    { key: 'waarde', label: t('controleren.waarde'), value: proposedValue(draft), stap: 'waarde' },
    {
      key: 'toelichting',
      label: t('controleren.toelichting'),
      value: <span className="mg-pre">{draft.toelichting}</span>,
      stap: 'toelichting',
    },
    {
      key: 'bewijs',
      label: t('controleren.bewijs'),
      value: draft.documenten.length
        ? draft.documenten.map((d) => d.bestandsnaam).join(', ')
        : t('controleren.geenBewijs'),
      stap: 'bewijs',
    },
    {
      key: 'beperking',
      label: t('controleren.beperking'),
      value: draft.beperking ? t(`beperking.${draft.beperking}`) : '',
      stap: 'beperking',
    },
  ];
  const failed = mutation.isError;
  return (
    <StepPage title={t('controleren.titel')} draft={draft}>
      {failed ? (
        <Alert type="error" heading={t('controleren.misluktTitel')} role="alert">
          <p className="utrecht-paragraph">{t('controleren.mislukt')}</p>
        </Alert>
      ) : null}
      <dl className="mg-check-list">
        {rows.map((row) => (
          <div key={row.key} className="mg-check-list__row">
            <dt className="mg-check-list__key">{row.label}</dt>
            <dd className="mg-check-list__value">{row.value}</dd>
            <dd className="mg-check-list__action">
              <Link className="utrecht-link" to={change(row.stap)}>
                {t('controleren.wijzig')}
                <span className="mg-visually-hidden"> {row.label.toLowerCase()}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <h2 className="utrecht-heading-2">{t('controleren.naarWie')}</h2>
      <p className="utrecht-paragraph">
        {targets.length > 1 ? t('controleren.meerdereHouders', { count: targets.length }) : t('controleren.eenHouder')}
      </p>
      <HolderList registries={targets} />
      <h2 className="utrecht-heading-2">{t('controleren.versturenTitel')}</h2>
      <p className="utrecht-paragraph">{t('controleren.verklaring')}</p>
      {mutation.isPending ? (
        <p className="utrecht-paragraph" role="status">
          {t('controleren.bezig', { klaar: progress.length, totaal: targets.length })}
        </p>
      ) : null}
      <Button
        appearance="primary"
        busy={mutation.isPending}
        disabled={mutation.isPending}
        onClick={() => mutation.mutate()}
      >
        {failed ? t('controleren.opnieuw') : t('controleren.versturen')}
      </Button>
    </StepPage>
  );
}

function HolderList({ registries }: { registries: RegistryId[] }) {
  return (
    <ul className="utrecht-unordered-list">
      {registries.map((registry) => (
        <HolderItem key={registry} registry={registry} />
      ))}
    </ul>
  );
}

function HolderItem({ registry }: { registry: RegistryId }) {
  const { t } = useTranslation('correcties');
  const { t: tCommon } = useTranslation('common');
  const holder = useQuery(correctieQueries.holder(registry));
  const name = tCommon(`registries.${registry}.name`);
  return (
    <li>{holder.data ? t('controleren.houder', { houder: holder.data.bronhouder.naam, registratie: name }) : name}</li>
  );
}
