import { Field, InputType } from '@nestjs/graphql';
import { IsString } from 'class-validator';
import { InvalidInputError, isCalendarDate, ReportPeriod } from '@raadgiver/domain';

/** A report period, both ends included. Checked by `checkPeriod`, so that errors name the argument ("period.to"). */
@InputType('PeriodInput')
export class PeriodInput {
  @Field({ description: 'First day, YYYY-MM-DD' }) @IsString() from!: string;
  @Field({ description: 'Last day, YYYY-MM-DD (included)' }) @IsString() to!: string;
}

/** The longest period a report or preview may cover. */
export const MAX_PERIOD_YEARS = 2;

function addYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

/** Both dates exist as YYYY-MM-DD, from ≤ to, and at most two years: 2018-01-01–2019-12-31 is the longest from 2018-01-01. */
export function checkPeriod(input: PeriodInput, field: string): ReportPeriod {
  if (!isCalendarDate(input.from)) throw InvalidInputError.of(`${field}.from`, 'not_a_date');
  if (!isCalendarDate(input.to)) throw InvalidInputError.of(`${field}.to`, 'not_a_date');
  if (input.to < input.from) throw InvalidInputError.of(`${field}.to`, 'date_before_field', { other: `${field}.from`, date: input.from });
  if (input.to >= addYears(input.from, MAX_PERIOD_YEARS)) {
    throw InvalidInputError.of(`${field}.to`, 'period_too_long', { years: MAX_PERIOD_YEARS });
  }
  return { from: input.from, to: input.to };
}

export function checkOptionalPeriod(input: PeriodInput | null | undefined, field: string): ReportPeriod | null {
  return input ? checkPeriod(input, field) : null;
}
