import type { ReactNode } from 'react';

/** A labelled set of radio buttons: arrow keys move between them, as in any native radio group. */
export function ChoiceGroup<Value extends string>({
  legend,
  name,
  options,
  value,
  onChange,
  label,
}: {
  legend: string;
  name: string;
  options: readonly Value[];
  value: Value;
  onChange: (value: Value) => void;
  label: (value: Value) => ReactNode;
}) {
  return (
    <fieldset className="choice-group">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="choice-group__option">
          <input type="radio" name={name} value={option} checked={option === value} onChange={() => onChange(option)} />
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
}
