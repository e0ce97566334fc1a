import { getMetadataStorage, ValidationError } from 'class-validator';
import { FieldProblem, MessageCode, MessageParams, UnsafeText } from '@raadgiver/domain';
import { PLAUSIBLE_DATES } from './text.decorators';

type Constraints = readonly unknown[];

/**
 * class-validator's constraints (by the name it reports them under) as the catalogue's codes, in the order they are
 * told: of several a field breaks, the first here is the one answered (its type before its length). Messages come
 * from the catalogue only; class-validator's own (English) messages are never shown.
 */
const CONSTRAINT_CODES: readonly [string, (constraints: Constraints) => { code: MessageCode; params?: MessageParams }][] = [
  ['whitelistValidation', () => ({ code: 'invalid' })],
  ['isString', () => ({ code: 'not_text' })],
  ['isInt', () => ({ code: 'not_integer' })],
  ['isBoolean', () => ({ code: 'not_boolean' })],
  ['isUuid', () => ({ code: 'not_an_id' })],
  ['isIn', () => ({ code: 'not_in_list' })],
  ['isNotEmpty', () => ({ code: 'required' })],
  ['notBlank', () => ({ code: 'required' })],
  ['isEmail', () => ({ code: 'not_email' })],
  ['isCalendarDate', () => ({ code: 'not_a_date' })],
  ['isPlausibleDate', () => ({ code: 'date_out_of_range', params: PLAUSIBLE_DATES })],
  ['matches', () => ({ code: 'invalid_format' })],
  ['isLength', ([min, max]) => ({ code: 'length_between', params: { min: Number(min), max: Number(max) } })],
  ['minLength', ([min]) => ({ code: 'too_short', params: { min: Number(min) } })],
  ['maxLength', ([max]) => ({ code: 'too_long', params: { max: Number(max) } })],
  ['min', ([min]) => ({ code: 'too_small', params: { min: Number(min) } })],
  ['max', ([max]) => ({ code: 'too_large', params: { max: Number(max) } })],
  ['arrayMinSize', ([min]) => ({ code: 'too_few', params: { min: Number(min) } })],
  ['arrayMaxSize', ([max]) => ({ code: 'too_many', params: { max: Number(max) } })],
  ['hasNoCprNumber', () => ({ code: 'cpr_like' })],
  ['cprNeedsConfirmation', () => ({ code: 'cpr_needs_confirmation' })],
];
/** The constraint names mapped above (a unit test proves every constraint the inputs use is among them). */
export const MAPPED_CONSTRAINTS = new Set(CONSTRAINT_CODES.map(([name]) => name));

/** The constraints' arguments of `name` on a property (`maxLength` → [200]), from class-validator's metadata. */
function constraintsOf(target: object | undefined, property: string, name: string): Constraints {
  if (!target) return [];
  const storage = getMetadataStorage();
  const metadata = storage.getTargetValidationMetadatas(target.constructor, '', true, false).find((m) => m.propertyName === property && (m.name ?? storage.getTargetValidatorConstraints(m.constraintCls)[0]?.name) === name);
  return metadata?.constraints ?? [];
}

/** The one problem of a field that breaks the constraints `names`: the first in CONSTRAINT_CODES, else `invalid`. */
function problemOf(error: ValidationError, path: string): FieldProblem {
  const names = Object.keys(error.constraints ?? {});
  const mapped = CONSTRAINT_CODES.find(([name]) => names.includes(name));
  if (!mapped) return { path, code: 'invalid' };
  const [name, toCode] = mapped;
  // A number with both bounds is told both: "skal være mellem 1 og 100".
  if (name === 'min' || name === 'max') {
    const [min] = constraintsOf(error.target, error.property, 'min');
    const [max] = constraintsOf(error.target, error.property, 'max');
    if (min !== undefined && max !== undefined) return { path, code: 'out_of_range', params: { min: Number(min), max: Number(max) } };
  }
  return { path, ...toCode(constraintsOf(error.target, error.property, name)) };
}

/**
 * Every field class-validator found wrong, one problem each, with its path as the API names it (`period.to`,
 * `entries[2].code`), below `prefix` when given (`filter.search`).
 */
export function fieldProblems(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).length > 0 ? [problemOf(error, path)] : [];
    return [...own, ...fieldProblems(error.children ?? [], path)];
  });
}

/** A text that cannot be stored, as the problem of its field. */
export function unsafeTextProblem(path: string, found: UnsafeText): FieldProblem {
  return { path, code: 'unsafe_text', params: { character: found.character, codePoint: found.codePoint } };
}
