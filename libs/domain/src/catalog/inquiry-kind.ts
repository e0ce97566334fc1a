/** What an inquiry is (DESIGN: InquiryKind). Complaints come first in every listing. */
export const INQUIRY_KINDS = ['complaint', 'guidance', 'wayfinding', 'information', 'other'] as const;
export type InquiryKind = (typeof INQUIRY_KINDS)[number];

export const INQUIRY_KIND_DANISH: Record<InquiryKind, string> = {
  complaint: 'klageforhold',
  guidance: 'vejledning',
  wayfinding: 'vejvisning',
  information: 'orientering',
  other: 'andet',
};
