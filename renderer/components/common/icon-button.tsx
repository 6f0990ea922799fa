// A button showing only an icon: its label is both its accessible name and its tooltip, so the two never drift.
import type { ButtonHTMLAttributes, ReactNode } from 'react';

type NativeProps = Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'aria-label' | 'title' | 'className' | 'type'
>;

export function IconButton({
  label,
  danger = false,
  children,
  ...rest
}: NativeProps & { label: string; danger?: boolean; children: ReactNode }) {
  return (
    <button
      type="button"
      className={danger ? 'icon-button danger' : 'icon-button'}
      aria-label={label}
      title={label}
      {...rest}
    >
      {children}
    </button>
  );
}
