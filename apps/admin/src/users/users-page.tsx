import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../auth/auth-context';
import type { TenantInvitationFieldsFragment, TenantRole, TenantUserFieldsFragment } from '../gql/graphql';
import { formatInstant } from '../i18n/dates';
import { DataTable } from '../ui/data-table';
import { ConfirmDialog, Dialog } from '../ui/dialog';
import { ErrorAlert } from '../ui/error-alert';
import { Page } from '../ui/page';
import { useRowActions } from '../ui/row-actions';
import { InviteForm, RolesForm } from './membership-forms';
import {
  ResetSecondFactorMutation,
  ResendInvitationMutation,
  RevokeInvitationMutation,
  SetMembershipActiveMutation,
  UsersPageQuery,
} from './users.operations';

/** The page's query is fetched again after any change of a user or an invitation, also when its list was empty. */
const USERS_CONTEXT = { additionalTypenames: ['TenantUser', 'TenantInvitation'] };
const PAGE_SIZE = 20;

type User = TenantUserFieldsFragment;
type Invitation = TenantInvitationFieldsFragment;
type Open = { kind: 'invite' } | { kind: 'roles'; user: User } | { kind: 'deactivate'; user: User } | null;

const userColumn = createColumnHelper<User>();
const invitationColumn = createColumnHelper<Invitation>();

/** The tenant admin's users: who may work in the municipality, with which roles, and the invitations still open. */
export function UsersPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const [{ data, error, fetching }] = useQuery({ query: UsersPageQuery, context: USERS_CONTEXT });
  const [open, setOpen] = useState<Open>(null);
  const { notice, setNotice, error: actionError, act } = useRowActions();
  const [, setActive] = useMutation(SetMembershipActiveMutation);
  const [, resend] = useMutation(ResendInvitationMutation);
  const [, revoke] = useMutation(RevokeInvitationMutation);
  const [, resetSecondFactor] = useMutation(ResetSecondFactorMutation);

  const units = data?.orgUnits ?? [];
  const roleNames = (roles: readonly TenantRole[]) => roles.map((role) => t(`users.role.${role}`)).join(', ');
  const done = (message: string) => {
    setOpen(null);
    setNotice(message);
  };

  async function changeActive(user: User, active: boolean) {
    setOpen(null);
    await act(() => setActive({ userId: user.id, active }), t(active ? 'users.reactivatedNotice' : 'users.deactivatedNotice', { name: user.displayName }));
  }

  const userColumns = [
    userColumn.accessor('displayName', {
      header: t('users.name'),
      meta: { rowHeader: true },
      cell: ({ row: { original: user } }) => (user.id === me.user.id ? `${user.displayName} ${t('users.you')}` : user.displayName),
    }),
    userColumn.accessor('email', { header: t('users.email') }),
    userColumn.accessor((user) => roleNames(user.roles), { id: 'roles', header: t('users.roles') }),
    userColumn.accessor((user) => user.orgUnits.map((unit) => unit.name).join(', '), { id: 'units', header: t('users.units') }),
    userColumn.accessor((user) => (user.awaitingAccess ? t('users.awaitingAccess') : user.active ? t('users.active') : t('users.deactivated')), { id: 'status', header: t('users.status') }),
    userColumn.accessor((user) => (user.hasSecondFactor ? t('secondFactor.on') : t('secondFactor.off')), { id: 'secondFactor', header: t('secondFactor.column') }),
    userColumn.accessor('lastLoginAt', {
      header: t('users.lastLogin'),
      cell: (cell) => {
        const value = cell.getValue();
        return value ? formatInstant(String(value), i18n.language) : t('users.neverLoggedIn');
      },
    }),
    userColumn.display({
      id: 'actions',
      header: t('users.actions'),
      cell: ({ row: { original: user } }) => (
        <div className="row-actions">
          <button type="button" className="button-secondary" aria-label={t('users.editRolesOf', { name: user.displayName })} onClick={() => setOpen({ kind: 'roles', user })}>
            {t('users.editRoles')}
          </button>
          {user.id !== me.user.id && user.hasSecondFactor && (
            <button
              type="button"
              className="button-secondary"
              aria-label={t('secondFactor.resetName', { name: user.displayName })}
              onClick={() => void act(() => resetSecondFactor({ userId: user.id }, USERS_CONTEXT), t('secondFactor.resetDone', { name: user.displayName }))}
            >
              {t('secondFactor.reset')}
            </button>
          )}
          {user.id !== me.user.id &&
            !user.awaitingAccess &&
            (user.active ? (
              <button type="button" className="button-secondary" aria-label={t('users.deactivateName', { name: user.displayName })} onClick={() => setOpen({ kind: 'deactivate', user })}>
                {t('users.deactivate')}
              </button>
            ) : (
              <button type="button" className="button-secondary" aria-label={t('users.reactivateName', { name: user.displayName })} onClick={() => void changeActive(user, true)}>
                {t('users.reactivate')}
              </button>
            ))}
        </div>
      ),
    }),
  ];

  const invitationColumns = [
    invitationColumn.accessor('email', { header: t('users.email'), meta: { rowHeader: true } }),
    invitationColumn.accessor('displayName', { header: t('users.name') }),
    invitationColumn.accessor((invitation) => roleNames(invitation.roles), { id: 'roles', header: t('users.roles') }),
    invitationColumn.accessor('sentAt', {
      header: t('users.sentAt'),
      cell: (cell) => {
        const value = cell.getValue();
        return value ? formatInstant(String(value), i18n.language) : t('users.notSent');
      },
    }),
    invitationColumn.accessor('expiresAt', { header: t('users.expiresAt'), cell: (cell) => formatInstant(String(cell.getValue()), i18n.language) }),
    invitationColumn.display({
      id: 'actions',
      header: t('users.actions'),
      cell: ({ row: { original: invitation } }) => (
        <div className="row-actions">
          <button
            type="button"
            className="button-secondary"
            aria-label={t('users.resendName', { email: invitation.email })}
            onClick={() => void act(() => resend({ id: invitation.id }), t('users.resent', { email: invitation.email }))}
          >
            {t('users.resend')}
          </button>
          <button
            type="button"
            className="button-secondary"
            aria-label={t('users.revokeName', { email: invitation.email })}
            onClick={() => void act(() => revoke({ id: invitation.id }, USERS_CONTEXT), t('users.revoked', { email: invitation.email }))}
          >
            {t('users.revoke')}
          </button>
        </div>
      ),
    }),
  ];

  return (
    <Page
      title={t('users.title')}
      actions={
        <button type="button" className="primary" onClick={() => setOpen({ kind: 'invite' })}>
          {t('users.invite')}
        </button>
      }
    >
      <p>{t('users.intro')}</p>
      <p role="status" className="notice">
        {notice}
      </p>
      <ErrorAlert error={error ?? actionError} />
      <DataTable
        caption={t('users.usersCaption')}
        captionHidden
        columns={userColumns}
        data={data?.tenantUsers ?? []}
        getRowId={(user) => user.id}
        pageSize={PAGE_SIZE}
        loading={fetching && !data}
      />
      <h2>{t('users.invitationsTitle')}</h2>
      <DataTable
        caption={t('users.invitationsCaption')}
        captionHidden
        columns={invitationColumns}
        data={data?.tenantInvitations ?? []}
        getRowId={(invitation) => invitation.id}
        pageSize={PAGE_SIZE}
        loading={fetching && !data}
        emptyText={t('users.noInvitations')}
      />
      {open?.kind === 'invite' && (
        <Dialog title={t('users.inviteTitle')} onClose={() => setOpen(null)}>
          <InviteForm units={units} onDone={done} onCancel={() => setOpen(null)} />
        </Dialog>
      )}
      {open?.kind === 'roles' && (
        <Dialog title={t('users.rolesTitle', { name: open.user.displayName })} onClose={() => setOpen(null)}>
          <RolesForm user={open.user} units={units} onDone={done} onCancel={() => setOpen(null)} />
        </Dialog>
      )}
      {open?.kind === 'deactivate' && (
        <ConfirmDialog
          title={t('users.deactivateTitle', { name: open.user.displayName })}
          text={t('users.deactivateText', { name: open.user.displayName })}
          confirmLabel={t('users.deactivate')}
          onConfirm={() => void changeActive(open.user, false)}
          onClose={() => setOpen(null)}
        />
      )}
    </Page>
  );
}
