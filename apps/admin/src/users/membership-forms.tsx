import { TEXT_LIMITS } from '@raadgiver/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { TenantUserFieldsFragment } from '../gql/graphql';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { MembershipFields, type UnitChoice } from './membership-fields';
import { membershipSchemas } from './membership-form.schema';
import { InviteTenantUserMutation, UpdateMembershipMutation } from './users.operations';

interface FormProps {
  units: readonly UnitChoice[];
  /** Said in the page's status line once saved. */
  onDone: (notice: string) => void;
  onCancel: () => void;
}

/** Invites an e-mail address with roles; the API e-mails the link. */
export function InviteForm({ units, onDone, onCancel }: FormProps) {
  const { t } = useTranslation();
  const [result, invite] = useMutation(InviteTenantUserMutation);
  const schema = useMemo(() => membershipSchemas(t).invite, [t]);
  const form = useSchemaForm(schema, { email: '', displayName: '', roles: [], orgUnitIds: [] });
  return (
    <Form
      form={form}
      onSubmit={async (input) => settle(await invite({ input }), (data) => onDone(t('users.invited', { email: data.inviteTenantUser.email })))}
    >
      <p className="hint">{t('users.inviteHint')}</p>
      <Field name="email" label={t('users.email')}>
        {(control) => <input {...control} type="email" autoComplete="off" maxLength={TEXT_LIMITS.email} />}
      </Field>
      <Field name="displayName" label={t('users.name')}>
        {(control) => <input {...control} autoComplete="off" maxLength={TEXT_LIMITS.name} />}
      </Field>
      <MembershipFields units={units} />
      <FormFooter submitLabel={t('users.sendInvitation')} submitting={result.fetching} onCancel={onCancel} />
    </Form>
  );
}

/** Gives and takes a member's roles, and a department contact's units. */
export function RolesForm({ user, units, onDone, onCancel }: FormProps & { user: TenantUserFieldsFragment }) {
  const { t } = useTranslation();
  const [result, update] = useMutation(UpdateMembershipMutation);
  const schema = useMemo(() => membershipSchemas(t).membership, [t]);
  const form = useSchemaForm(schema, { roles: [...user.roles], orgUnitIds: user.orgUnits.map((unit) => unit.id) });
  return (
    <Form
      form={form}
      onSubmit={async (grant) =>
        settle(await update({ input: { userId: user.id, ...grant } }), (data) => onDone(t('users.rolesSaved', { name: data.updateMembership.displayName })))
      }
    >
      <MembershipFields units={units} />
      <FormFooter submitLabel={t('users.saveRoles')} submitting={result.fetching} onCancel={onCancel} />
    </Form>
  );
}
