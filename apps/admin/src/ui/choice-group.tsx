import { useTranslation } from 'react-i18next';
import { useFormState } from 'react-hook-form';
import { fieldIdOf, useFieldLabel, useFormContext } from './form-context';

interface ChoiceGroupProps {
  /** The field's name in the surrounding `Form`; its value is the list of the checked options' values. */
  name: string;
  legend: string;
  optional?: boolean;
  hint?: string;
  options: readonly { value: string; label: string; depth?: number }[];
}

/** Checkboxes of one field in a fieldset (Det Fælles Designsystem's checkbox group); the summary links to it. */
export function ChoiceGroup({ name, legend, optional, hint, options }: ChoiceGroupProps) {
  const { t } = useTranslation();
  const context = useFormContext();
  if (!context) throw new Error('ChoiceGroup is rendered inside a Form');
  useFieldLabel(context, name, legend);
  const id = fieldIdOf(context.idPrefix, name);
  const { errors } = useFormState({ control: context.form.control, name });
  const message = errors[name]?.message;
  const error = typeof message === 'string' ? message : undefined;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset id={id} tabIndex={-1} className={error ? 'checkbox-list form-group form-error' : 'checkbox-list form-group'} aria-describedby={describedBy || undefined}>
      <legend>
        {legend}
        {optional && <span className="muted"> ({t('common.optional')})</span>}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="form-hint hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="form-error-message field-error">
          {error}
        </p>
      )}
      {options.map((option) => (
        <div key={option.value} className="checkbox" style={{ paddingInlineStart: `${(option.depth ?? 0) * 1.25}rem` }}>
          <input id={`${id}-${option.value}`} type="checkbox" value={option.value} {...context.form.register(name)} />
          <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
