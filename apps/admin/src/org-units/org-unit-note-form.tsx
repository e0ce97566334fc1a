import { TEXT_LIMITS } from '@raadgiver/domain';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { OrgUnitListFieldsFragment } from '../gql/graphql';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import type { ActionResult } from './org-unit-action';
import { ORG_UNIT_QUERY_CONTEXT } from './org-unit-context';
import { orgUnitNoteSchema } from './org-unit-forms.schema';
import { OrgUnitDetailsQuery, SetOrgUnitNoteMutation } from './org-units.operations';

interface OrgUnitNoteFormProps {
  unit: OrgUnitListFieldsFragment;
  onDone: (unit: ActionResult) => void;
  onCancel: () => void;
}

/** The tenant admin's note on a unit; an empty note removes it. */
export function OrgUnitNoteForm({ unit, onDone, onCancel }: OrgUnitNoteFormProps) {
  const { t } = useTranslation();
  // The details pane has loaded the unit already: this reads its note from urql's cache.
  const [{ data }] = useQuery({ query: OrgUnitDetailsQuery, variables: { id: unit.id }, context: ORG_UNIT_QUERY_CONTEXT });
  const [result, setNote] = useMutation(SetOrgUnitNoteMutation);
  const form = useSchemaForm(orgUnitNoteSchema, { note: data?.orgUnit.note ?? '' });

  return (
    <Form
      form={form}
      onSubmit={async (values) => settle(await setNote({ input: { id: unit.id, ...values } }), (saved) => onDone(saved.setOrgUnitNote))}
    >
      <Field name="note" label={t('orgUnits.field.note')} hint={t('orgUnits.noteHint', { max: TEXT_LIMITS.orgUnitNote })} optional>
        {(control) => <textarea {...control} rows={5} maxLength={TEXT_LIMITS.orgUnitNote} autoFocus />}
      </Field>
      <FormFooter submitLabel={t('orgUnits.action.saveNote')} submitting={result.fetching} onCancel={onCancel} />
    </Form>
  );
}
