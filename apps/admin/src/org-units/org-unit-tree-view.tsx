import { useTranslation } from 'react-i18next';
import type { OrgUnitListFieldsFragment } from '../gql/graphql';
import { formatDay } from '../i18n/dates';
import type { TreeNode } from './org-unit-tree';

type Unit = OrgUnitListFieldsFragment;

interface OrgUnitTreeViewProps {
  nodes: TreeNode<Unit>[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Nested lists of buttons: every unit is reachable with Tab and chosen with Enter or Space. */
export function OrgUnitTreeView({ nodes, selectedId, onSelect }: OrgUnitTreeViewProps) {
  const { t } = useTranslation();
  return (
    <ul className="org-tree" aria-label={t('orgUnits.treeLabel')}>
      {nodes.map((node) => (
        <OrgUnitTreeItem key={node.unit.id} node={node} selectedId={selectedId} onSelect={onSelect} />
      ))}
    </ul>
  );
}

function OrgUnitTreeItem({ node, selectedId, onSelect }: { node: TreeNode<Unit>; selectedId: string | null; onSelect: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const { unit } = node;
  return (
    <li>
      <button
        type="button"
        className={unit.closed ? 'org-tree-unit closed' : 'org-tree-unit'}
        aria-current={unit.id === selectedId ? 'true' : undefined}
        onClick={() => onSelect(unit.id)}
      >
        <span className="unit-name">{unit.name}</span>
        {unit.shortName && <span className="muted"> ({unit.shortName})</span>}
        {unit.closed && unit.validTo && (
          <span className="closed-note"> – {t('orgUnits.closedOn', { date: formatDay(unit.validTo, i18n.language) })}</span>
        )}
      </button>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <OrgUnitTreeItem key={child.unit.id} node={child} selectedId={selectedId} onSelect={onSelect} />
          ))}
        </ul>
      )}
    </li>
  );
}
