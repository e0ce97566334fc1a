import { TEXT_LIMITS } from '@raadgiver/domain';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { OrgUnitListFieldsFragment } from '../gql/graphql';
import { todayIsoDay } from '../i18n/dates';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import type { ActionResult } from './org-unit-action';
import { renameOrgUnitSchema } from './org-unit-forms.schema';
import { RenameOrgUnitMutation } from './org-units.operations';

interface RenameOrgUnitFormProps {
  unit: OrgUnitListFieldsFragment;
  onDone: (unit: ActionResult) => void;
  onCancel: () => void;
}

export function RenameOrgUnitForm({ unit, onDone, onCancel }: RenameOrgUnitFormProps) {
  const { t } = useTranslation();
  const [result, rename] = useMutation(RenameOrgUnitMutation);
  const form = useSchemaForm(renameOrgUnitSchema, { name: unit.name, shortName: unit.shortName ?? '', effectiveDate: todayIsoDay() });

  return (
    <Form
      form={form}
      onSubmit={async (values) => settle(await rename({ input: { id: unit.id, ...values } }), (data) => onDone(data.renameOrgUnit))}
    >
      <Field name="name" label={t('orgUnits.field.name')}>
        {(control) => <input {...control} maxLength={TEXT_LIMITS.name} autoFocus />}
      </Field>
      <Field name="shortName" label={t('orgUnits.field.shortName')} optional>
        {(control) => <input {...control} maxLength={TEXT_LIMITS.shortName} />}
      </Field>
      <Field name="effectiveDate" label={t('orgUnits.field.effectiveDate')}>
        {(control) => <input {...control} type="date" />}
      </Field>
      <FormFooter submitLabel={t('orgUnits.action.rename')} submitting={result.fetching} onCancel={onCancel} />
    </Form>
  );
}
