import { zodResolver } from '@hookform/resolvers/zod';
import type { CombinedError } from '@urql/core';
import { useId, useMemo, useState, type KeyboardEvent, type KeyboardEventHandler, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { requestIdOf } from '../graphql/api-errors';
import { putApiErrorsOnFields } from './api-field-errors';
import { ErrorSummary, type SummaryItem } from './error-summary';
import { FormContext, fieldIdOf } from './form-context';
import { summaryMessage, validationMessage } from './form-messages';

/**
 * A react-hook-form checked by a Zod schema in the browser, with the messages of the i18n files. The schema's output
 * (trimmed, typed) is what `Form`'s `onSubmit` receives.
 */
export function useSchemaForm<S extends z.ZodType<FieldValues, FieldValues>>(schema: S, defaultValues: DefaultValues<z.input<S>>) {
  const { t } = useTranslation();
  const resolver = useMemo(() => zodResolver(schema, { error: (issue) => validationMessage(issue, t) }), [schema, t]);
  return useForm<z.input<S>, unknown, z.output<S>>({ resolver, defaultValues, shouldFocusError: false });
}

/** A mutation's result for `Form`'s `onSubmit`: its data handed on, its error given back to go onto the fields. */
export function settle<Data>(result: { data?: Data; error?: CombinedError }, onData: (data: Data) => void): CombinedError | undefined {
  if (result.data) onData(result.data);
  return result.error;
}

interface FormProps<Input extends FieldValues, Output> {
  form: UseFormReturn<Input, unknown, Output>;
  /** Sends the checked values; the API's error it returns goes onto the fields it names, the rest into the summary. */
  onSubmit: (values: Output) => Promise<CombinedError | undefined>;
  className?: string;
  /** A filter bar is a search landmark. */
  role?: 'search';
  'aria-label'?: string;
  'aria-labelledby'?: string;
  'aria-describedby'?: string;
  /** For a form that submits itself (`requestSubmit`), e.g. from a confirmation outside it. */
  ref?: Ref<HTMLFormElement>;
  /** Keys of the whole form, e.g. Ctrl+Enter to save and Escape to cancel. */
  onKeyDown?: KeyboardEventHandler<HTMLFormElement>;
  /** The form field an API error's field names, when it is not the field's last name (`rows[2].decidedCases` → `row2`). */
  apiFieldOf?: (apiField: string) => string;
  children: ReactNode;
}

/**
 * What `Form` and `SubForm` share: the checked submit, the API's errors put onto the fields, and the error summary's
 * items, each linked to its field.
 */
function useSubmission<Input extends FieldValues, Output>(
  form: UseFormReturn<Input, unknown, Output>,
  onSubmit: (values: Output) => Promise<CombinedError | undefined>,
  apiFieldOf?: (apiField: string) => string,
) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const [general, setGeneral] = useState<string[]>([]);
  const [errorId, setErrorId] = useState<string>();
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [labels] = useState(() => new Map<string, string>());
  const fields = Object.keys(form.formState.defaultValues ?? {});

  const submit = form.handleSubmit(
    async (values) => {
      setGeneral([]);
      setErrorId(undefined);
      const error = await onSubmit(values);
      if (!error) return;
      const unplaced = putApiErrorsOnFields(error, fields, (field, fieldError) => form.setError(field as never, fieldError), t('common.networkError'), apiFieldOf);
      setGeneral(unplaced);
      // An error of the whole form is the API's to explain: its request id lets support find the log line.
      setErrorId(unplaced.length > 0 ? requestIdOf(error) : undefined);
      setFailedSubmits((count) => count + 1);
    },
    () => {
      setGeneral([]);
      setErrorId(undefined);
      setFailedSubmits((count) => count + 1);
    },
  );

  const { errors } = form.formState;
  const items: SummaryItem[] = [
    ...fields.flatMap((field) => {
      const error = errors[field];
      const message = error?.message;
      return typeof message === 'string' ? [{ message: summaryMessage({ type: error?.type, message }, labels.get(field), t), fieldId: fieldIdOf(idPrefix, field) }] : [];
    }),
    ...general.map((message) => ({ message })),
  ];
  return { idPrefix, labels, submit, items, failedSubmits, errorId };
}

/**
 * A form with Det Fælles Designsystem's error summary at the top: a failed submit (the schema's checks or the API's)
 * lists every message there, each linked to its field, and moves the focus to the summary.
 */
export function Form<Input extends FieldValues, Output>({ form, onSubmit, className, role, ref, onKeyDown, apiFieldOf, children, ...rest }: FormProps<Input, Output>) {
  const { idPrefix, labels, submit, items, failedSubmits, errorId } = useSubmission(form, onSubmit, apiFieldOf);
  return (
    <FormContext value={{ idPrefix, form, labels }}>
      <form
        ref={ref}
        noValidate
        className={className}
        role={role}
        onSubmit={(event) => void submit(event)}
        onKeyDown={onKeyDown}
        aria-label={rest['aria-label']}
        aria-labelledby={rest['aria-labelledby']}
        aria-describedby={rest['aria-describedby']}
      >
        <ErrorSummary items={items} focusKey={failedSubmits} errorId={errorId} />
        {children}
      </form>
    </FormContext>
  );
}

interface SubFormProps<Input extends FieldValues, Output> {
  form: UseFormReturn<Input, unknown, Output>;
  onSubmit: (values: Output) => Promise<CombinedError | undefined>;
  /** Escape inside the group. */
  onCancel: () => void;
  className?: string;
  'aria-labelledby': string;
  /** Its fields, and buttons of `type="button"` (a submit button would send the outer form): `submit` sends this one. */
  children: (submit: () => void) => ReactNode;
}

/**
 * A form inside another form, which HTML does not allow to nest: a labelled group with its own fields and error
 * summary. Enter in a field sends it, Escape cancels it; neither reaches the outer form.
 */
export function SubForm<Input extends FieldValues, Output>({ form, onSubmit, onCancel, className, children, ...rest }: SubFormProps<Input, Output>) {
  const { idPrefix, labels, submit, items, failedSubmits, errorId } = useSubmission(form, onSubmit);
  const send = () => void submit();

  function keyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault();
      send();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  }

  return (
    <FormContext value={{ idPrefix, form, labels }}>
      <div role="group" className={className} aria-labelledby={rest['aria-labelledby']} onKeyDown={keyDown}>
        <ErrorSummary items={items} focusKey={failedSubmits} errorId={errorId} />
        {children(send)}
      </div>
    </FormContext>
  );
}

interface LiveFormProps {
  'aria-label': string;
  className?: string;
  /** A filter bar is a search landmark. */
  role?: 'search';
  /** Enter in a field: applies what was typed so far (e.g. a search that otherwise waits for a pause in typing). */
  onSubmit?: () => void;
  children: ReactNode;
}

/**
 * A form whose controls apply as they change, e.g. a filter bar or a report's period: nothing in it can be wrong, so it
 * has no schema and no error summary, and Enter never reloads the page. Its fields are `Field`s given their value.
 */
export function LiveForm({ className, role, onSubmit, children, ...rest }: LiveFormProps) {
  return (
    <form
      noValidate
      className={className}
      role={role}
      aria-label={rest['aria-label']}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit?.();
      }}
    >
      {children}
    </form>
  );
}
