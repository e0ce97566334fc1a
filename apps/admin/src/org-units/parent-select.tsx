import { useTranslation } from 'react-i18next';
import type { OrgUnitListFieldsFragment } from '../gql/graphql';
import type { ControlProps } from '../ui/field';
import { buildOrgTree, flattenOrgTree } from './org-unit-tree';

interface ParentSelectProps extends ControlProps {
  /** The units offered, shown as an indented tree; an empty value means the top level. */
  units: readonly OrgUnitListFieldsFragment[];
}

/** Inside a `Form`: the form's default value chooses the option. */
export function ParentSelect({ units, ...control }: ParentSelectProps) {
  const { t } = useTranslation();
  const options = flattenOrgTree(buildOrgTree(units, { includeClosed: false }));
  return (
    <select {...control}>
      <option value="">{t('orgUnits.topLevel')}</option>
      {options.map(({ unit, depth }) => (
        <option key={unit.id} value={unit.id}>
          {'\u00a0\u00a0'.repeat(depth)}
          {unit.name}
        </option>
      ))}
    </select>
  );
}
