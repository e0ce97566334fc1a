import { TEXT_LIMITS } from '@raadgiver/domain';
import { z } from 'zod';
import i18n from '../i18n/i18n';
import type { OrgUnitKind } from '../gql/graphql';
import { optionalDay, optionalId, optionalText, requiredDay, requiredText } from '../ui/form-schemas';
import { ORG_UNIT_KIND_VALUES } from './org-unit-tree';

export const addOrgUnitSchema = z.object({
  parentId: optionalId,
  name: requiredText(TEXT_LIMITS.name),
  shortName: optionalText(TEXT_LIMITS.shortName),
  kind: z.string().refine((kind): kind is OrgUnitKind => (ORG_UNIT_KIND_VALUES as readonly string[]).includes(kind)),
  validFrom: optionalDay,
});

export const renameOrgUnitSchema = z.object({
  name: requiredText(TEXT_LIMITS.name),
  shortName: optionalText(TEXT_LIMITS.shortName),
  effectiveDate: requiredDay,
});

export const moveOrgUnitSchema = z.object({ parentId: optionalId, effectiveDate: requiredDay });

export const orgUnitNoteSchema = z.object({ note: optionalText(TEXT_LIMITS.orgUnitNote) });

export const closeOrgUnitSchema = z.object({ closedOn: requiredDay });

export const mergeOrgUnitsSchema = z.object({
  sourceIds: z.array(z.string()).min(1, { error: () => i18n.t('orgUnits.chooseSources') }),
  effectiveDate: requiredDay,
});
