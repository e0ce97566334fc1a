import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormState, type UseFormRegisterReturn } from 'react-hook-form';
import { fieldIdOf, useFieldLabel, useFormContext } from './form-context';

export interface ControlProps extends Partial<UseFormRegisterReturn> {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  label: string;
  /** Inside a `Form`: the field's name there; the control is registered with it and shows its error. */
  name?: string;
  /** The control keeps its own value (a combobox given `useController`'s value): shown and linked, not registered. */
  custom?: boolean;
  /** A message for this field given from outside a `Form` (e.g. the API's). */
  error?: string;
  hint?: string;
  optional?: boolean;
  /** Read by screen readers only, where the row already shows what the field is for (a table's row header). */
  labelHidden?: boolean;
  children: (control: ControlProps) => ReactNode;
}

/** Det Fælles Designsystem's form group: label, hint, the error message above the control, the control. */
export function Field({ name, error, custom, ...props }: FieldProps) {
  const context = useFormContext();
  if (context && name) return <FormField name={name} custom={custom} {...props} />;
  return <FieldLayout id={undefined} error={error} {...props} />;
}

function FormField({ name, custom, ...props }: Omit<FieldProps, 'error' | 'name'> & { name: string }) {
  const context = useFormContext();
  if (!context) throw new Error('FormField is rendered inside a Form');
  useFieldLabel(context, name, props.label);
  const { errors } = useFormState({ control: context.form.control, name });
  const message = errors[name]?.message;
  return (
    <FieldLayout
      id={fieldIdOf(context.idPrefix, name)}
      error={typeof message === 'string' ? message : undefined}
      registration={custom ? undefined : context.form.register(name)}
      {...props}
    />
  );
}

interface FieldLayoutProps extends Omit<FieldProps, 'name' | 'custom'> {
  id: string | undefined;
  registration?: UseFormRegisterReturn;
}

function FieldLayout({ id: givenId, label, error, hint, optional, labelHidden, registration, children }: FieldLayoutProps) {
  const { t } = useTranslation();
  const ownId = useId();
  const id = givenId ?? ownId;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field form-group form-error' : 'field form-group'}>
      <label className={labelHidden ? 'form-label visually-hidden' : 'form-label'} htmlFor={id}>
        {label}
        {optional && <span className="muted"> ({t('common.optional')})</span>}
      </label>
      {hint && (
        <p id={hintId} className="form-hint hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="form-error-message field-error">
          {error}
        </p>
      )}
      {children({ ...registration, id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined })}
    </div>
  );
}
