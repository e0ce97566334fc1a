import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { findUnsafeText } from '@raadgiver/domain';
import { ApiError } from '../errors/api-error';

function firstProblem(errors: ValidationError[], path: string[] = []): { field: string; message: string } | null {
  for (const error of errors) {
    const messages = Object.values(error.constraints ?? {});
    if (messages.length) return { field: [...path, error.property].join('.'), message: messages[0] };
    const nested = firstProblem(error.children ?? [], [...path, error.property]);
    if (nested) return nested;
  }
  return null;
}

/**
 * Every argument of every operation, GraphQL and REST alike: first no string anywhere in it may hold a character
 * that cannot be stored (NUL, other controls, lone surrogates), then class-validator on input types. The first
 * problem becomes a BAD_USER_INPUT naming the field. Uploaded files (custom parameters) are checked where they are
 * read (uploadedFileName).
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      // An input object's fields are named as class-validator names them (relative to it); a plain argument by its name.
      const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
      const unsafe = findUnsafeText(value, isObject || !metadata.data ? [] : [metadata.data]);
      if (unsafe) throw ApiError.badInput(unsafe.field || metadata.data || 'input', `${unsafe.field || metadata.data || 'input'} ${unsafe.reason}`);
    }
    return super.transform(value, metadata);
  }
}

export function inputValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const problem = firstProblem(errors) ?? { field: 'input', message: 'Invalid input' };
      return ApiError.badInput(problem.field, problem.message);
    },
  });
}
