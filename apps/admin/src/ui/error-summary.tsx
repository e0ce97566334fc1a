import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorId } from './error-id';

export interface SummaryItem {
  message: string;
  /** The id of the field the message belongs to; none for an error of the whole form. */
  fieldId?: string;
}

interface ErrorSummaryProps {
  items: readonly SummaryItem[];
  /** Changes with each failed submit: the summary then takes the focus, so it is read out first. */
  focusKey: number;
  /** The id of the API request whose refusal is listed (an error of the whole form), shown in small print. */
  errorId?: string;
}

/**
 * Det Fælles Designsystem's error summary: at the top of the form, a list of what is wrong, each item a link that
 * moves the focus to its field (by script: the URL's hash holds the route).
 */
export function ErrorSummary({ items, focusKey, errorId }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const shown = items.length > 0;

  useEffect(() => {
    if (focusKey > 0 && shown) ref.current?.focus();
  }, [focusKey, shown]);

  if (!shown) return null;
  return (
    <div ref={ref} className="alert alert-error error-summary" role="alert" aria-labelledby={`${id}-heading`} tabIndex={-1}>
      <div className="alert-body">
        <p id={`${id}-heading`} className="alert-heading">
          {t('form.errorSummary')}
        </p>
        <ul className="alert-text nobullet-list">
          {items.map((item, index) => (
            <li key={`${index}-${item.message}`}>
              {item.fieldId ? (
                <a
                  href={`#${item.fieldId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(item.fieldId ?? '')?.focus();
                  }}
                >
                  {item.message}
                </a>
              ) : (
                item.message
              )}
            </li>
          ))}
        </ul>
        <ErrorId id={errorId} />
      </div>
    </div>
  );
}
