import type { ReactNode } from 'react';

export interface CheckboxProps {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  describedBy?: string;
}

/** One checkbox with its label (GOV.UK checkboxes, single). */
export function Checkbox({ id, label, checked, onChange, describedBy }: CheckboxProps) {
  return (
    <div className="app-choice">
      <input type="checkbox" id={id} checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={describedBy} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
