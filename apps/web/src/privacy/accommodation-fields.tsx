import { useId } from 'react';
import { accommodationsOf, type AccommodationInput, type AccommodationMode } from './accommodation-input';

/** Extra time (percentage and/or minutes) or untimed mode for the invitations about to be sent. */
export function AccommodationFields(props: {
  value: AccommodationInput;
  onChange(v: AccommodationInput): void;
}) {
  const { value, onChange } = props;
  const name = useId();
  const percentId = useId();
  const minutesId = useId();
  const { errors } = accommodationsOf(value);
  const modes: [AccommodationMode, string][] = [
    ['none', 'None'],
    ['extra', 'Extra time'],
    ['untimed', 'Untimed'],
  ];
  return (
    <fieldset className="accommodation-fields">
      <legend>Accommodations for these invitations</legend>
      <div className="radio-row">
        {modes.map(([mode, label]) => (
          <label key={mode} className="choice-inline">
            <input
              type="radio"
              name={name}
              value={mode}
              checked={value.mode === mode}
              onChange={() => onChange({ ...value, mode })}
            />
            {label}
          </label>
        ))}
      </div>
      {value.mode === 'extra' && (
        <div className="field-grid">
          <div className="field">
            <label htmlFor={percentId}>Extra time (%)</label>
            <input
              id={percentId}
              type="text"
              inputMode="numeric"
              value={value.percent}
              aria-invalid={errors.percent ? true : undefined}
              aria-describedby={errors.percent ? `${percentId}-error` : undefined}
              onChange={(e) => onChange({ ...value, percent: e.target.value })}
            />
            {errors.percent && (
              <p id={`${percentId}-error`} className="field-error">
                {errors.percent}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={minutesId}>Extra minutes</label>
            <input
              id={minutesId}
              type="text"
              inputMode="numeric"
              value={value.minutes}
              aria-invalid={errors.minutes ? true : undefined}
              aria-describedby={errors.minutes ? `${minutesId}-error` : undefined}
              onChange={(e) => onChange({ ...value, minutes: e.target.value })}
            />
            {errors.minutes && (
              <p id={`${minutesId}-error`} className="field-error">
                {errors.minutes}
              </p>
            )}
          </div>
        </div>
      )}
      {value.mode === 'untimed' && (
        <p className="hint">No countdown for these candidates; an attempt still ends after 7 days.</p>
      )}
    </fieldset>
  );
}
