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

/** How the citizen reached the advisor. */
export const INQUIRY_CHANNELS = ['phone', 'email', 'letter', 'meeting', 'digital_post', 'other'] as const;
export type InquiryChannel = (typeof INQUIRY_CHANNELS)[number];

export const INQUIRY_STATUSES = ['open', 'closed'] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];
