import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/query-keys';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/Button';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Page } from '@/components/Page';
import { verwerkingPath, verzoekPath } from '@/config/paths';
import { formatDate } from '@/lib/format';
import { sessionQuery } from '@/lib/session';
import { berichtenQueries, markeerGelezen, type Bericht, type Berichtenbox } from '../api/berichten';

/** The berichtenbox: a message for every status change of the citizen's requests. */
export function BerichtenPage() {
  const { t } = useTranslation('berichten');
  // Only once the citizen session is known (the guard checks it too): no request without one.
  const session = useQuery(sessionQuery());
  const box = useQuery({ ...berichtenQueries.box(), enabled: session.data?.role === 'burger' });
  let content;
  if (box.data) {
    content = box.data.berichten.length ? (
      <>
        <p className="utrecht-paragraph" role="status">
          {t('ongelezen', { count: box.data.ongelezen })}
        </p>
        <ul className="mg-berichten">
          {box.data.berichten.map((b) => (
            <BerichtItem key={b.id} bericht={b} />
          ))}
        </ul>
      </>
    ) : (
      <p className="utrecht-paragraph">{t('leeg')}</p>
    );
  } else if (box.isError) {
    content = (
      <ErrorState error={box.error} heading={t('fout')} onRetry={() => void box.refetch()} retrying={box.isFetching} />
    );
  } else {
    content = <LoadingState label={t('laden')} lines={4} />;
  }
  return (
    <Page title={t('titel')} lead={t('intro')}>
      {content}
    </Page>
  );
}

function BerichtItem({ bericht }: { bericht: Bericht }) {
  const { t, i18n } = useTranslation('berichten');
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const mutation = useMutation({
    mutationFn: (gelezen: boolean) => markeerGelezen(bericht.id, gelezen),
    onSuccess: (updated) => {
      queryClient.setQueryData<Berichtenbox>(berichtenQueries.box().queryKey, (old) => {
        if (!old) return old;
        const berichten = old.berichten.map((b) => (b.id === updated.id ? { ...b, gelezen: updated.gelezen } : b));
        return { ongelezen: berichten.filter((b) => !b.gelezen).length, berichten };
      });
      // The header's count is its own small query.
      void queryClient.invalidateQueries({ queryKey: queryKeys.ongelezenBerichten() });
    },
  });
  const toggle = () => {
    const next = !open;
    setOpen(next);
    if (next && !bericht.gelezen) mutation.mutate(true);
  };
  const panelId = `bericht-${bericht.id}`;
  // The holder writes in Dutch and names the request its own way ("Verzoek tot correctie BRK"); the
  // title is ours, by the message's kind, in both languages, so a request has one name on every
  // page, with what it is about as Mijn verzoeken says it (issue 19). The Dutch body says it is
  // Dutch in English (lang="nl", so a screen reader reads it with Dutch speech).
  const english = i18n.language.startsWith('en');
  const onderwerp = useQuery({
    ...berichtenQueries.onderwerp(bericht.zaak?.url ?? ''),
    enabled: Boolean(bericht.zaak),
  }).data;
  const ownTitle = Boolean(bericht.zaak) || english;
  return (
    <li className={`mg-bericht ${bericht.gelezen ? '' : 'mg-bericht--ongelezen'}`}>
      <h2 className="utrecht-heading-3 mg-bericht__titel">
        {bericht.gelezen ? null : (
          <span className="utrecht-status-badge utrecht-status-badge--warning">{t('nieuw')}</span>
        )}{' '}
        <button
          type="button"
          className="utrecht-link mg-link-button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={toggle}
        >
          {ownTitle
            ? t(`onderwerp.${bericht.soort}`, { referentie: bericht.zaak?.identificatie ?? '' })
            : bericht.onderwerp}
        </button>
      </h2>
      {onderwerp ? (
        <p className="utrecht-paragraph mg-bericht__over">
          {t('over')}{' '}
          <span {...(i18n.language.startsWith(onderwerp.taal) ? {} : { lang: onderwerp.taal })}>
            {onderwerp.gegeven}
          </span>
        </p>
      ) : null}
      <p className="utrecht-paragraph mg-bericht__meta">
        {t('van', { afzender: bericht.afzender, datum: formatDate(bericht.verzonden.slice(0, 10), i18n.language) })} ·{' '}
        {t(`soort.${bericht.soort}`)}
      </p>
      <div id={panelId} hidden={!open}>
        {english ? <p className="utrecht-paragraph mg-bericht__taal">{t('inNederlands')}</p> : null}
        <p className="utrecht-paragraph mg-bericht__inhoud" lang="nl">
          {bericht.inhoud}
        </p>
        {bericht.zaak ? (
          <p className="utrecht-paragraph">
            <Link className="utrecht-link" to={verzoekPath(bericht.zaak.uuid)}>
              {t('naarVerzoek', { referentie: bericht.zaak.identificatie })}
            </Link>
          </p>
        ) : null}
        {bericht.verwerking ? (
          <p className="utrecht-paragraph">
            <Link className="utrecht-link" to={verwerkingPath(bericht.verwerking.traceId, bericht.verwerking.spanId)}>
              {t('naarVerwerking')}
            </Link>
          </p>
        ) : null}
        {bericht.gelezen ? (
          <Button appearance="subtle" disabled={mutation.isPending} onClick={() => mutation.mutate(false)}>
            {t('markeerOngelezen')}
          </Button>
        ) : null}
      </div>
    </li>
  );
}
