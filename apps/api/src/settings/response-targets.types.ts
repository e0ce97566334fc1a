import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { RESPONSE_TARGET_LIMITS } from '@raadgiver/domain';

@ObjectType('ResponseTargets', { description: "The municipality's targets in days from receipt" })
export class ResponseTargetsType {
  @Field(() => Int) firstContactDays!: number;
  @Field(() => Int) closeDays!: number;
}

const range = (field: string) => ({ message: `${field} must be between ${RESPONSE_TARGET_LIMITS.min} and ${RESPONSE_TARGET_LIMITS.max} days` });

@InputType()
export class ResponseTargetsInput {
  @Field(() => Int) @IsInt(range('firstContactDays')) @Min(RESPONSE_TARGET_LIMITS.min, range('firstContactDays')) @Max(RESPONSE_TARGET_LIMITS.max, range('firstContactDays'))
  firstContactDays!: number;
  @Field(() => Int) @IsInt(range('closeDays')) @Min(RESPONSE_TARGET_LIMITS.min, range('closeDays')) @Max(RESPONSE_TARGET_LIMITS.max, range('closeDays'))
  closeDays!: number;
}
