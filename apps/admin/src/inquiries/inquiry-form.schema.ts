import { INQUIRY_LIMITS } from '@raadgiver/domain';
import { z } from 'zod';
import type { InquiryChannel, InquiryDetailsFieldsFragment } from '../gql/graphql';
import i18n from '../i18n/i18n';
import { todayIsoDay } from '../i18n/dates';
import { optionalDay, optionalId, requiredDay, requiredFreeText, requiredText } from '../ui/form-schemas';
import type { ChosenCitizen } from './citizen-picker';
import type { MainCaseChoice } from './follow-up-field';
import { KIND_VALUES } from './inquiry-filter';

export const CHANNELS: readonly InquiryChannel[] = ['PHONE', 'EMAIL', 'LETTER', 'MEETING', 'DIGITAL_POST', 'OTHER'];

const oneOf = <T extends string>(values: readonly T[]) => z.string().refine((value): value is T => (values as readonly string[]).includes(value));

/**
 * The registration form, its fields named as the API's input so the API's messages land on them. The citizen and the
 * main case are the pickers' choices; the checked form sends their ids.
 */
export const inquirySchema = z.object({
  reference: requiredText(INQUIRY_LIMITS.reference),
  receivedOn: requiredDay,
  channel: oneOf(CHANNELS),
  citizenId: z.custom<ChosenCitizen | null>().transform((citizen, ctx) => {
    if (citizen) return citizen.id;
    ctx.issues.push({ code: 'custom', message: i18n.t('citizens.required'), input: citizen });
    return z.NEVER;
  }),
  kind: oneOf(KIND_VALUES),
  orgUnitId: optionalId,
  categoryIds: z.array(z.string()),
  outcomeId: optionalId,
  mainInquiryId: z.custom<MainCaseChoice>().transform((choice, ctx) => {
    if (choice.text.trim() === '') return null;
    if (choice.id !== null) return choice.id;
    ctx.issues.push({ code: 'custom', message: i18n.t('inquiries.unknownMainCase'), input: choice });
    return z.NEVER;
  }),
  firstContactOn: optionalDay,
  closedOn: optionalDay,
  summary: requiredFreeText(INQUIRY_LIMITS.summary),
});

export type InquiryFormValues = z.input<typeof inquirySchema>;
export type InquiryInput = z.output<typeof inquirySchema>;

/** The form's first values: the inquiry's own, or a phone call received today. */
export function inquiryFormValues(inquiry: InquiryDetailsFieldsFragment | null): InquiryFormValues {
  return {
    reference: inquiry?.reference ?? '',
    receivedOn: inquiry?.receivedOn ?? todayIsoDay(),
    channel: inquiry?.channel ?? 'PHONE',
    citizenId: inquiry?.citizen ?? null,
    kind: inquiry?.kind ?? 'COMPLAINT',
    orgUnitId: inquiry?.orgUnit?.id ?? '',
    categoryIds: inquiry?.categories.map((category) => category.id) ?? [],
    outcomeId: inquiry?.outcome?.id ?? '',
    mainInquiryId: { text: inquiry?.mainInquiry?.reference ?? '', id: inquiry?.mainInquiry?.id ?? null },
    firstContactOn: inquiry?.firstContactOn ?? '',
    closedOn: inquiry?.closedOn ?? '',
    summary: inquiry?.summary ?? '',
  };
}
