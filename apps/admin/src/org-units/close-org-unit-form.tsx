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
import { CloseOrgUnitMutation } from './org-units.operations';

const FIELDS = ['closedOn'] as const;

interface CloseOrgUnitFormProps {
  unit: OrgUnitListFieldsFragment;
  onDone: (unit: ActionResult) => void;
  onCancel: () => void;
}

export function CloseOrgUnitForm({ unit, onDone, onCancel }: CloseOrgUnitFormProps) {
  const { t } = useTranslation();
  const [result, close] = useMutation(CloseOrgUnitMutation);
  const errors = apiErrorsOf(result.error, FIELDS);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const closed = await close({ input: { id: unit.id, closedOn: textOrNull(form, 'closedOn') } });
    if (closed.data) onDone(closed.data.closeOrgUnit);
  }

  return (
    <form onSubmit={submit}>
      <Field label={t('orgUnits.field.closedOn')} error={errors.fields.closedOn}>
        {(control) => <input {...control} name="closedOn" type="date" defaultValue={todayIsoDay()} required autoFocus />}
      </Field>
      <FormErrors errors={errors} />
      <FormButtons submitLabel={t('orgUnits.action.close')} busy={result.fetching} onCancel={onCancel} />
    </form>
  );
}
