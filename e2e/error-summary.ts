/** The heading every form's error summary is named by. */
export const SUMMARY = 'Der er et problem';

/** The message at a required field left empty. */
export const REQUIRED = 'Udfyld feltet.';

/**
 * The summary's line for a field's message. The summary names the field by its label (the field's own message need
 * not: it stands beside the label): a required field "skal udfyldes", any other message after the label.
 */
export const summaryLine = (fieldLabel: string, message: string) =>
  message === REQUIRED ? `${fieldLabel} skal udfyldes` : `${fieldLabel}: ${message}`;
