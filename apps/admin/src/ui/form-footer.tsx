import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FormFooterProps {
  submitLabel: string;
  /** The submit button's accessible name when its label alone does not say what it saves (one form per row). */
  submitName?: string;
  /** While the request runs: the button is disabled and says so. */
  submitting: boolean;
  /** Shows "Annuller" beside the submit button. */
  onCancel?: () => void;
  /** More secondary actions, after cancel. */
  children?: ReactNode;
  /** The submit button's look: `danger` for deleting and closing. */
  tone?: 'primary' | 'danger';
  /** When the submit button only makes sense with some input. */
  disabled?: boolean;
}

/** The buttons at the foot of a form: the primary action first, then the secondary ones. */
export function FormFooter({ submitLabel, submitName, submitting, onCancel, children, tone = 'primary', disabled }: FormFooterProps) {
  const { t } = useTranslation();
  return (
    <div className="form-buttons">
      <button type="submit" className={tone === 'danger' ? 'button-primary danger' : 'button-primary primary'} disabled={submitting || disabled} aria-busy={submitting || undefined} aria-label={submitName}>
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      )}
      {children}
    </div>
  );
}
