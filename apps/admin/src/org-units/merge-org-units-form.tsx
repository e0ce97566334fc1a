import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { OrgUnitListFieldsFragment } from '../gql/graphql';
import { todayIsoDay } from '../i18n/dates';
import { ChoiceGroup } from '../ui/choice-group';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import type { ActionResult } from './org-unit-action';
import { mergeOrgUnitsSchema } from './org-unit-forms.schema';
import { buildOrgTree, flattenOrgTree, mergeCandidates } from './org-unit-tree';
import { MergeOrgUnitsMutation } from './org-units.operations';

interface MergeOrgUnitsFormProps {
  units: readonly OrgUnitListFieldsFragment[];
  /** The unit the others are merged into. */
  target: OrgUnitListFieldsFragment;
  onDone: (unit: ActionResult) => void;
  onCancel: () => void;
}

export function MergeOrgUnitsForm({ units, target, onDone, onCancel }: MergeOrgUnitsFormProps) {
  const { t } = useTranslation();
  const [result, merge] = useMutation(MergeOrgUnitsMutation);
  const form = useSchemaForm(mergeOrgUnitsSchema, { sourceIds: [], effectiveDate: todayIsoDay() });
  const candidates = flattenOrgTree(buildOrgTree(mergeCandidates(units, target.id), { includeClosed: false }));

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
    <Form
      form={form}
      onSubmit={async (values) => settle(await merge({ input: { targetId: target.id, ...values } }), (data) => onDone(data.mergeOrgUnits))}
    >
      <ChoiceGroup
        name="sourceIds"
        legend={t('orgUnits.field.sources', { target: target.name })}
        options={candidates.map(({ unit, depth }) => ({ value: unit.id, label: unit.name, depth }))}
      />
      <Field name="effectiveDate" label={t('orgUnits.field.effectiveDate')}>
        {(control) => <input {...control} type="date" />}
      </Field>
      <FormFooter submitLabel={t('orgUnits.action.merge')} submitting={result.fetching} onCancel={onCancel} />
    </Form>
  );
}
