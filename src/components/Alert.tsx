import { useId, type ReactNode } from 'react';

type AlertProps = {
  type?: 'info' | 'ok' | 'warning' | 'error';
  heading?: ReactNode;
  headingLevel?: 2 | 3 | 4;
  /** `alert` only for messages that appear because of something the user just did. */
  role?: 'alert' | 'status' | 'note';
  children?: ReactNode;
  id?: string;
};

export function Alert({ type = 'info', heading, headingLevel = 2, role, children, id }: AlertProps) {
  const H = `h${headingLevel}` as const;
  const headingId = useId();
  // A note or alert with a heading is named by it: screen readers list landmarks and notes by name.
  return (
    <div
      className={`utrecht-alert utrecht-alert--${type} mg-alert`}
      role={role}
      id={id}
      aria-labelledby={heading && role ? headingId : undefined}
    >
      <div className="utrecht-alert__content">
        {heading ? (
          <H id={headingId} className={`utrecht-heading-${headingLevel + 1} mg-alert__heading`}>
            {heading}
          </H>
        ) : null}
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}
