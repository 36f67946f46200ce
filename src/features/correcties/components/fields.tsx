import { useState, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type correctiesNl from '@/i18n/nl/correcties.json';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { FieldMessages } from '@/components/FieldMessages';

/** GOV.UK-style form bits on the Utrecht CSS components: label, hint, error at the field. */

export type Issue = { id: string; message: string };

/**
 * The schemas' messages are keys under `fouten` (model/schemas.ts); react-hook-form types them as
 * plain strings. This is the one place they become typed keys again: every other key in the flow
 * is checked against the Dutch JSON by the compiler (issue 18).
 */
export type FoutKey = `fouten.${keyof (typeof correctiesNl)['fouten'] & string}`;
export const foutKey = (message: string): FoutKey => message as FoutKey;

export function ErrorSummary({
  title,
  issues,
  summaryRef,
}: {
  title: string;
  issues: Issue[];
  summaryRef: React.Ref<HTMLDivElement>;
}) {
  if (issues.length === 0) return null;
  return (
    <div ref={summaryRef} tabIndex={-1} className="mg-error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="utrecht-heading-3">
        {title}
      </h2>
      <ul className="utrecht-unordered-list">
        {issues.map((issue) => (
          <li key={issue.id}>
            <a className="utrecht-link" href={`#${issue.id}`}>
              {issue.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

type TextFieldProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  registration: UseFormRegisterReturn;
  multiline?: boolean;
  autoComplete?: string;
  inputMode?: 'text' | 'numeric';
  width?: 'short' | 'full';
  after?: ReactNode;
};

export function TextField({
  id,
  label,
  hint,
  error,
  registration,
  multiline,
  autoComplete,
  inputMode,
  width = 'full',
  after,
}: TextFieldProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    ...registration,
  } as const;
  return (
    <div className={`utrecht-form-field utrecht-form-field--text ${error ? 'utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="utrecht-form-field__input">
        {multiline ? (
          <textarea
            className={`utrecht-textarea utrecht-textarea--html-textarea mg-textarea ${error ? 'utrecht-textarea--invalid' : ''}`}
            rows={8}
            {...common}
          />
        ) : (
          <input
            className={`utrecht-textbox utrecht-textbox--html-input ${width === 'short' ? 'mg-textbox--short' : ''} ${error ? 'utrecht-textbox--invalid' : ''}`}
            type="text"
            autoComplete={autoComplete ?? 'off'}
            spellCheck={false}
            inputMode={inputMode}
            {...common}
          />
        )}
      </div>
      {after}
    </div>
  );
}

type FileFieldProps = {
  id: string;
  label: ReactNode;
  hint: ReactNode;
  error?: string | undefined;
  inputRef: Ref<HTMLInputElement>;
  multiple?: boolean;
  disabled?: boolean;
  onChange: (files: FileList | null) => void;
};

/** A file input for evidence (PDF, JPEG, PNG): label, hint, error at the field. */
/**
 * A file input in the page's language (issue 19): the browser's own button speaks the browser's
 * language ("Choose file" on a Dutch page). The native input stays the control (keyboard,
 * screen readers, drag and drop onto it) but is visually hidden; a label styled as a button opens
 * it, and the chosen file names are shown next to it.
 */
export function FileField({ id, label, hint, error, inputRef, multiple, disabled, onChange }: FileFieldProps) {
  const { t } = useTranslation('common');
  const [chosen, setChosen] = useState<string[]>([]);
  return (
    <div className={`utrecht-form-field utrecht-form-field--text ${error ? 'utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="mg-file">
        <input
          ref={inputRef}
          id={id}
          type="file"
          multiple={multiple}
          accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
          className="mg-file__input"
          aria-describedby={error ? `${id}-hint ${id}-error ${id}-gekozen` : `${id}-hint ${id}-gekozen`}
          aria-invalid={error ? true : undefined}
          disabled={disabled}
          onChange={(event) => {
            const files = event.target.files;
            setChosen(files ? [...files].map((f) => f.name) : []);
            onChange(files);
          }}
        />
        <label htmlFor={id} className="utrecht-button utrecht-button--secondary-action mg-file__button">
          {multiple ? t('file.kiesMeer') : t('file.kies')}
        </label>
        <span className="mg-file__chosen" id={`${id}-gekozen`}>
          {chosen.length ? t('file.gekozen', { namen: chosen.join(', ') }) : t('file.geen')}
        </span>
      </div>
    </div>
  );
}

type RadiosProps = {
  name: string;
  legend: ReactNode;
  legendIsHeading?: boolean;
  hint?: ReactNode;
  error?: FieldError | string | undefined;
  options: Array<{ value: string; label: ReactNode; hint?: ReactNode }>;
  registration: UseFormRegisterReturn;
};

export function Radios({ name, legend, hint, error, options, registration }: RadiosProps) {
  const message = typeof error === 'string' ? error : error?.message;
  const describedBy =
    [hint ? `${name}-hint` : '', message ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      className={`utrecht-form-fieldset mg-fieldset ${message ? 'utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy}
      aria-invalid={message ? true : undefined}
    >
      <legend className="utrecht-form-fieldset__legend mg-legend">{legend}</legend>
      {hint ? (
        <div className="utrecht-form-field-description" id={`${name}-hint`}>
          {hint}
        </div>
      ) : null}
      {message ? (
        <div className="utrecht-form-field-error-message" id={`${name}-error`}>
          {message}
        </div>
      ) : null}
      {options.map((option, index) => {
        const id = index === 0 ? name : `${name}-${option.value}`;
        return (
          <div key={option.value} className="utrecht-form-field utrecht-form-field--radio mg-radio">
            <input
              id={id}
              type="radio"
              className="utrecht-radio-button utrecht-radio-button--html-input"
              value={option.value}
              aria-describedby={option.hint ? `${id}-hint` : undefined}
              {...registration}
            />
            <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={id}>
              {option.label}
            </label>
            {option.hint ? (
              <div className="utrecht-form-field-description mg-radio__hint" id={`${id}-hint`}>
                {option.hint}
              </div>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
