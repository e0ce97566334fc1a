import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { OperatorOnly, Roles } from '../access/access.decorators';
import { RequestContext } from '../graphql/request-context';
import { RetentionService } from './retention.service';
import {
  CitizenErasureType, EraseCitizenInput, InquiryHoldInput, InquiryRetentionType, RetentionBoundsInput, RetentionBoundsType, RetentionSettingsInput,
  RetentionSettingsType,
} from './retention.types';

@Resolver()
export class RetentionResolver {
  constructor(private readonly service: RetentionService) {}

  @Roles('tenant_admin')
  @Query(() => RetentionSettingsType, { description: "The municipality's retention and the operator's bounds" })
  retentionSettings(@Context() ctx: RequestContext) {
    return this.service.settings(ctx);
  }

  @Roles('tenant_admin')
  @Mutation(() => RetentionSettingsType, { description: 'Sets the retention within the bounds; each value outside them is a field error' })
  setRetentionSettings(@Args('input') input: RetentionSettingsInput, @Context() ctx: RequestContext) {
    return this.service.setSettings(ctx, input);
  }

  @OperatorOnly()
  @Query(() => RetentionBoundsType, { description: "The bounds of every municipality's retention" })
  retentionBounds(@Context() ctx: RequestContext) {
    return this.service.bounds(ctx);
  }

  @OperatorOnly()
  @Mutation(() => RetentionBoundsType, { description: "Sets the bounds of every municipality's retention; a setting outside them counts as the nearest bound" })
  setRetentionBounds(@Args('input') input: RetentionBoundsInput, @Context() ctx: RequestContext) {
    return this.service.setBounds(ctx, input);
  }

  @Roles('tenant_admin')
  @Query(() => InquiryRetentionType, { description: "An inquiry's hold and whether its personal data was removed, by its id or its case number" })
  inquiryRetention(
    @Args('inquiryId', { type: () => ID, nullable: true }) inquiryId: string | null,
    @Args('reference', { type: () => String, nullable: true }) reference: string | null,
    @Context() ctx: RequestContext,
  ) {
    return this.service.inquiryRetention(ctx, { inquiryId, reference });
  }

  @Roles('tenant_admin')
  @Mutation(() => InquiryRetentionType, { description: 'Puts a hold (arkiveringshold) on an inquiry: nothing of it is removed until it is lifted' })
  setInquiryHold(@Args('input') input: InquiryHoldInput, @Context() ctx: RequestContext) {
    return this.service.setHold(ctx, input.inquiryId, input.reason);
  }

  @Roles('tenant_admin')
  @Mutation(() => InquiryRetentionType, { description: "Lifts an inquiry's hold, with the reason" })
  liftInquiryHold(@Args('input') input: InquiryHoldInput, @Context() ctx: RequestContext) {
    return this.service.liftHold(ctx, input.inquiryId, input.reason);
  }

  @Roles('tenant_admin')
  @Mutation(() => CitizenErasureType, { description: "Article 17: erases the citizen's personal data on request, keeping every statistical field" })
  eraseCitizen(@Args('input') input: EraseCitizenInput, @Context() ctx: RequestContext) {
    return this.service.eraseCitizen(ctx, input.citizenId, input.reason);
  }
}
