import { formKeyAction, type KeyPress } from './form-keys';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, defaultPrevented: false, ...extra });

describe('registration form keys', () => {
  it('cancels on Escape unless an inner control took it', () => {
    expect(formKeyAction(press('Escape'), 'input')).toBe('cancel');
    expect(formKeyAction(press('Escape', { defaultPrevented: true }), 'input')).toBeNull();
  });

  it('submits on Ctrl or Cmd+Enter from the summary', () => {
    expect(formKeyAction(press('Enter', { ctrlKey: true }), 'textarea')).toBe('submit');
    expect(formKeyAction(press('Enter', { metaKey: true }), 'textarea')).toBe('submit');
    expect(formKeyAction(press('Enter'), 'textarea')).toBeNull();
  });

  it('submits on Enter from selects and checkboxes, and leaves text inputs and buttons to the browser', () => {
    expect(formKeyAction(press('Enter'), 'select')).toBe('submit');
    expect(formKeyAction(press('Enter'), 'checkbox')).toBe('submit');
    expect(formKeyAction(press('Enter'), 'input')).toBeNull();
    expect(formKeyAction(press('Enter'), 'button')).toBeNull();
    expect(formKeyAction(press('a'), 'select')).toBeNull();
  });
});
