/** Limits on typed text, shared by API validation and admin forms. */
export const TEXT_LIMITS = {
  name: 200,
  shortName: 20,
  email: 254,
  password: { min: 12, max: 200 },
  nationalCode: 40,
  /** A municipality's name as an address part: the longest, "ringkoebing-skjern", is 18. */
  slug: 40,
  orgUnitNote: 500,
} as const;
