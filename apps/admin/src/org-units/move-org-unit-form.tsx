import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { OrgUnitListFieldsFragment } from '../gql/graphql';
import { todayIsoDay } from '../i18n/dates';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import type { ActionResult } from './org-unit-action';
import { moveOrgUnitSchema } from './org-unit-forms.schema';
import { moveTargets } from './org-unit-tree';
import { MoveOrgUnitMutation } from './org-units.operations';
import { ParentSelect } from './parent-select';

interface MoveOrgUnitFormProps {
  units: readonly OrgUnitListFieldsFragment[];
  unit: OrgUnitListFieldsFragment;
  onDone: (unit: ActionResult) => void;
  onCancel: () => void;
}

export function MoveOrgUnitForm({ units, unit, onDone, onCancel }: MoveOrgUnitFormProps) {
  const { t } = useTranslation();
  const [result, move] = useMutation(MoveOrgUnitMutation);
  const form = useSchemaForm(moveOrgUnitSchema, { parentId: unit.parentId ?? '', effectiveDate: todayIsoDay() });

  return (
    <Form
      form={form}
      onSubmit={async (values) => settle(await move({ input: { id: unit.id, ...values } }), (data) => onDone(data.moveOrgUnit))}
    >
      <Field name="parentId" label={t('orgUnits.field.newParent')}>
        {(control) => <ParentSelect {...control} units={moveTargets(units, unit.id)} />}
      </Field>
      <Field name="effectiveDate" label={t('orgUnits.field.effectiveDate')}>
        {(control) => <input {...control} type="date" />}
      </Field>
      <FormFooter submitLabel={t('orgUnits.action.move')} submitting={result.fetching} onCancel={onCancel} />
    </Form>
  );
}
