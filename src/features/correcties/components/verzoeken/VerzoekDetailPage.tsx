/** The request page: per holder its zaak, what the citizen can do next, and withdrawing. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '@/components/Alert';
import { Button } from '@/components/Button';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Page } from '@/components/Page';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';
import type { RegistryId } from '@/lib/registry-view';
import { invalidateAfter } from '../../api/invalidate';
import { withdraw } from '../../api/withdraw';
import { zgw } from '../../api/zgw';
import { findVerzoek, type VerzoekVM, type ZaakVM } from '../../model/verzoek';
import '../../correcties.css';

import { Clock, requestTitle, StatusBadge, useHandler, useT, useVerzoeken } from './shared';
import { Bezwaar, Beperking, Documenten, Eigenschappen, LateRemedies, Steps } from './zaak-parts';

// Only a request waiting for the citizen's answer needs the answer form and the upload checks:
// its own chunk, so the request page stays within its budget (docs/decisions/005).
const MeerInformatie = lazy(() => import('../MeerInformatie').then((m) => ({ default: m.MeerInformatie })));

function Intrekken({ verzoek }: { verzoek: VerzoekVM }) {
  const { t } = useT();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const mutation = useMutation({
    mutationFn: async () => {
      const open = verzoek.zaken.filter((z) => !z.closed);
      await withdraw(open.map((z) => z.uuid));
      return open;
    },
    onSuccess: async (withdrawn) => {
      setConfirming(false);
      await invalidateAfter(queryClient, { kind: 'ingetrokken', zaken: withdrawn });
    },
  });
  if (!verzoek.open) return null;
  return (
    <section aria-labelledby="intrekken-titel" className="mg-section">
      <h2 id="intrekken-titel" className="utrecht-heading-2">
        {t('detail.intrekkenTitel')}
      </h2>
      {mutation.isError ? (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">{t('detail.intrekkenMislukt')}</p>
        </Alert>
      ) : null}
      {confirming ? (
        <div ref={confirmRef} className="utrecht-alert utrecht-alert--warning mg-alert" role="alert">
          <p className="utrecht-paragraph">{t('detail.intrekkenZeker')}</p>
          <div className="mg-button-row">
            <Button
              appearance="primary"
              busy={mutation.isPending}
              disabled={mutation.isPending}
              onClick={() => mutation.mutate()}
            >
              {t('detail.intrekkenJa')}
            </Button>{' '}
            <Button onClick={() => setConfirming(false)} disabled={mutation.isPending}>
              {t('detail.intrekkenNee')}
            </Button>
          </div>
        </div>
      ) : (
        <>
          <p className="utrecht-paragraph">{t('detail.intrekkenUitleg')}</p>
          <Button onClick={() => setConfirming(true)}>{t('detail.intrekken')}</Button>
        </>
      )}
    </section>
  );
}

/** Who hears of a correction (GDPR art. 19): per holder, for the data of this zaak's field. The app layer supplies the list. */
export type RecipientsSlot = (target: {
  registry: RegistryId;
  veld: string | undefined;
  houder: string;
  houderEntityId: string | undefined;
}) => ReactNode;

function ZaakDetail({
  zaak,
  holderCount,
  recipients,
}: {
  zaak: ZaakVM;
  holderCount: number;
  recipients: RecipientsSlot | undefined;
}) {
  const { t, i18n } = useT();
  const { t: tCommon } = useTranslation('common');
  const handler = useHandler(zaak);
  const registratie = zaak.registry ? tCommon(`registries.${zaak.registry}.name`) : '';
  const houder = handler?.naam ?? registratie;
  const H = holderCount > 1 ? 'h3' : 'h2';
  const heading =
    handler && registratie
      ? t('detail.bijHouder', { houder: handler.naam, registratie })
      : handler?.naam || registratie || zaak.omschrijving;
  return (
    <section aria-labelledby={`zaak-${zaak.uuid}`} className="mg-section mg-verzoek-card">
      <H id={`zaak-${zaak.uuid}`} className={holderCount > 1 ? 'utrecht-heading-3' : 'utrecht-heading-2'}>
        {heading}
      </H>
      <p className="utrecht-paragraph">
        {t('verzoeken.referentie')} <strong>{zaak.identificatie}</strong> · <StatusBadge zaak={zaak} />
      </p>
      <p className="utrecht-paragraph">
        {t('verzoeken.ontvangenOp', { datum: formatDate(zaak.ontvangen, i18n.language) })}
      </p>
      <Clock zaak={zaak} detail />
      {handler ? <LateRemedies zaak={zaak} handler={handler} /> : null}
      <Steps zaak={zaak} />
      {zaak.verlenging ? (
        <Alert type="info" role="note" headingLevel={3} heading={t('detail.verlengdTitel')}>
          <p className="utrecht-paragraph">{t('detail.verlengd', { reden: zaak.verlenging.reden })}</p>
        </Alert>
      ) : null}
      {zaak.stap === 'aanvullende_informatie' && !zaak.closed ? (
        <Suspense fallback={<LoadingState label={t('detail.infoNodigTitel')} lines={3} />}>
          <MeerInformatie zaak={zaak} houder={houder} />
        </Suspense>
      ) : null}
      {zaak.uitkomst === 'toegekend' ? (
        <Alert type="ok" role="note" headingLevel={3} heading={t('uitkomst.toegekend')}>
          <p className="utrecht-paragraph">{zaak.uitkomstToelichting}</p>
        </Alert>
      ) : null}
      {zaak.uitkomst === 'afgewezen' ? (
        <Alert type="error" role="note" headingLevel={3} heading={t('uitkomst.afgewezen')}>
          <p className="utrecht-paragraph">{t('detail.reden', { reden: zaak.uitkomstToelichting ?? '' })}</p>
        </Alert>
      ) : null}
      {handler ? <Bezwaar zaak={zaak} handler={handler} /> : null}
      <Beperking zaak={zaak} houder={houder} />
      <Eigenschappen zaak={zaak} />
      <Documenten zaak={zaak} />
      {zaak.soort === 'correctie' && zaak.registry ? (
        <section aria-labelledby={`art19-${zaak.uuid}`} className="mg-section">
          <h3 id={`art19-${zaak.uuid}`} className="utrecht-heading-3">
            {t('detail.art19Per', { houder })}
          </h3>
          {recipients && handler ? (
            recipients({ registry: zaak.registry, veld: zaak.veld, houder, houderEntityId: handler.entityId })
          ) : (
            <p className="utrecht-paragraph">{t('detail.art19Geen')}</p>
          )}
        </section>
      ) : null}
    </section>
  );
}

const MOCK_CONTROLS = import.meta.env.VITE_MOCKS !== 'off' || import.meta.env.VITE_MOCK_CONTROLS === 'on';

/** Testhulp (mocks only): the simulated holder takes the next step, so clocks and messages can be seen working. */
function VolgendeStatus({ verzoek }: { verzoek: VerzoekVM }) {
  const { t } = useT();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: ({ zaak, action }: { zaak: ZaakVM; action: 'volgende' | 'verlengen' }) =>
      action === 'volgende' ? zgw.volgendeStatus(zaak.uuid) : zgw.verlengen(zaak.uuid),
    onSuccess: (_, { zaak, action }) =>
      invalidateAfter(queryClient, action === 'volgende' ? { kind: 'status', zaak } : { kind: 'verlengd', zaak }),
  });
  const open = verzoek.zaken.filter((z) => !z.closed);
  if (!open.length) return null;
  return (
    <section aria-labelledby="testhulp-titel" className="mg-section mg-testhulp">
      <h2 id="testhulp-titel" className="utrecht-heading-3">
        {t('testhulp.titel')}
      </h2>
      <p className="utrecht-paragraph">{t('testhulp.uitleg')}</p>
      {mutation.isError ? (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">{t('testhulp.mislukt')}</p>
        </Alert>
      ) : null}
      {open.map((z) => (
        <p key={z.uuid} className="utrecht-paragraph mg-button-row">
          <Button
            busy={mutation.isPending}
            disabled={mutation.isPending}
            onClick={() => mutation.mutate({ zaak: z, action: 'volgende' })}
          >
            {t('testhulp.volgende', { referentie: z.identificatie })}
          </Button>{' '}
          {/* Only where the zaaktype allows an extension: a BRP address has none (Wet BRP). */}
          {z.verlengbaar ? (
            <Button
              busy={mutation.isPending}
              disabled={mutation.isPending}
              onClick={() => mutation.mutate({ zaak: z, action: 'verlengen' })}
            >
              {t('testhulp.verlengen', { referentie: z.identificatie })}
            </Button>
          ) : null}
        </p>
      ))}
    </section>
  );
}

/**
 * `recipients`: who got this field's data from each holder (GDPR art. 19), from the processing
 * log; the app layer supplies it, as features do not import each other.
 */
export function VerzoekDetailPage({ recipients }: { recipients?: RecipientsSlot } = {}) {
  const { id = '' } = useParams();
  const { t, i18n } = useT();
  const { t: tCommon } = useTranslation('common');
  const { query, verzoeken } = useVerzoeken();
  const verzoek = verzoeken ? findVerzoek(verzoeken, id) : undefined;
  const first = verzoek?.zaken[0];
  const title = first
    ? requestTitle(first, t, (r) => tCommon(`registries.${r as 'brp'}.name`), i18n.language)
    : { text: t('detail.titel'), node: t('detail.titel') };
  let content;
  if (verzoek) {
    content = (
      <>
        {verzoek.zaken.length > 1 ? (
          <p className="utrecht-paragraph">{t('detail.meerdereHouders', { count: verzoek.zaken.length })}</p>
        ) : null}
        {verzoek.zaken.map((z) => (
          <ZaakDetail key={z.uuid} zaak={z} holderCount={verzoek.zaken.length} recipients={recipients} />
        ))}
        <Intrekken verzoek={verzoek} />
        {MOCK_CONTROLS ? <VolgendeStatus verzoek={verzoek} /> : null}
      </>
    );
  } else if (verzoeken) {
    content = <p className="utrecht-paragraph">{t('detail.nietGevonden')}</p>;
  } else if (query.isError) {
    content = (
      <ErrorState
        error={query.error}
        heading={t('verzoeken.fout')}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  } else {
    content = <LoadingState label={t('verzoeken.laden')} lines={6} />;
  }
  return (
    <Page title={title.text} heading={title.node}>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to={paths.mijnVerzoeken}>
          {t('detail.terug')}
        </Link>
      </p>
      {content}
    </Page>
  );
}
