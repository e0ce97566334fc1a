import depthLimit from 'graphql-depth-limit';
import { specifiedRules, validate, ValidationContext, ValidationRule } from 'graphql';
import { toGraphqlErrors } from '../common/graphql-errors';
import { sizeError } from './complexity.plugin';

/**
 * graphql-depth-limit as a validation rule that runs only on a document GraphQL's own rules accept.
 * Apollo runs every rule in one pass, and depth-limit walks the document as soon as it is created,
 * following fragment spreads: a fragment cycle made it recurse until the stack overflowed (HTTP 500),
 * and an undefined fragment made it throw. Here such a document gets GraphQL's own errors (400) and
 * the depth is measured only once NoFragmentCycles, KnownFragmentNames and the rest have passed.
 * depth-limit also walks a fragment once per spread: fragments spreading the next one twice double at
 * each level (30 levels took minutes of blocked event loop), so an oversized document is refused first.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  const limit = depthLimit(maxDepth) as unknown as ValidationRule;
  return (context: ValidationContext) => {
    // Apollo validates each distinct document once and caches it, so this second pass costs little.
    if (validate(context.getSchema(), context.getDocument(), specifiedRules, { maxErrors: 1 }).length > 0) return {};
    const tooLarge = sizeError(context.getDocument());
    if (tooLarge) {
      // Validation knows no request: its errors are in the default language.
      context.reportError(toGraphqlErrors(tooLarge, 'da')[0]);
      return {};
    }
    return limit(context);
  };
}
