import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/Button';
import { env } from '@/config/env';
import { sessionQueries } from '../api/session';
import { useEndSession } from '../hooks';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
/** While the user is active, tell the gateway at most this often so its session slides too. */
const KEEPALIVE_MS = 4 * 60_000;

/**
 * DigiD rule: sign out after 15 minutes without activity, with a warning first (13 minutes).
 * The warning is a modal <dialog>: focus moves into it and screen readers announce it.
 */
export function IdleTimeout({ timeoutMs = env.idleTimeoutMs, warningMs = env.idleWarningMs }) {
  const { t } = useTranslation('common');
  const queryClient = useQueryClient();
  const endSession = useEndSession();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [warning, setWarning] = useState(false);
  // Set when the timer starts (below): reading the clock during render is impure.
  const lastActivity = useRef(0);
  const lastKeepalive = useRef(0);
  const warningRef = useRef(false);

  useEffect(() => {
    const keepalive = () => {
      lastKeepalive.current = Date.now();
      void queryClient.invalidateQueries({ queryKey: sessionQueries.current().queryKey });
    };
    const onActivity = () => {
      // Activity behind the open warning does not count: the user must answer it.
      if (warningRef.current) return;
      lastActivity.current = Date.now();
      if (Date.now() - lastKeepalive.current > KEEPALIVE_MS) keepalive();
    };
    // Only the first run starts the clock: if this effect runs again (a dependency changed
    // identity), being idle so far must still count.
    if (lastActivity.current === 0) lastActivity.current = Date.now();
    if (lastKeepalive.current === 0) lastKeepalive.current = Date.now();
    ACTIVITY_EVENTS.forEach((name) => window.addEventListener(name, onActivity, { passive: true }));
    const timer = window.setInterval(() => {
      const idle = Date.now() - lastActivity.current;
      if (idle >= timeoutMs) {
        window.clearInterval(timer);
        void endSession('timedOut');
      } else if (idle >= warningMs && !warningRef.current) {
        warningRef.current = true;
        setWarning(true);
      }
    }, 1000);
    return () => {
      ACTIVITY_EVENTS.forEach((name) => window.removeEventListener(name, onActivity));
      window.clearInterval(timer);
    };
  }, [timeoutMs, warningMs, endSession, queryClient]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (warning && !dialog.open) dialog.showModal();
    if (!warning && dialog.open) dialog.close();
  }, [warning]);

  const stay = () => {
    warningRef.current = false;
    lastActivity.current = Date.now();
    lastKeepalive.current = Date.now();
    setWarning(false);
    void queryClient.invalidateQueries({ queryKey: sessionQueries.current().queryKey });
  };

  const minutes = Math.max(1, Math.round((timeoutMs - warningMs) / 60_000));
  return (
    <dialog
      ref={dialogRef}
      className="mg-dialog"
      aria-labelledby="idle-title"
      aria-describedby="idle-body"
      onCancel={(event) => {
        // Escape means "I'm here"; it must not leave the dialog state out of sync.
        event.preventDefault();
        stay();
      }}
    >
      {warning ? (
        <>
          <h2 id="idle-title" className="utrecht-heading-2">
            {t('idle.title')}
          </h2>
          <p id="idle-body" className="utrecht-paragraph">
            {t('idle.body', { minutes })}
          </p>
          <div className="utrecht-button-group">
            {/* showModal() focuses the first button: the safe choice, staying signed in. */}
            <Button appearance="primary" onClick={stay}>
              {t('idle.stay')}
            </Button>
            <Button onClick={() => void endSession('signedOut')}>{t('idle.signOut')}</Button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
