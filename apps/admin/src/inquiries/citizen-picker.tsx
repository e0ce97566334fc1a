import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { INQUIRY_LIMITS, TEXT_LIMITS } from '@raadgiver/domain';
import { z } from 'zod';
import { Field, type ControlProps } from '../ui/field';
import { SubForm, settle, useSchemaForm } from '../ui/form';
import { optionalText, requiredText } from '../ui/form-schemas';
import { CitizensQuery, CreateCitizenMutation } from './inquiries.operations';

export interface ChosenCitizen {
  id: string;
  reference: string;
  displayName: string;
}

const SEARCH_DELAY_MS = 150;
const SHOWN = 8;

const labelOf = (citizen: ChosenCitizen) => `${citizen.displayName} (${citizen.reference})`;

interface CitizenPickerProps {
  control: ControlProps;
  value: ChosenCitizen | null;
  onChange: (citizen: ChosenCitizen | null) => void;
}

/**
 * A combobox: type part of a name or reference, ↓/↑ to move, Enter to choose. The last option
 * creates a new citizen from what was typed, inline, without leaving the registration form.
 */
export function CitizenPicker({ control, value, onChange }: CitizenPickerProps) {
  const { t } = useTranslation();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(value ? labelOf(value) : '');
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [creating, setCreating] = useState<string | null>(null);

  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const searching = open && value === null && search !== '';
  const [{ data, fetching }] = useQuery({ query: CitizensQuery, variables: { search, first: SHOWN }, pause: !searching });
  // Only answers for what is typed now: Enter must never pick a citizen from an older search.
  const current = searching && search === text.trim() && !fetching;
  const citizens = current ? (data?.citizens ?? []) : [];
  const options = text.trim() ? [...citizens.map((citizen) => ({ citizen })), { citizen: null }] : [];
  const expanded = open && options.length > 0;
  const activeIndex = Math.min(active, options.length - 1);

  function choose(index: number) {
    const option = options[index];
    if (!option) return;
    setOpen(false);
    if (option.citizen) {
      setText(labelOf(option.citizen));
      onChange(option.citizen);
    } else {
      setCreating(text.trim());
    }
  }

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive(Math.min(activeIndex + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(Math.max(activeIndex - 1, 0));
    } else if (event.key === 'Enter' && expanded) {
      // Choosing is not submitting: the form's Enter only applies once a citizen is chosen.
      event.preventDefault();
      if (current || options[activeIndex]?.citizen === null) choose(activeIndex);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
    }
  }

  function created(citizen: ChosenCitizen) {
    setCreating(null);
    setText(labelOf(citizen));
    onChange(citizen);
    inputRef.current?.focus();
  }

  return (
    <div className="citizen-picker">
      <input
        {...control}
        ref={inputRef}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? `${listId}-${activeIndex}` : undefined}
        placeholder={t('citizens.searchPlaceholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
          if (value) onChange(null);
        }}
        onKeyDown={keyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={t('citizens.results')} className="combobox-options" hidden={!expanded}>
        {expanded &&
          options.map((option, index) => (
            <li
              key={option.citizen?.id ?? 'new'}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              // mousedown, not click: the input must not lose focus first.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(index);
              }}
            >
              {option.citizen ? (
                <>
                  {labelOf(option.citizen)} <span className="muted">{t('citizens.inquiryCount', { count: option.citizen.inquiryCount })}</span>
                </>
              ) : (
                t('citizens.createNew', { text: text.trim() })
              )}
            </li>
          ))}
      </ul>
      {searching && current && citizens.length === 0 && (
        <p className="hint" role="status">
          {t('citizens.noMatches')}
        </p>
      )}
      {creating !== null && (
        <NewCitizen
          initialName={creating}
          onCreated={created}
          onCancel={() => {
            setCreating(null);
            inputRef.current?.focus();
          }}
        />
      )}
    </div>
  );
}

const newCitizenSchema = z.object({
  reference: requiredText(INQUIRY_LIMITS.citizenReference),
  displayName: requiredText(TEXT_LIMITS.name),
  email: optionalText(TEXT_LIMITS.email),
  phone: optionalText(TEXT_LIMITS.name),
});

/** Inside the registration form, so a `SubForm`: Enter creates, Escape goes back to the search. */
function NewCitizen({ initialName, onCreated, onCancel }: { initialName: string; onCreated: (c: ChosenCitizen) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [result, create] = useMutation(CreateCitizenMutation);
  const form = useSchemaForm(newCitizenSchema, { reference: '', displayName: initialName, email: '', phone: '' });

  return (
    <SubForm
      form={form}
      className="new-citizen"
      aria-labelledby={`${id}-title`}
      onCancel={onCancel}
      onSubmit={async (input) => settle(await create({ input }), (data) => onCreated(data.createCitizen))}
    >
      {(submit) => (
        <>
          <h3 id={`${id}-title`}>{t('citizens.createTitle')}</h3>
          <Field name="reference" label={t('citizens.reference')}>
            {(control) => <input {...control} maxLength={INQUIRY_LIMITS.citizenReference} autoFocus />}
          </Field>
          <Field name="displayName" label={t('citizens.displayName')}>
            {(control) => <input {...control} maxLength={TEXT_LIMITS.name} />}
          </Field>
          <Field name="email" label={t('citizens.email')} optional>
            {(control) => <input {...control} type="email" maxLength={TEXT_LIMITS.email} />}
          </Field>
          <Field name="phone" label={t('citizens.phone')} optional>
            {(control) => <input {...control} type="tel" />}
          </Field>
          <div className="form-buttons">
            <button type="button" className="button-primary primary" disabled={result.fetching} onClick={submit}>
              {t('citizens.create')}
            </button>
            <button type="button" className="button-secondary" onClick={onCancel}>
              {t('citizens.cancelCreate')}
            </button>
          </div>
        </>
      )}
    </SubForm>
  );
}
