import { createColumnHelper } from '@tanstack/react-table';
import type { CombinedError } from '@urql/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { TenantsPageQuery as TenantsPageData } from '../gql/graphql';
import { formatInstant } from '../i18n/dates';
import { DataTable } from '../ui/data-table';
import { ConfirmDialog, Dialog } from '../ui/dialog';
import { ErrorAlert } from '../ui/error-alert';
import { Page } from '../ui/page';
import { CreateTenantForm } from './create-tenant-form';
import { LeaveTenant } from './leave-tenant';
import { SetTenantActiveMutation, TenantsPageQuery } from './tenants.operations';

/** The page's query is fetched again after a municipality is added, deactivated or reactivated. */
const TENANTS_CONTEXT = { additionalTypenames: ['PlatformTenant', 'Tenant'] };

type Tenant = TenantsPageData['tenants'][number];
type Open = { kind: 'create' } | { kind: 'deactivate'; tenant: Tenant } | { kind: 'leave'; tenant: Tenant } | { kind: 'deleted'; name: string; account: string } | null;

const column = createColumnHelper<Tenant>();

/** The operator's municipalities: each one's use (counts and dates, no case content), adding and deactivating them. */
export function TenantsPage() {
  const { t, i18n } = useTranslation();
  const [{ data, error, fetching }, refetch] = useQuery({ query: TenantsPageQuery, context: TENANTS_CONTEXT });
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState('');
  const [actionError, setActionError] = useState<CombinedError | undefined>();
  const [, setActive] = useMutation(SetTenantActiveMutation);

  async function changeActive(tenant: Tenant, active: boolean) {
    setOpen(null);
    setNotice('');
    setActionError(undefined);
    const result = await setActive({ tenantId: tenant.id, active }, TENANTS_CONTEXT);
    if (result.error) return setActionError(result.error);
    setNotice(t(active ? 'tenants.reactivatedNotice' : 'tenants.deactivatedNotice', { name: tenant.name }));
    refetch({ requestPolicy: 'network-only' });
  }

  function created(message: string) {
    setOpen(null);
    setNotice(message);
    refetch({ requestPolicy: 'network-only' });
  }

  const columns = [
    column.accessor('name', { header: t('tenants.name'), meta: { rowHeader: true } }),
    column.accessor('kommunekode', { header: t('tenants.code') }),
    column.accessor((tenant) => (tenant.peerGroup ? t(`benchmark.peerGroup.${tenant.peerGroup}`) : t('tenants.noPeerGroup')), { id: 'peerGroup', header: t('tenants.peerGroup') }),
    column.accessor((tenant) => (tenant.active ? t('tenants.active') : t('tenants.deactivated')), { id: 'status', header: t('tenants.status') }),
    column.accessor('activeUsers', { header: t('tenants.activeUsers'), meta: { numeric: true } }),
    column.accessor('inquiriesThisYear', { header: t('tenants.inquiriesThisYear'), meta: { numeric: true } }),
    column.accessor('lastActivityAt', {
      header: t('tenants.lastActivity'),
      cell: (cell) => {
        const value = cell.getValue();
        return value ? formatInstant(String(value), i18n.language) : t('tenants.noActivity');
      },
    }),
    column.display({
      id: 'actions',
      header: t('tenants.actions'),
      cell: ({ row: { original: tenant } }) => (
        <div className="row-actions">
          {tenant.active ? (
            <button type="button" className="button-secondary" aria-label={t('tenants.deactivateName', { name: tenant.name })} onClick={() => setOpen({ kind: 'deactivate', tenant })}>
              {t('tenants.deactivate')}
            </button>
          ) : (
            <button type="button" className="button-secondary" aria-label={t('tenants.reactivateName', { name: tenant.name })} onClick={() => void changeActive(tenant, true)}>
              {t('tenants.reactivate')}
            </button>
          )}
          <button type="button" className="button-secondary" aria-label={t('tenants.leaveName', { name: tenant.name })} onClick={() => setOpen({ kind: 'leave', tenant })}>
            {t('tenants.leave')}
          </button>
        </div>
      ),
    }),
  ];

  return (
    <Page
      title={t('tenants.title')}
      actions={
        <button type="button" className="primary" onClick={() => setOpen({ kind: 'create' })}>
          {t('tenants.create')}
        </button>
      }
    >
      <p>{t('tenants.intro')}</p>
      <p role="status" className="notice">
        {notice}
      </p>
      <ErrorAlert error={error ?? actionError} />
      <DataTable
        caption={t('tenants.caption')}
        captionHidden
        columns={columns}
        data={data?.tenants ?? []}
        getRowId={(tenant) => tenant.id}
        pageSize={25}
        loading={fetching && !data}
      />
      {open?.kind === 'create' && (
        <Dialog title={t('tenants.createTitle')} onClose={() => setOpen(null)}>
          <CreateTenantForm municipalities={data?.municipalities ?? []} onDone={created} onCancel={() => setOpen(null)} />
        </Dialog>
      )}
      {open?.kind === 'leave' && (
        <Dialog title={t('tenants.leaveTitle', { name: open.tenant.name })} onClose={() => setOpen(null)}>
          <LeaveTenant
            tenant={open.tenant}
            onCancel={() => setOpen(null)}
            onDeleted={(account) => {
              setOpen({ kind: 'deleted', name: open.tenant.name, account });
              setNotice(t('tenants.deletedNotice', { name: open.tenant.name }));
              refetch({ requestPolicy: 'network-only' });
            }}
          />
        </Dialog>
      )}
      {open?.kind === 'deleted' && (
        <Dialog title={t('tenants.accountTitle', { name: open.name })} onClose={() => setOpen(null)}>
          <p className="free-text" data-testid="deletion-account">
            {open.account}
          </p>
          <div className="form-buttons">
            <button type="button" className="button-primary primary" onClick={() => setOpen(null)}>
              {t('common.close')}
            </button>
          </div>
        </Dialog>
      )}
      {open?.kind === 'deactivate' && (
        <ConfirmDialog
          title={t('tenants.deactivateTitle', { name: open.tenant.name })}
          text={t('tenants.deactivateText', { name: open.tenant.name })}
          confirmLabel={t('tenants.deactivate')}
          onConfirm={() => void changeActive(open.tenant, false)}
          onClose={() => setOpen(null)}
        />
      )}
    </Page>
  );
}
