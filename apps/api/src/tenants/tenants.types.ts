import { Field, InputType, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { TEXT_LIMITS } from '@raadgiver/domain';
import { IsName } from '../validation/text.decorators';

@InputType()
export class CreateTenantInput {
  @Field() @IsName(TEXT_LIMITS.name) name!: string;
  @Field({ description: 'Three-digit kommunekode' }) @Matches(/^\d{3}$/) kommunekode!: string;
  @Field() @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/) slug!: string;
  @Field({ defaultValue: 'da' }) @IsIn(['da', 'en']) locale!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(2_000_000) inhabitants?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1970) @Max(2100) populationYear?: number | null;
}
