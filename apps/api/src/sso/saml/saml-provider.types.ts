import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { TENANT_ROLES, TenantRole } from '@raadgiver/domain';
import { TenantRoleEnum } from '../../graphql/enums';

const PEM_MAX = 16_000;

@ObjectType('SamlPrivilegeGrant', { description: 'A privilege value from the assertion and the role it gives' })
export class SamlPrivilegeGrantType {
  @Field() privilege!: string;
  @Field(() => TenantRoleEnum) role!: TenantRole;
  @Field(() => [ID], { description: 'The units of a department contact; empty for the other roles' }) orgUnitIds!: string[];
}

@InputType()
export class SamlPrivilegeGrantInput {
  @Field() @IsString() @Length(1, 500) privilege!: string;
  @Field(() => TenantRoleEnum) @IsIn(TENANT_ROLES) role!: TenantRole;
  @Field(() => [ID], { nullable: true }) @IsOptional() @ArrayMaxSize(100) @IsUUID('all', { each: true }) orgUnitIds?: string[] | null;
}

@ObjectType('SamlProvider', { description: "The municipality's SAML 2.0 login (KOMBIT's Context Handler); the SP's private key is never returned" })
export class SamlProviderType {
  @Field() idpEntityId!: string;
  @Field({ description: 'The IdP endpoint AuthnRequests go to (HTTP-Redirect binding)' }) idpSsoUrl!: string;
  @Field(() => [String], { description: "The IdP's signing certificates (PEM); any of them verifies" }) idpCertificates!: string[];
  @Field() encryptedAssertions!: boolean;
  @Field({ description: "The SP's entity id in this municipality: also its metadata's address" }) spEntityId!: string;
  @Field() acsUrl!: string;
  @Field() loginUrl!: string;
  @Field({ description: "The SP's certificate (PEM), published in the metadata" }) spCertificate!: string;
  @Field() privilegeAttribute!: string;
  @Field(() => [SamlPrivilegeGrantType]) privilegeMap!: SamlPrivilegeGrantType[];
  @Field() enabled!: boolean;
  @Field() updatedAt!: Date;
}

@InputType({ description: "The municipality's SAML settings. Without spPrivateKey and spCertificate the stored key pair stays, or one is generated" })
export class SamlProviderInput {
  @Field() @IsString() @Length(1, 2000) idpEntityId!: string;
  @Field() @IsString() @Length(1, 2000) idpSsoUrl!: string;
  @Field(() => [String]) @ArrayMinSize(1) @ArrayMaxSize(4) @IsString({ each: true }) @MaxLength(PEM_MAX, { each: true }) idpCertificates!: string[];
  @Field({ defaultValue: false }) @IsBoolean() encryptedAssertions!: boolean;
  @Field(() => String, { nullable: true, description: "The SP's private key (PEM), stored sealed; never returned" })
  @IsOptional() @IsString() @MaxLength(PEM_MAX) spPrivateKey?: string | null;
  @Field(() => String, { nullable: true, description: "The SP's certificate (PEM) for spPrivateKey" })
  @IsOptional() @IsString() @MaxLength(PEM_MAX) spCertificate?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'A new generated key pair for the SP (the IdP must then read the new metadata)' })
  @IsOptional() @IsBoolean() generateSpKeyPair?: boolean | null;
  @Field(() => String, { nullable: true, description: 'The attribute carrying the privileges; OIOSAML Privileges_intermediate unless set' })
  @IsOptional() @IsString() @Length(1, 500) privilegeAttribute?: string | null;
  @Field(() => [SamlPrivilegeGrantInput]) @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => SamlPrivilegeGrantInput) privilegeMap!: SamlPrivilegeGrantInput[];
  @Field({ defaultValue: true }) @IsBoolean() enabled!: boolean;
}
