import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorAlert } from '../ui/error-alert';
import { ORG_UNIT_ACTIONS, type ActionResult, type OrgUnitAction } from './org-unit-action';
import { OrgUnitActionDialog } from './org-unit-action-dialog';
import { ORG_UNIT_QUERY_CONTEXT } from './org-unit-context';
import { OrgUnitDetails } from './org-unit-details';
import { buildOrgTree } from './org-unit-tree';
import { OrgUnitTreeView } from './org-unit-tree-view';
import { OrgUnitsQuery } from './org-units.operations';
import { Page } from '../ui/page';

/** The tenant admin's editor of the department tree. */
export function OrgUnitsPage() {
  const { t } = useTranslation();
  const showClosedId = useId();
  const [{ data, error, fetching }] = useQuery({ query: OrgUnitsQuery, context: ORG_UNIT_QUERY_CONTEXT });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [showClosed, setShowClosed] = useState(true);
  const [action, setAction] = useState<OrgUnitAction | null>(null);
  const [notice, setNotice] = useState('');

  const units = data?.orgUnits ?? [];
  const selected = units.find((unit) => unit.id === selectedId) ?? null;
  const tree = buildOrgTree(units, { includeClosed: showClosed });

  function done(finished: OrgUnitAction, unit: ActionResult) {
    setAction(null);
    setSelectedId(unit.id);
    setNotice(t(`orgUnits.done.${finished}`, { name: unit.name }));
  }

  function start(next: OrgUnitAction) {
    setNotice('');
    setAction(next);
  }

  return (
    <Page title={t('orgUnits.title')} className="org-units-page">
      <p role="status" className="notice">
        {notice}
      </p>
      <div className="org-units-layout">
        <div className="org-units-tree-pane">
          <div className="toolbar">
            <button type="button" className="primary" onClick={() => start('add')}>
              {t('orgUnits.action.add')}
            </button>
            <span className="checkbox">
              <input id={showClosedId} type="checkbox" checked={showClosed} onChange={(e) => setShowClosed(e.target.checked)} />
              <label htmlFor={showClosedId}>{t('orgUnits.showClosed')}</label>
            </span>
          </div>
          {fetching && !data && <p aria-busy="true">{t('common.loading')}</p>}
          <ErrorAlert error={error} />
          {data && tree.length === 0 && <p className="muted">{t('orgUnits.empty')}</p>}
          <OrgUnitTreeView nodes={tree} selectedId={selectedId} onSelect={setSelectedId} />
        </div>
        <div className="org-units-details-pane">
          {selected ? (
            <>
              <div className="toolbar" role="group" aria-label={selected.name}>
                {ORG_UNIT_ACTIONS.filter((a) => a !== 'add').map((a) => (
                  <button key={a} type="button" disabled={selected.closed} onClick={() => start(a)}>
                    {t(`orgUnits.action.${a}`)}
                  </button>
                ))}
              </div>
              <OrgUnitDetails unitId={selected.id} />
            </>
          ) : (
            <p className="muted">{t('orgUnits.noneSelected')}</p>
          )}
        </div>
      </div>
      {action && (
        <OrgUnitActionDialog action={action} units={units} selected={selected} onDone={done} onClose={() => setAction(null)} />
      )}
    </Page>
  );
}
