import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { INQUIRY_LIMITS, TEXT_LIMITS } from '@raadgiver/domain';
import { IsName, IsOptionalEmail, IsOptionalName } from '../../validation/text.decorators';

export const CITIZEN_LIMITS = { phone: 40 } as const;

@InputType()
export class CreateCitizenInput {
  @Field() @IsName(INQUIRY_LIMITS.citizenReference) reference!: string;
  @Field() @IsName(TEXT_LIMITS.name) displayName!: string;
  @Field(() => String, { nullable: true }) @IsOptionalEmail(TEXT_LIMITS.email) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptionalName(CITIZEN_LIMITS.phone) phone?: string | null;
}

@InputType()
export class UpdateCitizenInput {
  @Field(() => ID) @IsUUID('all') id!: string;
  @Field() @IsName(INQUIRY_LIMITS.citizenReference) reference!: string;
  @Field() @IsName(TEXT_LIMITS.name) displayName!: string;
  @Field(() => String, { nullable: true }) @IsOptionalEmail(TEXT_LIMITS.email) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptionalName(CITIZEN_LIMITS.phone) phone?: string | null;
}
