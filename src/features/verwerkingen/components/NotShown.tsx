import type { TFunction } from 'i18next';
import { Alert } from '@/components/Alert';
import { LOG_YEARS } from '../model/log-years';

/**
 * What the log does not show and why, and how far back it goes: one list for the page, its
 * JSON export and the shell's frame of the page (src/app/ShellFrame.tsx, issue 16).
 */
export function logNotes(t: TFunction<'verwerkingen'>): string[] {
  return [t('notShown.body'), t('howFarBack', { years: LOG_YEARS }), t('notShown.why'), t('notShown.ask'), t('older')];
}

/**
 * The notes at the top of the log: the first two in view, the why and what-you-can-do folded,
 * so on a phone the log does not start a whole screen further down (issue 19). Small on
 * purpose: the shell draws it before the log's own code is there.
 */
export function NotShown({ notes, title, more }: { notes: string[]; title: string; more: string }) {
  const paragraph = (note: string) => (
    <p key={note} className="utrecht-paragraph">
      {note}
    </p>
  );
  return (
    <Alert type="info" heading={title} role="note">
      {notes.slice(0, 2).map(paragraph)}
      <details className="mg-log__more">
        <summary className="mg-log__more-summary">{more}</summary>
        {notes.slice(2).map(paragraph)}
      </details>
    </Alert>
  );
}
