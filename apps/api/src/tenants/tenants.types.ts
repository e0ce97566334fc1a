import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { PeerGroup, PEER_GROUPS, TEXT_LIMITS } from '@raadgiver/domain';
import { PeerGroupEnum } from '../benchmark/benchmark.types';
import { IsOptionalEmail, IsOptionalName } from '../validation/text.decorators';

@InputType({ description: 'A municipality of the reference list, and the person invited as its first tenant admin' })
export class CreateTenantInput {
  @Field({ description: 'Three-digit kommunekode' }) @Matches(/^\d{3}$/) kommunekode!: string;
  @Field(() => String, { nullable: true, description: 'Defaults to the reference list\'s name ("Lejre Kommune")' })
  @IsOptionalName(TEXT_LIMITS.name)
  name?: string | null;
  @Field(() => String, { nullable: true, description: 'Defaults to the name spelled as an address part ("lyngby-taarbaek")' })
  @IsOptional()
  @MaxLength(TEXT_LIMITS.slug)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  slug?: string | null;
  @Field({ defaultValue: 'da' }) @IsIn(['da', 'en']) locale!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(2_000_000) inhabitants?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1970) @Max(2100) populationYear?: number | null;
  @Field(() => PeerGroupEnum, { nullable: true, description: 'The benchmark peer group (sammenligningsgruppe)' })
  @IsOptional()
  @IsIn(PEER_GROUPS)
  peerGroup?: PeerGroup | null;
  @Field(() => String, { nullable: true, description: 'The first tenant admin, invited by e-mail' })
  @IsOptionalEmail(TEXT_LIMITS.email)
  adminEmail?: string | null;
  @Field(() => String, { nullable: true, description: "The first tenant admin's name, with adminEmail" })
  @IsOptionalName(TEXT_LIMITS.name)
  adminName?: string | null;
}

@ObjectType('PlatformTenant', { description: 'A municipality on the platform as the operator sees it: its settings and how much it is used, no case content' })
export class PlatformTenantType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() kommunekode!: string;
  @Field() slug!: string;
  @Field(() => PeerGroupEnum, { nullable: true }) peerGroup!: PeerGroup | null;
  @Field() active!: boolean;
  @Field(() => Date, { nullable: true }) deactivatedAt!: Date | null;
  @Field(() => Int, { description: 'Users with an active membership' }) activeUsers!: number;
  @Field(() => Int, { description: 'Inquiries registered since 1 January (Danish time)' }) inquiriesThisYear!: number;
  @Field(() => Date, { nullable: true, description: 'The last login or registration, whichever came last' }) lastActivityAt!: Date | null;
}

@ObjectType('Municipality', { description: 'One of the 98 Danish municipalities of the reference list' })
export class MunicipalityType {
  @Field() code!: string;
  @Field() name!: string;
  @Field() region!: string;
  @Field({ description: 'Whether it is already on the platform' }) onPlatform!: boolean;
}
