import { useId } from 'react';

type CheckGroupProps = Readonly<{
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  options: readonly Readonly<{ value: string; label: string }>[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  /** Shown instead of the boxes when there is nothing to tick. */
  empty?: string;
}>;

/** Several boxes under one question (who attended, which subjects), wired for screen readers like a single field. */
export function CheckGroup({ legend, hint, error, options, value, onChange, onBlur, empty }: CheckGroupProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const ticked = new Set(value);
  const toggle = (option: string, checked: boolean) => onChange(options.map((candidate) => candidate.value).filter((candidate) => (candidate === option ? checked : ticked.has(candidate))));
  return (
    <fieldset className={error ? 'field check-group field-invalid' : 'field check-group'} aria-describedby={describedBy} aria-invalid={error !== undefined}>
      <legend>{legend}</legend>
      {options.length === 0 && empty !== undefined ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="check-list">
          {options.map((option) => (
            <li key={option.value}>
              <label>
                <input type="checkbox" value={option.value} checked={ticked.has(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} onBlur={onBlur} />
                <span>{option.label}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
