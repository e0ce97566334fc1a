import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * Det Fælles Designsystem's modal on the native <dialog>: the browser traps focus, Escape closes, focus returns on close.
 * The control marked `data-autofocus` gets the focus on opening, else the first one.
 */
export function Dialog({ title, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
      // showModal focuses the first control; a confirmation can start on a safer one instead.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    return () => dialog?.close();
  }, []);

  // The close event arrives a task later; by then the dialog may be open again (React's
  // development mode runs effects twice), and that stale event must not close it.
  const closed = () => {
    if (!ref.current?.open) onClose();
  };

  return (
    <dialog ref={ref} className="dialog modal" aria-labelledby={titleId} onClose={closed}>
      <div className="modal-header">
        <h2 id={titleId} className="modal-title">
          {title}
        </h2>
      </div>
      <div className="modal-body">{children}</div>
    </dialog>
  );
}

interface ConfirmDialogProps {
  title: string;
  /** What the change does, said before it is made. */
  text: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before a change that shuts people out (deactivating): the change's button, and Cancel, which starts with the focus. */
export function ConfirmDialog({ title, text, confirmLabel, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog title={title} onClose={onClose}>
      <p>{text}</p>
      <div className="form-buttons">
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button-secondary" data-autofocus onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
