import { ApiError } from '../errors/api-error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An ID argument that reaches SQL must be a uuid; anything else is bad input naming the argument. */
export function assertId(value: string, field = 'id'): string {
  if (!UUID.test(value)) throw ApiError.badInput(field, `${field} must be an id`);
  return value;
}
