import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { z } from 'zod';
import { AuthenticatedDownloads } from '../ui/authenticated-downloads';
import { ErrorAlert } from '../ui/error-alert';
import { Field } from '../ui/field';
import { Form, settle, useSchemaForm } from '../ui/form';
import { FormFooter } from '../ui/form-footer';
import { DeleteTenantMutation, ExportTenantMutation, TenantExportQuery } from './tenants.operations';

const POLL_MS = 2_000;
const confirmSchema = z.object({ confirmName: z.string().trim().min(1) });

interface LeaveTenantProps {
  tenant: { id: string; name: string };
  /** The municipality is deleted: the written account to show. */
  onDeleted: (account: string) => void;
  onCancel: () => void;
}

/**
 * A municipality leaves: first an export of everything it holds (built by the worker, downloaded by the operator),
 * then its deletion, confirmed by typing its name. The API refuses the deletion without a ready export.
 */
export function LeaveTenant({ tenant, onDeleted, onCancel }: LeaveTenantProps) {
  const { t } = useTranslation();
  const [{ data, error }, reload] = useQuery({ query: TenantExportQuery, variables: { tenantId: tenant.id }, requestPolicy: 'network-only' });
  const [exporting, exportTenant] = useMutation(ExportTenantMutation);
  const [, deleteTenant] = useMutation(DeleteTenantMutation);
  const form = useSchemaForm(confirmSchema, { confirmName: '' });
  const exported = data?.tenantExport ?? null;
  const building = exported?.status === 'queued' || exported?.status === 'running';

  useEffect(() => {
    if (!building) return undefined;
    const timer = setTimeout(() => reload({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearTimeout(timer);
  }, [building, reload, data]);

  async function startExport() {
    const result = await exportTenant({ tenantId: tenant.id });
    if (!result.error) reload({ requestPolicy: 'network-only' });
  }

  return (
    <div className="leave-tenant">
      <p>{t('tenants.leaveIntro', { name: tenant.name })}</p>
      <h3>{t('tenants.leaveExportTitle')}</h3>
      <p role="status">{exported ? t(`tenants.exportStatus.${exported.status as 'ready'}`) : t('tenants.noExport')}</p>
      <div className="form-buttons">
        {!building && (
          <button type="button" className="button-secondary" onClick={() => void startExport()} disabled={exporting.fetching}>
            {t('tenants.exportAll')}
          </button>
        )}
        {exported?.status === 'ready' && (
          <AuthenticatedDownloads
            formats={['zip'] as const}
            pathOf={() => `/tenants/${encodeURIComponent(tenant.id)}/exports/${encodeURIComponent(exported.id)}/package.zip`}
            fileNameOf={() => `raadgiver-eksport.zip`}
            labelOf={() => t('tenants.downloadExport')}
            failedMessage={(status) => t('tenants.downloadExportFailed', { status })}
          />
        )}
      </div>
      <ErrorAlert error={error ?? exporting.error} />
      <Form
        form={form}
        aria-label={t('tenants.deleteTitle', { name: tenant.name })}
        onSubmit={async ({ confirmName }) => settle(await deleteTenant({ tenantId: tenant.id, confirmName }), (result) => onDeleted(result.deleteTenant.account))}
      >
        <Field name="confirmName" label={t('tenants.confirmName')} hint={t('tenants.confirmNameHint', { name: tenant.name })}>
          {(control) => <input {...control} autoComplete="off" />}
        </Field>
        <FormFooter submitLabel={t('tenants.deleteTenant')} tone="danger" submitting={form.formState.isSubmitting} onCancel={onCancel} />
      </Form>
    </div>
  );
}
