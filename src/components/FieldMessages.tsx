import type { ReactNode } from 'react';

/**
 * A form field's hint and error message, in the NL Design System's order and with the ids its
 * control names in `aria-describedby` (`<id>-hint`, `<id>-error`): one place for the text
 * fields, the file field and the date boxes, so their wiring cannot drift apart.
 */
export function FieldMessages({ id, hint, error }: { id: string; hint?: ReactNode; error?: ReactNode }) {
  return (
    <>
      {hint ? (
        <div className="utrecht-form-field-description" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {error}
        </div>
      ) : null}
    </>
  );
}
