import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';

/** A TOTP code or a recovery code; the longest accepted form is a recovery code with dashes and spaces. */
const CODE_MAX = 32;

@InputType()
export class SecondFactorLoginInput {
  @Field({ description: 'The secondFactorChallenge of the login' }) @IsNotEmpty() @MaxLength(2000) challenge!: string;
  @Field({ description: 'The six digits from the authenticator app, or an unused recovery code' }) @IsNotEmpty() @MaxLength(CODE_MAX) code!: string;
}

@InputType()
export class ConfirmSecondFactorInput {
  @Field({ description: 'The six digits the authenticator app shows for the new secret' }) @IsNotEmpty() @MaxLength(CODE_MAX) code!: string;
}
