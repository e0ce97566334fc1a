import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength, ValidateBy, ValidateIf } from 'class-validator';
import { isCalendarDate, looksLikeCpr } from '@raadgiver/domain';

const trim = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** Names, references and addresses are shown and exported everywhere: a CPR number is never one of them. */
export function HasNoCprNumber() {
  return ValidateBy({
    name: 'hasNoCprNumber',
    validator: {
      validate: (value) => typeof value !== 'string' || !looksLikeCpr(value),
    },
  });
}

/**
 * Free text (summaries, answers, recommendations, report sections, learning entries) may mention a CPR number only
 * when the sender confirms it with the input's `confirmCprLike`: the admin asks before saving such text.
 */
export function CprNeedsConfirmation() {
  return ValidateBy({
    name: 'cprNeedsConfirmation',
    validator: {
      validate: (value, args) => typeof value !== 'string' || !looksLikeCpr(value) || (args?.object as { confirmCprLike?: unknown }).confirmCprLike === true,
    },
  });
}

/** A required name: trimmed, not empty, at most `max` characters, no CPR number. */
export function IsName(max: number) {
  return applyDecorators(
    trim,
    IsString(),
    IsNotEmpty(),
    MaxLength(max),
    HasNoCprNumber(),
  );
}

/** An optional e-mail address: trimmed, an empty one becomes null; checked as users' addresses are, no CPR number. */
export function IsOptionalEmail(max: number) {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value)),
    ValidateIf((_, value) => value !== null && value !== undefined),
    IsString(),
    IsEmail(),
    MaxLength(max),
    HasNoCprNumber(),
  );
}

/** An optional name: null/undefined allowed, an empty string becomes null. */
export function IsOptionalName(max: number) {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value)),
    ValidateIf((_, value) => value !== null && value !== undefined),
    IsString(),
    MaxLength(max),
    HasNoCprNumber(),
  );
}

/** Any date the platform keeps lies in this century or the last (inquiries' own dates are narrower: inquiryProblems). */
export const PLAUSIBLE_DATES = { from: '1900-01-01', to: '2099-12-31' } as const;

/** An optional date as YYYY-MM-DD that exists in the calendar, within PLAUSIBLE_DATES. */
export function IsOptionalCalendarDate() {
  return applyDecorators(
    ValidateIf((_, value) => value !== null && value !== undefined),
    ValidateBy({
      name: 'isCalendarDate',
      validator: {
        validate: (value) => isCalendarDate(value),
      },
    }),
    ValidateBy({
      name: 'isPlausibleDate',
      validator: {
        validate: (value) => typeof value !== 'string' || (value >= PLAUSIBLE_DATES.from && value <= PLAUSIBLE_DATES.to),
      },
    }),
  );
}
