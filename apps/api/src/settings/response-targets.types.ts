import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { RESPONSE_TARGET_LIMITS } from '@raadgiver/domain';

@ObjectType('ResponseTargets', { description: "The municipality's targets in days from receipt" })
export class ResponseTargetsType {
  @Field(() => Int) firstContactDays!: number;
  @Field(() => Int) closeDays!: number;
}


@InputType()
export class ResponseTargetsInput {
  @Field(() => Int) @IsInt() @Min(RESPONSE_TARGET_LIMITS.min) @Max(RESPONSE_TARGET_LIMITS.max)
  firstContactDays!: number;
  @Field(() => Int) @IsInt() @Min(RESPONSE_TARGET_LIMITS.min) @Max(RESPONSE_TARGET_LIMITS.max)
  closeDays!: number;
}
