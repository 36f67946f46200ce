import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import './date-parts.css';
import { FieldMessages } from './FieldMessages';

export type DatePart = 'dag' | 'maand' | 'jaar';

/**
 * A date as day, month and year in three boxes (the GOV.UK and NL Design System pattern), instead
 * of the browser's date picker: that one speaks the browser's language and shows "mm/dd/yyyy" on
 * a Dutch page, and is hard to use with a screen reader or on a phone (issue 19). Uncontrolled:
 * the form reads it back with `readDateParts`.
 */
export function DateParts({
  id,
  name,
  legend,
  defaultValue,
  error,
  hint,
  errorPart,
  inputProps,
}: {
  id: string;
  name: string;
  legend: string;
  /** ISO yyyy-mm-dd. */
  defaultValue?: string | undefined;
  error?: string | undefined;
  /** The field's own hint, said before the example ("Bijvoorbeeld 15 3 2026"). */
  hint?: ReactNode;
  /** The one box the error is about ("Vul een maand in"); without it, every box is marked. */
  errorPart?: DatePart | undefined;
  /** Extra props per box, e.g. a form library's registration (its name, ref and handlers). */
  inputProps?: (part: DatePart) => InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };
}) {
  const { t } = useTranslation('common');
  const [jaar = '', maand = '', dag = ''] = /^\d{4}-\d{2}-\d{2}$/.test(defaultValue ?? '')
    ? (defaultValue ?? '').split('-')
    : [];
  const parts = [
    { part: 'dag', value: dag ? String(Number(dag)) : '', size: 2 },
    { part: 'maand', value: maand ? String(Number(maand)) : '', size: 2 },
    { part: 'jaar', value: jaar, size: 4 },
  ] as const;
  return (
    <fieldset
      className={`utrecht-form-fieldset mg-date-parts ${error ? 'utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
    >
      <legend className="utrecht-form-label mg-date-parts__legend">{legend}</legend>
      <FieldMessages
        id={id}
        hint={
          <>
            {hint ? <>{hint} </> : null}
            {t('date.hint')}
          </>
        }
        error={error}
      />
      <div className="mg-date-parts__boxes">
        {parts.map(({ part, value, size }, index) => (
          <div key={part} className="mg-date-parts__box">
            <label className="utrecht-form-label" htmlFor={index === 0 ? id : `${id}-${part}`}>
              {t(`date.${part}`)}
            </label>
            <input
              id={index === 0 ? id : `${id}-${part}`}
              name={`${name}-${part}`}
              className={`utrecht-textbox utrecht-textbox--html-input mg-date-parts__input mg-date-parts__input--${size}`}
              inputMode="numeric"
              autoComplete="off"
              maxLength={size}
              defaultValue={value}
              aria-invalid={error && (!errorPart || errorPart === part) ? true : undefined}
              {...inputProps?.(part)}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** The date typed into a `DateParts` named `name`: ISO, nothing (all empty), or invalid (a date that does not exist). */
export function readDateParts(data: FormData, name: string): { iso: string } | { empty: true } | { invalid: true } {
  const get = (part: string) => {
    const v = data.get(`${name}-${part}`);
    return typeof v === 'string' ? v.trim() : '';
  };
  const [dag, maand, jaar] = [get('dag'), get('maand'), get('jaar')];
  if (!dag && !maand && !jaar) return { empty: true };
  if (!/^\d{1,2}$/.test(dag) || !/^\d{1,2}$/.test(maand) || !/^\d{4}$/.test(jaar)) return { invalid: true };
  const iso = `${jaar}-${maand.padStart(2, '0')}-${dag.padStart(2, '0')}`;
  // A real calendar day: 31 April or 29 February 2026 is not.
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return { invalid: true };
  return { iso };
}
