import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/Button';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Page } from '@/components/Page';
import { formatDate } from '@/lib/format';
import { sessionQuery, type Vertegenwoordiging } from '@/lib/session';
import {
  accepteerMachtiging,
  trekMachtigingIn,
  vertegenwoordigingQueries,
  type Machtiging,
} from '../api/vertegenwoordiging';
import { useWissel } from '../hooks';
import { handelingKey } from '../model/handeling';
import { MachtigingForm } from './MachtigingForm';

/**
 * Issue 14: for whom the signed-in person can act (and why not, where not), who may act for
 * them, what those people did in their name, and the mandates they gave and received.
 */
export function VertegenwoordigingPage() {
  const { t } = useTranslation('vertegenwoordiging');
  const session = useQuery(sessionQuery());
  const namens = session.data?.namens;
  return (
    <Page title={t('title')} lead={t('lead')}>
      <Relaties relaties={session.data?.vertegenwoordiging ?? []} huidig={namens?.bsn} />
      {namens ? (
        <p className="utrecht-paragraph">{t('namens.alleenZelf')}</p>
      ) : (
        <>
          <VoorU />
          <Machtigingen />
        </>
      )}
    </Page>
  );
}

function Relaties({ relaties, huidig }: { relaties: Vertegenwoordiging[]; huidig: string | undefined }) {
  const { t, i18n } = useTranslation('vertegenwoordiging');
  const { t: tc } = useTranslation('common');
  const wissel = useWissel();
  const kan = relaties.filter((r) => r.toegestaan);
  const kanNiet = relaties.filter((r) => !r.toegestaan);
  const wie = (r: Vertegenwoordiging) => `${tc(`namens.rol.${r.rol}`)}, ${t(`bron.${r.bron}`)}`;
  return (
    <section aria-labelledby="namens-title" className="mg-section mg-vertegenwoordiging">
      <h2 id="namens-title" className="utrecht-heading-2">
        {t('namens.title')}
      </h2>
      <p className="utrecht-paragraph">{t('namens.intro')}</p>
      {relaties.length === 0 ? <p className="utrecht-paragraph">{t('namens.geen')}</p> : null}
      {wissel.isError ? (
        <p className="utrecht-paragraph mg-namens__error" role="alert">
          {t('namens.wisselFout')}
        </p>
      ) : null}
      {kan.length ? (
        <>
          <h3 className="utrecht-heading-3">{t('namens.kan')}</h3>
          <ul className="mg-relaties">
            {kan.map((r) => (
              <li key={r.bsn} className="mg-relatie">
                <div className="mg-relatie__tekst">
                  <strong>{r.naam}</strong>
                  <p>{wie(r)}</p>
                  <p>
                    {t('namens.mag', { diensten: r.diensten.map((d) => t(`dienst.${d}`)).join(', ') })}
                    {r.tot ? ` ${t('namens.tot', { datum: formatDate(r.tot, i18n.language) })}` : ''}
                  </p>
                </div>
                {r.bsn === huidig ? (
                  <p className="mg-relatie__huidig">{t('namens.huidig')}</p>
                ) : (
                  <Button
                    appearance="primary"
                    disabled={wissel.isPending}
                    busy={wissel.isPending && wissel.variables === r.bsn}
                    onClick={() => wissel.mutate(r.bsn)}
                  >
                    {wissel.isPending && wissel.variables === r.bsn
                      ? t('namens.bezig')
                      : t('namens.bekijk', { naam: r.naam })}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {kanNiet.length ? (
        <>
          <h3 className="utrecht-heading-3">{t('namens.kanNiet')}</h3>
          <ul className="mg-relaties">
            {kanNiet.map((r, i) => (
              <li key={`${r.naam}-${i}`} className="mg-relatie">
                <div className="mg-relatie__tekst">
                  <strong>{r.naam}</strong>
                  <p>{wie(r)}</p>
                  {r.reden ? <p>{t(`reden.${r.reden}`)}</p> : null}
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function VoorU() {
  const { t, i18n } = useTranslation('vertegenwoordiging');
  const { t: tc } = useTranslation('common');
  const overzicht = useQuery(vertegenwoordigingQueries.overzicht());
  const body = (() => {
    if (overzicht.isPending) return <LoadingState lines={3} />;
    if (overzicht.isError)
      return (
        <ErrorState error={overzicht.error} onRetry={() => void overzicht.refetch()} retrying={overzicht.isFetching} />
      );
    const { vertegenwoordigers, handelingen } = overzicht.data;
    return (
      <>
        <h2 id="voor-u-title" className="utrecht-heading-2">
          {t('voorU.title')}
        </h2>
        {vertegenwoordigers.length === 0 ? (
          <p className="utrecht-paragraph">{t('voorU.geen')}</p>
        ) : (
          <ul className="utrecht-unordered-list">
            {vertegenwoordigers.map((v, i) => (
              <li key={`${v.naam}-${v.rol}-${i}`}>
                {v.naam}, {tc(`namens.rol.${v.rol}`)} ({t(`bron.${v.bron}`)}
                {v.tot ? `, ${t('voorU.tot', { datum: formatDate(v.tot, i18n.language) })}` : ''})
              </li>
            ))}
          </ul>
        )}
        <h2 className="utrecht-heading-2">{t('spoor.title')}</h2>
        <p className="utrecht-paragraph">{t('spoor.intro')}</p>
        {handelingen.length === 0 ? (
          <p className="utrecht-paragraph">{t('spoor.geen')}</p>
        ) : (
          <ul className="mg-relaties" data-testid="spoor">
            {handelingen.map((h) => {
              const wat = handelingKey(h);
              const when = new Date(h.at);
              const tijd = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', {
                dateStyle: 'long',
                timeStyle: 'short',
                timeZone: 'Europe/Amsterdam',
              }).format(when);
              return (
                <li key={h.id} className="mg-relatie">
                  <div className="mg-relatie__tekst">
                    <strong>{t('spoor.wie', { naam: h.naam, rol: tc(`namens.rol.${h.rol}`) })}</strong>
                    <p>
                      {wat.key === 'wat.gegevens'
                        ? t(wat.key, { register: tc(`registries.${wat.register}.name`) })
                        : t(wat.key)}
                    </p>
                    <p>
                      <time dateTime={h.at}>{tijd}</time>
                    </p>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </>
    );
  })();
  return (
    <section aria-labelledby="voor-u-title" className="mg-section mg-vertegenwoordiging">
      {body}
    </section>
  );
}

function MachtigingItem({ m, kant }: { m: Machtiging; kant: 'gegeven' | 'ontvangen' }) {
  const { t, i18n } = useTranslation('vertegenwoordiging');
  const queryClient = useQueryClient();
  const actie = useMutation({
    mutationFn: (soort: 'accepteren' | 'intrekken') =>
      soort === 'accepteren' ? accepteerMachtiging(m.id) : trekMachtigingIn(m.id),
    // The session lists whom one may act for: an accepted or ended mandate changes it.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: vertegenwoordigingQueries.all() }),
        queryClient.invalidateQueries({ queryKey: sessionQuery().queryKey }),
      ]),
  });
  const status = m.status === 'actief' && m.reden === 'verlopen' ? 'verlopen' : m.status;
  const open = m.status !== 'ingetrokken' && m.reden !== 'verlopen';
  return (
    <li className="mg-relatie">
      <div className="mg-relatie__tekst">
        <strong>{m.naam}</strong>
        <p>
          {t(`machtigingen.status.${status}`)}.{' '}
          {t('namens.mag', { diensten: m.diensten.map((d) => t(`dienst.${d}`)).join(', ') })}
        </p>
        <p>
          {t('machtigingen.periode', {
            van: formatDate(m.geldigVan, i18n.language),
            tot: formatDate(m.geldigTot, i18n.language),
          })}
        </p>
        {actie.isError ? (
          <p className="mg-namens__error" role="alert">
            {t('machtigingen.actieFout')}
          </p>
        ) : null}
      </div>
      {open && kant === 'ontvangen' && m.status === 'wachtOpAcceptatie' ? (
        <Button appearance="primary" disabled={actie.isPending} onClick={() => actie.mutate('accepteren')}>
          {t('machtigingen.accepteren', { naam: m.naam })}
        </Button>
      ) : null}
      {open ? (
        <Button appearance="secondary" disabled={actie.isPending} onClick={() => actie.mutate('intrekken')}>
          {kant === 'ontvangen' && m.status === 'wachtOpAcceptatie'
            ? t('machtigingen.weigeren', { naam: m.naam })
            : t('machtigingen.intrekken', { naam: m.naam })}
        </Button>
      ) : null}
    </li>
  );
}

function Machtigingen() {
  const { t } = useTranslation('vertegenwoordiging');
  const lijst = useQuery(vertegenwoordigingQueries.machtigingen());
  return (
    <section aria-labelledby="machtigingen-title" className="mg-section mg-vertegenwoordiging">
      <h2 id="machtigingen-title" className="utrecht-heading-2">
        {t('machtigingen.title')}
      </h2>
      <p className="utrecht-paragraph">{t('machtigingen.intro')}</p>
      {lijst.isPending ? <LoadingState lines={2} /> : null}
      {lijst.isError ? (
        <ErrorState error={lijst.error} onRetry={() => void lijst.refetch()} retrying={lijst.isFetching} />
      ) : null}
      {lijst.data ? (
        <>
          <h3 className="utrecht-heading-3">{t('machtigingen.ontvangen')}</h3>
          {lijst.data.ontvangen.length === 0 ? (
            <p className="utrecht-paragraph">{t('machtigingen.geenOntvangen')}</p>
          ) : (
            <ul className="mg-relaties">
              {lijst.data.ontvangen.map((m) => (
                <MachtigingItem key={m.id} m={m} kant="ontvangen" />
              ))}
            </ul>
          )}
          <h3 className="utrecht-heading-3">{t('machtigingen.gegeven')}</h3>
          {lijst.data.gegeven.length === 0 ? (
            <p className="utrecht-paragraph">{t('machtigingen.geenGegeven')}</p>
          ) : (
            <ul className="mg-relaties">
              {lijst.data.gegeven.map((m) => (
                <MachtigingItem key={m.id} m={m} kant="gegeven" />
              ))}
            </ul>
          )}
        </>
      ) : null}
      <MachtigingForm />
    </section>
  );
}
