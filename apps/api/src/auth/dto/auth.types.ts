import { Field, ID, ObjectType } from '@nestjs/graphql';
import { TenantRole } from '@raadgiver/domain';
import { TenantRoleEnum } from '../../graphql/enums';
import { TenantType } from '../../tenants/tenant.type';

@ObjectType('User')
export class UserType {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() displayName!: string;
}

@ObjectType('TenantAccess', { description: 'A municipality the user may work in, with the roles held there' })
export class TenantAccessType {
  @Field(() => TenantType) tenant!: TenantType;
  @Field(() => [TenantRoleEnum]) roles!: TenantRole[];
}

@ObjectType('SecondFactorStatus', { description: "The signed-in user's second factor for password logins (TOTP with recovery codes)" })
export class SecondFactorStatusType {
  @Field({ description: 'A second factor is set up: a password login asks for its code' }) enabled!: boolean;
  @Field({ description: 'The operator and tenant admins must have one' }) required!: boolean;
  @Field({ description: 'This session may do nothing but set one up' }) setupPending!: boolean;
}

@ObjectType('Me')
export class MeType {
  @Field(() => UserType) user!: UserType;
  @Field() isOperator!: boolean;
  @Field(() => TenantType, { nullable: true }) activeTenant!: TenantType | null;
  @Field(() => [TenantRoleEnum], { description: 'Roles in the active municipality' }) roles!: TenantRole[];
  @Field(() => [TenantAccessType]) tenants!: TenantAccessType[];
  @Field(() => SecondFactorStatusType) secondFactor!: SecondFactorStatusType;
}

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field() accessToken!: string;
  @Field() expiresAt!: Date;
  @Field(() => MeType) me!: MeType;
}

@ObjectType('LoginResult', {
  description: 'A session (the fields of AuthPayload), or, for a user with a second factor, the challenge completeSecondFactorLogin answers',
})
export class LoginResultType {
  @Field(() => String, { nullable: true }) accessToken!: string | null;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field(() => MeType, { nullable: true }) me!: MeType | null;
  @Field(() => String, { nullable: true, description: 'Set instead of a session when a code is asked for; valid for 5 minutes' })
  secondFactorChallenge!: string | null;
}

@ObjectType('SecondFactorSetup', { description: 'A new TOTP secret for an authenticator app; it counts once its first code is confirmed' })
export class SecondFactorSetupType {
  @Field({ description: 'The secret in base32, for typing into the app' }) secret!: string;
  @Field({ description: 'The otpauth:// URI the QR code holds' }) otpauthUri!: string;
  @Field({ description: 'The QR code as a data: URL (PNG)' }) qrCodeDataUrl!: string;
}

@ObjectType('SecondFactorConfirmation')
export class SecondFactorConfirmationType {
  @Field(() => [String], { description: 'One-time recovery codes: shown this once, stored only as hashes' }) recoveryCodes!: string[];
  @Field(() => AuthPayloadType, { description: 'The session, no longer limited to the setup' }) session!: AuthPayloadType;
}
