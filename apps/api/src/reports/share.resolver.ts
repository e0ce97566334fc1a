import { Args, Parent, ResolveField, Resolver, registerEnumType } from '@nestjs/graphql';
import { Fraction, fractionProse, fractionTable, PercentLocale } from '@raadgiver/domain';
import { ShareType } from './report-figures.types';

export const PercentLocaleEnum = { DA: 'da', EN: 'en' } as const satisfies Record<string, PercentLocale>;
registerEnumType(PercentLocaleEnum, { name: 'PercentLocale', description: 'DA writes a decimal comma (70,7), EN a decimal point (70.7)' });

/** The rounded forms of a share, computed by the domain's integer rounding (half up), never typed. */
@Resolver(() => ShareType)
export class ShareResolver {
  @ResolveField(() => String, { description: 'Whole per cent, rounded half up, without the % sign: "79"' })
  prose(@Parent() share: Fraction, @Args('locale', { type: () => PercentLocaleEnum, defaultValue: 'en' }) locale: PercentLocale): string {
    return fractionProse(share, locale);
  }

  @ResolveField(() => String, { description: 'One decimal, rounded half up, without the % sign: "70.7" (EN) or "70,7" (DA)' })
  table(@Parent() share: Fraction, @Args('locale', { type: () => PercentLocaleEnum, defaultValue: 'en' }) locale: PercentLocale): string {
    return fractionTable(share, locale);
  }
}
