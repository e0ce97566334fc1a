import { ValidationError, ValidationPipe } from '@nestjs/common';
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

/** class-validator on every input; the first problem becomes a BAD_USER_INPUT naming the field. */
export function inputValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const problem = firstProblem(errors) ?? { field: 'input', message: 'Invalid input' };
      return ApiError.badInput(problem.field, problem.message);
    },
  });
}
