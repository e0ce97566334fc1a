import { useTranslation } from 'react-i18next';
import type { OrgUnitListFieldsFragment } from '../gql/graphql';
import { Dialog } from '../ui/dialog';
import { AddOrgUnitForm } from './add-org-unit-form';
import { CloseOrgUnitForm } from './close-org-unit-form';
import { MergeOrgUnitsForm } from './merge-org-units-form';
import { MoveOrgUnitForm } from './move-org-unit-form';
import { OrgUnitNoteForm } from './org-unit-note-form';
import type { ActionResult, OrgUnitAction } from './org-unit-action';
import { RenameOrgUnitForm } from './rename-org-unit-form';

interface OrgUnitActionDialogProps {
  action: OrgUnitAction;
  units: readonly OrgUnitListFieldsFragment[];
  /** The unit acted on; for `add`, the suggested parent. Required for every action but `add`. */
  selected: OrgUnitListFieldsFragment | null;
  onDone: (action: OrgUnitAction, unit: ActionResult) => void;
  onClose: () => void;
}

export function OrgUnitActionDialog({ action, units, selected, onDone, onClose }: OrgUnitActionDialogProps) {
  const { t } = useTranslation();
  const done = (unit: ActionResult) => onDone(action, unit);
  const common = { onDone: done, onCancel: onClose };

  if (action === 'add') {
    return (
      <Dialog title={t('orgUnits.dialog.add')} onClose={onClose}>
        <AddOrgUnitForm units={units} parent={selected} {...common} />
      </Dialog>
    );
  }
  if (!selected) return null;

  const title = t(`orgUnits.dialog.${action}`, { name: selected.name });
  return (
    <Dialog title={title} onClose={onClose}>
      {action === 'rename' && <RenameOrgUnitForm unit={selected} {...common} />}
      {action === 'move' && <MoveOrgUnitForm units={units} unit={selected} {...common} />}
      {action === 'close' && <CloseOrgUnitForm unit={selected} {...common} />}
      {action === 'merge' && <MergeOrgUnitsForm units={units} target={selected} {...common} />}
      {action === 'note' && <OrgUnitNoteForm unit={selected} {...common} />}
    </Dialog>
  );
}
