import { InvalidInputError, isUuid } from '@raadgiver/domain';

/** An ID argument that reaches SQL must be a uuid; anything else is bad input naming the argument. */
export function assertId(value: string, field = 'id'): string {
  if (!isUuid(value)) throw InvalidInputError.of(field, 'not_an_id');
  return value;
}
