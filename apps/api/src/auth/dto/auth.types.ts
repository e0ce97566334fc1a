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

@ObjectType('Me')
export class MeType {
  @Field(() => UserType) user!: UserType;
  @Field() isOperator!: boolean;
  @Field(() => TenantType, { nullable: true }) activeTenant!: TenantType | null;
  @Field(() => [TenantRoleEnum], { description: 'Roles in the active municipality' }) roles!: TenantRole[];
  @Field(() => [TenantAccessType]) tenants!: TenantAccessType[];
}

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field() accessToken!: string;
  @Field() expiresAt!: Date;
  @Field(() => MeType) me!: MeType;
}
