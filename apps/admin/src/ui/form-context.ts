import { createContext, use } from 'react';
import type { UseFormReturn } from 'react-hook-form';

export interface FormContextValue {
  /** Prefix of the fields' ids, so the error summary can link to them. */
  idPrefix: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- fields read the form by name, whatever its values
  form: UseFormReturn<any>;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useFormContext(): FormContextValue | null {
  return use(FormContext);
}

export function fieldIdOf(idPrefix: string, name: string): string {
  return `${idPrefix}-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}
