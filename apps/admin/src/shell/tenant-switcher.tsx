import type { CombinedError } from '@urql/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth, useSession } from '../auth/auth-context';

/** The active municipality; a select when the user has access to more than one. */
export function TenantSwitcher() {
  const { t } = useTranslation();
  const { switchTenant } = useAuth();
  const { me } = useSession();
  const id = useId();
  const [error, setError] = useState<CombinedError | undefined>();
  const [switching, setSwitching] = useState(false);

  if (me.tenants.length <= 1) {
    return (
      <p className="active-tenant">
        <span className="muted">{t('shell.activeTenant')}:</span> {me.activeTenant?.name ?? t('shell.noTenant')}
      </p>
    );
  }

  async function change(tenantId: string) {
    setSwitching(true);
    try {
      setError(await switchTenant(tenantId));
    } finally {
      setSwitching(false);
    }
  }

  return (
    <div className="tenant-switcher">
      <label htmlFor={id}>{t('shell.activeTenant')}</label>
      <select id={id} value={me.activeTenant?.id ?? ''} disabled={switching} onChange={(e) => void change(e.target.value)}>
        {!me.activeTenant && <option value="">{t('shell.noTenant')}</option>}
        {me.tenants.map(({ tenant }) => (
          <option key={tenant.id} value={tenant.id}>
            {tenant.name}
          </option>
        ))}
      </select>
      {error && (
        <p className="form-error" role="alert">
          {error.graphQLErrors[0]?.message ?? t('common.networkError')}
        </p>
      )}
    </div>
  );
}
