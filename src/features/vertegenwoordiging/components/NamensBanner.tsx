import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/Button';
import { isApiError } from '@/lib/api-client';
import { sessionQuery } from '@/lib/session';
import { forgetPreviousSubject, isExpectedSubject, useWissel } from '../hooks';

/**
 * On every page while acting for someone else: whose data this is and in which role, and one
 * button back to one's own data (issue 14). The region is always in the page and polite, so
 * a switch (either way) is announced by screen readers without moving focus.
 *
 * When the gateway ends the representation by itself (the child turned 18, the mandate was
 * revoked) the session comes back with the citizen's own BSN: the previous person's data is
 * wiped here, and the reason is said.
 */
export function NamensBanner() {
  const { t } = useTranslation('common');
  const session = useQuery(sessionQuery());
  const queryClient = useQueryClient();
  const wissel = useWissel();
  const namens = session.data?.role === 'burger' ? session.data.namens : undefined;
  const bsn = session.data?.bsn;
  // The person shown before this render: a change is a switch (ours) or a drop (the gateway's).
  const [seen, setSeen] = useState<{ bsn: string | undefined; namens: boolean }>({ bsn, namens: Boolean(namens) });
  const [melding, setMelding] = useState<'eigen' | 'beeindigd' | undefined>();
  const [drops, setDrops] = useState(0);
  if (seen.bsn !== bsn) {
    setSeen({ bsn, namens: Boolean(namens) });
    if (seen.bsn && bsn) {
      const ours = isExpectedSubject(bsn);
      setMelding(ours ? (namens ? undefined : 'eigen') : seen.namens && !namens ? 'beeindigd' : undefined);
      if (!ours && seen.namens && !namens) setDrops((n) => n + 1);
    }
  }
  // A 403 "representation ended" on any data request: ask for the session again, which then
  // comes back without the subject (the drop above) instead of waiting for its next refresh.
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'error') return;
        const error = event.action.error;
        if (isApiError(error) && error.status === 403 && error.problem?.code === 'vertegenwoordigingBeeindigd') {
          void queryClient.invalidateQueries({ queryKey: sessionQuery().queryKey });
        }
      }),
    [queryClient],
  );
  const latest = useRef(session.data);
  useEffect(() => {
    latest.current = session.data;
  });
  useEffect(() => {
    // Not our switch: the gateway dropped the representation. Forget that person's data.
    if (drops > 0 && latest.current) void forgetPreviousSubject(queryClient, latest.current);
  }, [drops, queryClient]);

  return (
    <div className="mg-namens" role="status" aria-live="polite">
      {namens ? (
        <div className="mg-namens__inner">
          <p className="mg-namens__text">
            {t('namens.banner', { naam: namens.naam, rol: t(`namens.rol.${namens.rol}`) })}
          </p>
          <Button
            appearance="primary"
            busy={wissel.isPending}
            disabled={wissel.isPending}
            onClick={() => wissel.mutate(undefined)}
          >
            {wissel.isPending ? t('namens.terugBezig') : t('namens.terug')}
          </Button>
          {wissel.isError ? <p className="mg-namens__error">{t('namens.terugFout')}</p> : null}
        </div>
      ) : melding ? (
        <p className="mg-namens__inner mg-namens__text mg-namens__text--eigen">{t(`namens.${melding}`)}</p>
      ) : null}
    </div>
  );
}
