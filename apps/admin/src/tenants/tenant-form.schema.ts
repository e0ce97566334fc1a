import { TEXT_LIMITS } from '@raadgiver/domain';
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { BenchmarkPeerGroup } from '../gql/graphql';
import { emailAddress, optionalWholeNumber, requiredText } from '../ui/form-schemas';

/** The peer groups in the order the form offers them. */
export const PEER_GROUP_VALUES: readonly BenchmarkPeerGroup[] = ['hovedstad', 'storby', 'provinsby', 'opland', 'land'];

const isPeerGroup = (value: string): value is BenchmarkPeerGroup => (PEER_GROUP_VALUES as readonly string[]).includes(value);

/**
 * A new municipality: one of the reference list, its peer group and its first administrator (all required), and its
 * inhabitants in a year (optional, both or neither).
 */
export function tenantSchema(t: TFunction) {
  return z
    .object({
      kommunekode: z.string().min(1, { error: () => t('tenants.chooseMunicipality') }),
      peerGroup: z
        .string()
        .refine(isPeerGroup, { error: () => t('tenants.choosePeerGroup') })
        .transform((value) => value as BenchmarkPeerGroup),
      adminEmail: emailAddress(TEXT_LIMITS.email, () => t('users.invalidEmail')),
      adminName: requiredText(TEXT_LIMITS.name),
      inhabitants: optionalWholeNumber(1, 2_000_000),
      populationYear: optionalWholeNumber(1970, 2100),
    })
    .superRefine((value, context) => {
      if ((value.inhabitants === null) !== (value.populationYear === null)) {
        context.addIssue({ code: 'custom', path: [value.inhabitants === null ? 'inhabitants' : 'populationYear'], message: t('tenants.populationPair') });
      }
    });
}
