import { createContext, use, useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';

export interface FormContextValue {
  /** Prefix of the fields' ids, so the error summary can link to them. */
  idPrefix: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- fields read the form by name, whatever its values
  form: UseFormReturn<any>;
  /** Each field's label by its name, told by the fields themselves, so the error summary can name the field. */
  labels: Map<string, string>;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useFormContext(): FormContextValue | null {
  return use(FormContext);
}

/** Tells the form's error summary the label of the field `name`. */
export function useFieldLabel(context: FormContextValue | null, name: string | undefined, label: string): void {
  useEffect(() => {
    if (!context || !name) return;
    context.labels.set(name, label);
    return () => void context.labels.delete(name);
  }, [context, name, label]);
}

export function fieldIdOf(idPrefix: string, name: string): string {
  return `${idPrefix}-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
