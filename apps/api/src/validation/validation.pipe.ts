import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { findUnsafeText, InvalidInputError } from '@raadgiver/domain';
import { fieldProblems, unsafeTextProblem } from './field-problems';

/**
 * Every argument of every operation, GraphQL and REST alike: first no string anywhere in it may hold a character
 * that cannot be stored (NUL, other controls, lone surrogates), then class-validator on input types. Every wrong
 * field is answered at once, as one InvalidInputError with a problem per field. Uploaded files (custom
 * parameters) are checked where they are read (uploadedFileName).
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      // An input object's fields are named as class-validator names them (relative to it); a plain argument by its name.
      const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
      const unsafe = findUnsafeText(value, isObject || !metadata.data ? [] : [metadata.data]);
      if (unsafe) throw new InvalidInputError([unsafeTextProblem(unsafe.field || metadata.data || 'input', unsafe)]);
    }
    return super.transform(value, metadata);
  }
}

export function inputValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    // All constraints of a field are checked; fieldProblems tells one of them per field.
    stopAtFirstError: false,
    // fieldProblems reads each constraint's arguments (a maximum length) through the validated object.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => {
      const problems = fieldProblems(errors);
      return new InvalidInputError(problems.length ? problems : [{ path: 'input', code: 'invalid' }]);
    },
  });
}
