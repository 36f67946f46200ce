import type { ButtonHTMLAttributes, Ref } from 'react';

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  appearance?: 'primary' | 'secondary' | 'subtle';
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
};

export function Button({
  appearance = 'secondary',
  busy = false,
  className,
  type = 'button',
  ref,
  ...rest
}: ButtonProps) {
  const classes = [
    'utrecht-button',
    `utrecht-button--${appearance === 'subtle' ? 'subtle' : `${appearance}-action`}`,
    busy ? 'utrecht-button--busy' : '',
    className ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return <button ref={ref} type={type} className={classes} aria-busy={busy || undefined} {...rest} />;
}
