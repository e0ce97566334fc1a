import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsOptional, IsString, Length, MaxLength } from 'class-validator';

@ObjectType('OidcSettings', { description: "A municipality's OpenID Connect login. The client secret is never returned: only whether one is set and when" })
export class OidcSettingsType {
  @Field() issuerUrl!: string;
  @Field() clientId!: string;
  @Field({ description: 'Whether a client secret is stored (sealed at rest)' })
  secretSet!: boolean;
  @Field(() => Date, { nullable: true, description: 'When the client secret was last set' })
  secretSetAt!: Date | null;
  @Field(() => [String]) emailDomains!: string[];
  @Field({ description: 'Members log in through the provider only; a password login does not open this municipality' })
  ssoRequired!: boolean;
  @Field() enabled!: boolean;
  @Field({ description: 'The address the provider sends people back to (register it as the redirect URI)' })
  redirectPath!: string;
  @Field(() => Date) updatedAt!: Date;
}

@InputType({ description: 'OpenID Connect settings; a client secret, when given, replaces the stored one at once' })
export class OidcSettingsInput {
  @Field() @IsString() @Length(1, 2000) issuerUrl!: string;
  @Field() @IsString() @Length(1, 500) clientId!: string;
  @Field(() => String, { nullable: true, description: 'Left out (or empty) to keep the stored secret' })
  @IsOptional() @IsString() @MaxLength(4000) clientSecret?: string | null;
  @Field(() => [String]) @ArrayMaxSize(20) @IsString({ each: true }) @Length(1, 253, { each: true }) emailDomains!: string[];
  @Field() @IsBoolean() ssoRequired!: boolean;
  @Field() @IsBoolean() enabled!: boolean;
}

@ObjectType('LoginProvider', { description: "A municipality's own login, offered on the login page" })
export class LoginProviderType {
  @Field() slug!: string;
  @Field() municipalityName!: string;
  @Field({ description: 'oidc or saml' }) kind!: string;
  @Field({ description: 'Where the login starts: /auth/<kind>/<slug>/login' }) loginPath!: string;
}

@ObjectType('ResealResult', { description: 'How many stored secrets were sealed again with the current key of SECRET_KEYS' })
export class ResealResultType {
  @Field(() => Int) resealed!: number;
  @Field({ description: 'The key that seals new secrets' }) currentKeyId!: string;
}
