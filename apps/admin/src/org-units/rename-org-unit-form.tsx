import { TEXT_LIMITS } from '@raadgiver/domain';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { OrgUnitListFieldsFragment } from '../gql/graphql';
import { apiErrorsOf } from '../graphql/api-errors';
import { todayIsoDay } from '../i18n/dates';
import { Field } from '../ui/field';
import { FormButtons } from '../ui/form-buttons';
import { text, textOrNull } from '../ui/form-data';
import { FormErrors } from '../ui/form-errors';
import type { ActionResult } from './org-unit-action';
import { RenameOrgUnitMutation } from './org-units.operations';

const FIELDS = ['name', 'shortName', 'effectiveDate'] as const;

interface RenameOrgUnitFormProps {
  unit: OrgUnitListFieldsFragment;
  onDone: (unit: ActionResult) => void;
  onCancel: () => void;
}

export function RenameOrgUnitForm({ unit, onDone, onCancel }: RenameOrgUnitFormProps) {
  const { t } = useTranslation();
  const [result, rename] = useMutation(RenameOrgUnitMutation);
  const errors = apiErrorsOf(result.error, FIELDS);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const renamed = await rename({
      input: {
        id: unit.id,
        name: text(form, 'name'),
        shortName: textOrNull(form, 'shortName'),
        effectiveDate: textOrNull(form, 'effectiveDate'),
      },
    });
    if (renamed.data) onDone(renamed.data.renameOrgUnit);
  }

  return (
    <form onSubmit={submit}>
      <Field label={t('orgUnits.field.name')} error={errors.fields.name}>
        {(control) => <input {...control} name="name" defaultValue={unit.name} required maxLength={TEXT_LIMITS.name} autoFocus />}
      </Field>
      <Field label={t('orgUnits.field.shortName')} error={errors.fields.shortName} optional>
        {(control) => <input {...control} name="shortName" defaultValue={unit.shortName ?? ''} maxLength={TEXT_LIMITS.shortName} />}
      </Field>
      <Field label={t('orgUnits.field.effectiveDate')} error={errors.fields.effectiveDate}>
        {(control) => <input {...control} name="effectiveDate" type="date" defaultValue={todayIsoDay()} required />}
      </Field>
      <FormErrors errors={errors} />
      <FormButtons submitLabel={t('orgUnits.action.rename')} busy={result.fetching} onCancel={onCancel} />
    </form>
  );
}
