import { TEXT_LIMITS } from '@raadgiver/domain';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { OrgUnitListFieldsFragment } from '../gql/graphql';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import type { ActionResult } from './org-unit-action';
import { addOrgUnitSchema } from './org-unit-forms.schema';
import { ORG_UNIT_KIND_VALUES, defaultChildKind } from './org-unit-tree';
import { CreateOrgUnitMutation } from './org-units.operations';
import { ParentSelect } from './parent-select';

interface AddOrgUnitFormProps {
  units: readonly OrgUnitListFieldsFragment[];
  /** The selected unit, offered as the parent; null adds at the top level. */
  parent: OrgUnitListFieldsFragment | null;
  onDone: (unit: ActionResult) => void;
  onCancel: () => void;
}

export function AddOrgUnitForm({ units, parent, onDone, onCancel }: AddOrgUnitFormProps) {
  const { t } = useTranslation();
  const [result, create] = useMutation(CreateOrgUnitMutation);
  const openParent = parent && !parent.closed ? parent : null;
  const form = useSchemaForm(addOrgUnitSchema, {
    parentId: openParent?.id ?? '',
    name: '',
    shortName: '',
    kind: defaultChildKind(openParent?.kind ?? null),
    validFrom: '',
  });

  return (
    <Form
      form={form}
      onSubmit={async (input) => settle(await create({ input }), (data) => onDone(data.createOrgUnit))}
    >
      <Field name="parentId" label={t('orgUnits.field.parent')}>
        {(control) => <ParentSelect {...control} units={units} />}
      </Field>
      <Field name="name" label={t('orgUnits.field.name')}>
        {(control) => <input {...control} maxLength={TEXT_LIMITS.name} autoFocus />}
      </Field>
      <Field name="shortName" label={t('orgUnits.field.shortName')} optional>
        {(control) => <input {...control} maxLength={TEXT_LIMITS.shortName} />}
      </Field>
      <Field name="kind" label={t('orgUnits.field.kind')}>
        {(control) => (
          <select {...control}>
            {ORG_UNIT_KIND_VALUES.map((kind) => (
              <option key={kind} value={kind}>
                {t(`orgUnits.kind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="validFrom" label={t('orgUnits.field.validFrom')} optional>
        {(control) => <input {...control} type="date" />}
      </Field>
      <FormFooter submitLabel={t('orgUnits.action.add')} submitting={form.formState.isSubmitting || result.fetching} onCancel={onCancel} />
    </Form>
  );
}
