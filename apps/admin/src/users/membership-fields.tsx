import { useTranslation } from 'react-i18next';
import { useWatch } from 'react-hook-form';
import { ChoiceGroup } from '../ui/choice-group';
import { useFormContext } from '../ui/form-context';
import { ROLE_VALUES } from './membership-form.schema';

export interface UnitChoice {
  id: string;
  name: string;
}

/**
 * The roles of a membership and, once "department contact" is among them, the units the contact answers for: the
 * fields `roles` and `orgUnitIds` of the surrounding form.
 */
export function MembershipFields({ units }: { units: readonly UnitChoice[] }) {
  const { t } = useTranslation();
  const context = useFormContext();
  const roles = useWatch({ control: context?.form.control, name: 'roles' }) as string[] | undefined;
  const contact = Array.isArray(roles) && roles.includes('DEPARTMENT_CONTACT');
  return (
    <>
      <ChoiceGroup name="roles" legend={t('users.roles')} options={ROLE_VALUES.map((role) => ({ value: role, label: t(`users.role.${role}`) }))} />
      {contact && (
        <ChoiceGroup
          name="orgUnitIds"
          legend={t('users.unitsLegend')}
          hint={t('users.unitsHint')}
          options={units.map((unit) => ({ value: unit.id, label: unit.name }))}
        />
      )}
    </>
  );
}
