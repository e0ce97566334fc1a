import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { OrgUnitListFieldsFragment } from '../gql/graphql';
import { apiErrorsOf } from '../graphql/api-errors';
import { todayIsoDay } from '../i18n/dates';
import { Field } from '../ui/field';
import { FormButtons } from '../ui/form-buttons';
import { textOrNull } from '../ui/form-data';
import { FormErrors } from '../ui/form-errors';
import type { ActionResult } from './org-unit-action';
import { buildOrgTree, flattenOrgTree, mergeCandidates } from './org-unit-tree';
import { MergeOrgUnitsMutation } from './org-units.operations';

const FIELDS = ['sourceIds', 'effectiveDate'] as const;

interface MergeOrgUnitsFormProps {
  units: readonly OrgUnitListFieldsFragment[];
  /** The unit the others are merged into. */
  target: OrgUnitListFieldsFragment;
  onDone: (unit: ActionResult) => void;
  onCancel: () => void;
}

export function MergeOrgUnitsForm({ units, target, onDone, onCancel }: MergeOrgUnitsFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [result, merge] = useMutation(MergeOrgUnitsMutation);
  const [noneChosen, setNoneChosen] = useState(false);
  const errors = apiErrorsOf(result.error, FIELDS);
  const candidates = flattenOrgTree(buildOrgTree(mergeCandidates(units, target.id), { includeClosed: false }));
  const sourcesError = noneChosen ? t('orgUnits.chooseSources') : errors.fields.sourceIds;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const sourceIds = form.getAll('sourceIds').map(String);
    setNoneChosen(sourceIds.length === 0);
    if (sourceIds.length === 0) return;
    const merged = await merge({ input: { targetId: target.id, sourceIds, effectiveDate: textOrNull(form, 'effectiveDate') } });
    if (merged.data) onDone(merged.data.mergeOrgUnits);
  }

  if (candidates.length === 0) {
    return (
      <div>
        <p>{t('orgUnits.noMergeCandidates')}</p>
        <div className="form-buttons">
          <button type="button" onClick={onCancel} autoFocus>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={submit}>
      <fieldset className="checkbox-list" aria-describedby={sourcesError ? `${id}-error` : undefined}>
        <legend>{t('orgUnits.field.sources', { target: target.name })}</legend>
        {candidates.map(({ unit, depth }) => (
          <div key={unit.id} className="checkbox" style={{ paddingInlineStart: `${depth * 1.25}rem` }}>
            <input id={`${id}-${unit.id}`} type="checkbox" name="sourceIds" value={unit.id} />
            <label htmlFor={`${id}-${unit.id}`}>{unit.name}</label>
          </div>
        ))}
        {sourcesError && (
          <p id={`${id}-error`} className="field-error">
            {sourcesError}
          </p>
        )}
      </fieldset>
      <Field label={t('orgUnits.field.effectiveDate')} error={errors.fields.effectiveDate}>
        {(control) => <input {...control} name="effectiveDate" type="date" defaultValue={todayIsoDay()} required />}
      </Field>
      <FormErrors errors={errors} />
      <FormButtons submitLabel={t('orgUnits.action.merge')} busy={result.fetching} onCancel={onCancel} />
    </form>
  );
}
