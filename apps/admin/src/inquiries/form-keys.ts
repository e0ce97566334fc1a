/** What a key does in the registration form, so the whole form works without a mouse. */
export type FormKeyAction = 'submit' | 'cancel' | null;

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  /** Set when an inner control (an open list, a nested step) already handled the key. */
  defaultPrevented: boolean;
}

/** The focused element, described by what matters for Enter. */
export type KeyTarget = 'textarea' | 'button' | 'select' | 'checkbox' | 'input' | 'other';

export function formKeyAction(press: KeyPress, target: KeyTarget): FormKeyAction {
  if (press.defaultPrevented) return null;
  if (press.key === 'Escape') return 'cancel';
  if (press.key !== 'Enter') return null;
  // Ctrl/Cmd+Enter submits from anywhere, the summary's text area included.
  if (press.ctrlKey || press.metaKey) return 'submit';
  // Plain Enter writes a new line in the summary, presses a focused button, and submits from
  // every other field; the browser submits from text inputs itself, but not from selects and checkboxes.
  return target === 'select' || target === 'checkbox' ? 'submit' : null;
}

export function keyTargetOf(element: EventTarget | null): KeyTarget {
  if (!(element instanceof HTMLElement)) return 'other';
  switch (element.tagName) {
    case 'TEXTAREA':
      return 'textarea';
    case 'BUTTON':
      return 'button';
    case 'SELECT':
      return 'select';
    case 'INPUT':
      return (element as HTMLInputElement).type === 'checkbox' || (element as HTMLInputElement).type === 'radio' ? 'checkbox' : 'input';
    default:
      return 'other';
  }
}
