import { TEXT_LIMITS } from '@raadgiver/domain';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { OrgUnitKind, OrgUnitListFieldsFragment } from '../gql/graphql';
import { apiErrorsOf } from '../graphql/api-errors';
import { Field } from '../ui/field';
import { FormButtons } from '../ui/form-buttons';
import { text, textOrNull } from '../ui/form-data';
import { FormErrors } from '../ui/form-errors';
import type { ActionResult } from './org-unit-action';
import { ORG_UNIT_KIND_VALUES, defaultChildKind } from './org-unit-tree';
import { CreateOrgUnitMutation } from './org-units.operations';
import { ParentSelect } from './parent-select';

const FIELDS = ['name', 'shortName', 'kind', 'parentId', 'validFrom'] as const;

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
  const errors = apiErrorsOf(result.error, FIELDS);
  const openParent = parent && !parent.closed ? parent : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const created = await create({
      input: {
        name: text(form, 'name'),
        shortName: textOrNull(form, 'shortName'),
        kind: text(form, 'kind') as OrgUnitKind,
        parentId: textOrNull(form, 'parentId'),
        validFrom: textOrNull(form, 'validFrom'),
      },
    });
    if (created.data) onDone(created.data.createOrgUnit);
  }

  return (
    <form onSubmit={submit}>
      <Field label={t('orgUnits.field.parent')} error={errors.fields.parentId}>
        {(control) => <ParentSelect {...control} name="parentId" units={units} defaultValue={openParent?.id ?? ''} />}
      </Field>
      <Field label={t('orgUnits.field.name')} error={errors.fields.name}>
        {(control) => <input {...control} name="name" required maxLength={TEXT_LIMITS.name} autoFocus />}
      </Field>
      <Field label={t('orgUnits.field.shortName')} error={errors.fields.shortName} optional>
        {(control) => <input {...control} name="shortName" maxLength={TEXT_LIMITS.shortName} />}
      </Field>
      <Field label={t('orgUnits.field.kind')} error={errors.fields.kind}>
        {(control) => (
          <select {...control} name="kind" defaultValue={defaultChildKind(openParent?.kind ?? null)}>
            {ORG_UNIT_KIND_VALUES.map((kind) => (
              <option key={kind} value={kind}>
                {t(`orgUnits.kind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('orgUnits.field.validFrom')} error={errors.fields.validFrom} optional>
        {(control) => <input {...control} name="validFrom" type="date" />}
      </Field>
      <FormErrors errors={errors} />
      <FormButtons submitLabel={t('orgUnits.action.add')} busy={result.fetching} onCancel={onCancel} />
    </form>
  );
}
