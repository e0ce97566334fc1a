import type { FormEvent } from 'react';
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
import { moveTargets } from './org-unit-tree';
import { MoveOrgUnitMutation } from './org-units.operations';
import { ParentSelect } from './parent-select';

const FIELDS = ['parentId', 'effectiveDate'] as const;

interface MoveOrgUnitFormProps {
  units: readonly OrgUnitListFieldsFragment[];
  unit: OrgUnitListFieldsFragment;
  onDone: (unit: ActionResult) => void;
  onCancel: () => void;
}

export function MoveOrgUnitForm({ units, unit, onDone, onCancel }: MoveOrgUnitFormProps) {
  const { t } = useTranslation();
  const [result, move] = useMutation(MoveOrgUnitMutation);
  const errors = apiErrorsOf(result.error, FIELDS);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const moved = await move({
      input: { id: unit.id, parentId: textOrNull(form, 'parentId'), effectiveDate: textOrNull(form, 'effectiveDate') },
    });
    if (moved.data) onDone(moved.data.moveOrgUnit);
  }

  return (
    <form onSubmit={submit}>
      <Field label={t('orgUnits.field.newParent')} error={errors.fields.parentId}>
        {(control) => (
          <ParentSelect {...control} name="parentId" units={moveTargets(units, unit.id)} defaultValue={unit.parentId ?? ''} />
        )}
      </Field>
      <Field label={t('orgUnits.field.effectiveDate')} error={errors.fields.effectiveDate}>
        {(control) => <input {...control} name="effectiveDate" type="date" defaultValue={todayIsoDay()} required />}
      </Field>
      <FormErrors errors={errors} />
      <FormButtons submitLabel={t('orgUnits.action.move')} busy={result.fetching} onCancel={onCancel} />
    </form>
  );
}
