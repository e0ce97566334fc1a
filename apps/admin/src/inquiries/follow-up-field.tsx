import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatDay } from '../i18n/dates';
import type { ControlProps } from '../ui/field';
import { MainCaseCandidatesQuery } from './inquiries.operations';

export interface MainCaseChoice {
  /** What was typed: the main case's reference. */
  text: string;
  /** The main case it names, once found among the citizen's main cases; null while unknown. */
  id: string | null;
}

interface FollowUpFieldProps {
  control: ControlProps;
  citizenId: string | null;
  /** The inquiry being edited cannot follow up on itself. */
  excludeId: string | null;
  value: MainCaseChoice;
  onChange: (choice: MainCaseChoice) => void;
}

const SEARCH_DELAY_MS = 200;

/**
 * The reference of the main case this one follows up on, chosen from the citizen's main cases
 * (a native datalist: arrow keys and Enter, no mouse needed).
 */
export function FollowUpField({ control, citizenId, excludeId, value, onChange }: FollowUpFieldProps) {
  const { t, i18n } = useTranslation();
  const listId = useId();
  const [search, setSearch] = useState(value.text.trim());
  useEffect(() => {
    const timer = setTimeout(() => setSearch(value.text.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [value.text]);

  // The citizen's own main cases, newest first, narrowed by what is typed.
  const [{ data }] = useQuery({
    query: MainCaseCandidatesQuery,
    variables: { citizenId: citizenId ?? '', search: search || null },
    pause: !citizenId,
  });
  const candidates = (data?.inquiries.edges ?? []).map((edge) => edge.node).filter((node) => node.id !== excludeId);

  // Resolve the typed reference as soon as a matching main case is known.
  useEffect(() => {
    if (value.id || value.text.trim() === '') return;
    const match = candidates.find((node) => node.reference === value.text.trim());
    if (match) onChange({ text: value.text, id: match.id });
  }, [candidates, value, onChange]);

  return (
    <>
      <input
        {...control}
        type="text"
        list={listId}
        autoComplete="off"
        disabled={!citizenId}
        value={value.text}
        onChange={(e) => {
          const text = e.target.value;
          const match = candidates.find((node) => node.reference === text.trim());
          onChange({ text, id: match?.id ?? null });
        }}
      />
      <datalist id={listId}>
        {candidates.map((node) => (
          <option key={node.id} value={node.reference}>
            {formatDay(node.receivedOn, i18n.language)} – {t(`inquiries.kind.${node.kind}`)}
          </option>
        ))}
      </datalist>
    </>
  );
}
