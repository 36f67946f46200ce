/** What Mijn verzoeken and the request page share: the requests, their names, clocks and status badges. */
import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { sessionQuery } from '@/lib/session';
import { correctieQueries } from '../../api/queries';
import { todayIso } from '@/lib/clock';
import { STATUS_BADGE, statusOf } from '../../model/status';
import { toVerzoeken, type ZaakVM } from '../../model/verzoek';
import '../../correcties.css';

export function useVerzoeken() {
  // Only once the citizen session is known (the guard above checks it too): no request without one.
  const session = useQuery(sessionQuery());
  const query = useQuery({ ...correctieQueries.verzoeken(), enabled: session.data?.role === 'burger' });
  const verzoeken = useMemo(() => (query.data ? toVerzoeken(query.data, todayIso()) : undefined), [query.data]);
  return { query, verzoeken };
}

export function useT() {
  return useTranslation('correcties');
}

/**
 * What a request is about, in one name on every page (issue 19): the field and its object as the
 * citizen saw them ("AB-123-C – Volkswagen Golf: APK-vervaldatum") and the registry. They are
 * kept in the language they were shown in; on a page in the other language that part is marked
 * with `lang`. Requests filed before the zaak carried the field's label say the registry alone.
 */
export function requestTitle(
  zaak: ZaakVM,
  t: TFunction<'correcties'>,
  tRegistry: (id: string) => string,
  language: string,
): { text: string; node: ReactNode } {
  const registratie = zaak.registry ? tRegistry(zaak.registry) : '';
  if (zaak.soort === 'uitleg') {
    const text = registratie ? t('verzoeken.uitlegTitel', { registratie }) : t('verzoeken.uitlegZonder');
    return { text, node: text };
  }
  if (!zaak.gegeven) {
    const text = t('verzoeken.correctieTitel', { registratie });
    return { text, node: text };
  }
  const gegeven = zaak.onderwerp ? `${zaak.onderwerp}: ${zaak.gegeven}` : zaak.gegeven;
  const [voor = '', na = ''] = t('verzoeken.correctieOver', { registratie, gegeven: '\u0000' }).split('\u0000');
  const other = !language.startsWith(zaak.taal);
  return {
    text: `${voor}${gegeven}${na}`,
    node: (
      <>
        {voor}
        {other ? <span lang={zaak.taal}>{gegeven}</span> : gegeven}
        {na}
      </>
    ),
  };
}

/**
 * The holder's last day as the zaak says it (the app never makes one up), moved to the next
 * working day where the law moves it. On the detail page it says, only where the zaaktype
 * allows it, that the term can be extended, and then only with reasons and in time.
 */
export function Clock({ zaak, detail = false }: { zaak: ZaakVM; detail?: boolean }) {
  const { t, i18n } = useT();
  if (zaak.closed) return null;
  if (!zaak.dueDate) return <p className="utrecht-paragraph mg-clock">{t('verzoeken.geenTermijn')}</p>;
  const datum = formatDate(zaak.dueDate, i18n.language);
  const moved =
    detail && zaak.dueDateOnZaak ? (
      <p className="utrecht-paragraph">
        {t('verzoeken.verschoven', { nominaal: formatDate(zaak.dueDateOnZaak, i18n.language), datum })}
      </p>
    ) : null;
  if (zaak.daysLeft !== null && zaak.daysLeft < 0) {
    return (
      <>
        <p className="utrecht-paragraph mg-clock mg-clock--overdue">
          <strong>
            {t(zaak.soort === 'uitleg' ? 'verzoeken.antwoordTeLaat' : 'verzoeken.teLaat', {
              datum,
              count: -zaak.daysLeft,
            })}
          </strong>
        </p>
        {moved}
      </>
    );
  }
  return (
    <>
      <p className="utrecht-paragraph mg-clock">
        {/* A question gets an answer, a correction a decision: one word for each (issue 19). */}
        {t(zaak.soort === 'uitleg' ? 'verzoeken.antwoordUiterlijk' : 'verzoeken.uiterlijk', {
          datum,
          count: zaak.daysLeft ?? 0,
        })}
        {detail && zaak.verlengbaar ? <> {t('verzoeken.verlengbaar', { datum })}</> : null}
      </p>
      {moved}
    </>
  );
}

/** Who handles a zaak: the registry's holder, or for a question about a processing the organisation that did it. */
export type Handler = { naam: string; bestuursorgaan: boolean; entityId?: string | undefined };

export function useHandler(zaak: ZaakVM): Handler | undefined {
  const { t: tCommon } = useTranslation('common');
  const controller = useQuery({
    ...correctieQueries.verantwoordelijke(zaak.organisatieId ?? ''),
    enabled: Boolean(zaak.organisatieId),
  });
  const holder = useQuery({
    ...correctieQueries.holder(zaak.registry ?? 'brp'),
    enabled: Boolean(zaak.registry) && !zaak.organisatieId,
  });
  if (zaak.organisatieId)
    return controller.data
      ? { naam: controller.data.organisatie.naam, bestuursorgaan: controller.data.organisatie.bestuursorgaan }
      : undefined;
  if (holder.data)
    return {
      naam: holder.data.bronhouder.naam,
      bestuursorgaan: true,
      entityId: holder.data.bronhouder.entityId,
    };
  // Every registry holder is a public body; until its name is known, the registry's holder in words.
  return zaak.registry ? { naam: tCommon(`registries.${zaak.registry}.holder`), bestuursorgaan: true } : undefined;
}

export function StatusBadge({ zaak }: { zaak: ZaakVM }) {
  const { t } = useT();
  const status = statusOf(zaak);
  return (
    <span className={`utrecht-status-badge mg-status-badge utrecht-status-badge--${STATUS_BADGE[status]}`}>
      {t(`status.${status}`)}
    </span>
  );
}
