import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsEmail, IsIn, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { TENANT_ROLES, TenantRole, TEXT_LIMITS } from '@raadgiver/domain';
import { TenantRoleEnum } from '../graphql/enums';
import { HasNoCprNumber, IsName } from '../validation/text.decorators';

@ObjectType('TenantUser', { description: 'A user with a membership in the current municipality' })
export class TenantUserType {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => [TenantRoleEnum]) roles!: TenantRole[];
  orgUnitIds!: string[];
}

@InputType()
export class MembershipInput {
  @Field(() => [TenantRoleEnum]) @ArrayMinSize(1, { message: 'roles must hold at least one role' }) @ArrayMaxSize(4) @IsIn(TENANT_ROLES, { each: true }) roles!: TenantRole[];
  @Field(() => [ID], { nullable: true, description: 'Units a department contact answers for' })
  @IsOptional() @ArrayMaxSize(100) @IsUUID('all', { each: true, message: 'orgUnitIds must hold ids' }) orgUnitIds?: string[] | null;
}

@InputType()
export class CreateTenantUserInput extends MembershipInput {
  @Field() @IsEmail({}, { message: 'email must be an e-mail address' }) @MaxLength(TEXT_LIMITS.email) @HasNoCprNumber() email!: string;
  @Field() @IsName(TEXT_LIMITS.name) displayName!: string;
  @Field(() => String, { nullable: true, description: 'Left out for users who log in through the municipality’s SSO' })
  @IsOptional() @Length(TEXT_LIMITS.password.min, TEXT_LIMITS.password.max, { message: `password must be ${TEXT_LIMITS.password.min} to ${TEXT_LIMITS.password.max} characters` })
  password?: string | null;
}

@InputType()
export class UpdateMembershipInput extends MembershipInput {
  @Field(() => ID) @IsUUID('all', { message: 'userId must be an id' }) userId!: string;
}
