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
  @Field({ description: 'False once the tenant admin deactivated the membership: the user cannot work in this municipality' })
  active!: boolean;
  @Field(() => Date, { nullable: true, description: 'When the user last logged in to this municipality; null if never' })
  lastLoginAt!: Date | null;
  @Field({ description: 'The user has a second factor for password logins (TOTP); the tenant admin may reset it' })
  hasSecondFactor!: boolean;
  @Field({ description: "Logged in through the municipality's own login and has no role yet: the tenant admin grants one (venter på adgang)" })
  awaitingAccess!: boolean;
}

@InputType()
export class MembershipInput {
  @Field(() => [TenantRoleEnum]) @ArrayMinSize(1) @ArrayMaxSize(4) @IsIn(TENANT_ROLES, { each: true }) roles!: TenantRole[];
  @Field(() => [ID], { nullable: true, description: 'Units a department contact answers for' })
  @IsOptional() @ArrayMaxSize(100) @IsUUID('all', { each: true }) orgUnitIds?: string[] | null;
}

@InputType({ description: 'Who is invited: the address the link goes to, and the name used if the person has no account yet' })
export class InviteTenantUserInput extends MembershipInput {
  @Field() @IsEmail() @MaxLength(TEXT_LIMITS.email) @HasNoCprNumber() email!: string;
  @Field() @IsName(TEXT_LIMITS.name) displayName!: string;
}

@ObjectType('TenantInvitation', {
  description: 'An open invitation to this municipality: only what the tenant admin gave, whether or not the address already has an account',
})
export class TenantInvitationType {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
  @Field(() => [TenantRoleEnum]) roles!: TenantRole[];
  orgUnitIds!: string[];
  @Field() createdAt!: Date;
  @Field() expiresAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When the e-mail with the link went; null until it has' }) sentAt!: Date | null;
}

@ObjectType('InvitationPreview', { description: 'What the holder of an invitation link is invited to' })
export class InvitationPreviewType {
  @Field() municipalityName!: string;
  @Field() email!: string;
  @Field(() => [TenantRoleEnum]) roles!: TenantRole[];
  @Field() expiresAt!: Date;
  @Field({ description: 'True when the address has no password yet: accepting sets one; otherwise accepting asks for it' })
  choosesPassword!: boolean;
  @Field(() => String, { nullable: true, description: "Where to log in when the municipality requires its own login: accepting is logging in there" })
  ssoLoginPath!: string | null;
}

@InputType()
export class AcceptInvitationInput {
  @Field() @Length(1, 200) token!: string;
  @Field({ description: 'The password of the existing account, or the new one to choose' })
  @Length(TEXT_LIMITS.password.min, TEXT_LIMITS.password.max)
  password!: string;
}

@InputType()
export class UpdateMembershipInput extends MembershipInput {
  @Field(() => ID) @IsUUID('all') userId!: string;
}
