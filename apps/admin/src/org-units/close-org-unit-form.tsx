import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { OrgUnitListFieldsFragment } from '../gql/graphql';
import { todayIsoDay } from '../i18n/dates';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import type { ActionResult } from './org-unit-action';
import { closeOrgUnitSchema } from './org-unit-forms.schema';
import { CloseOrgUnitMutation } from './org-units.operations';

interface CloseOrgUnitFormProps {
  unit: OrgUnitListFieldsFragment;
  onDone: (unit: ActionResult) => void;
  onCancel: () => void;
}

export function CloseOrgUnitForm({ unit, onDone, onCancel }: CloseOrgUnitFormProps) {
  const { t } = useTranslation();
  const [result, close] = useMutation(CloseOrgUnitMutation);
  const form = useSchemaForm(closeOrgUnitSchema, { closedOn: todayIsoDay() });

  return (
    <Form
      form={form}
      onSubmit={async (values) => settle(await close({ input: { id: unit.id, ...values } }), (data) => onDone(data.closeOrgUnit))}
    >
      <Field name="closedOn" label={t('orgUnits.field.closedOn')}>
        {(control) => <input {...control} type="date" autoFocus />}
      </Field>
      <FormFooter submitLabel={t('orgUnits.action.close')} submitting={result.fetching} onCancel={onCancel} />
    </Form>
  );
}
