import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, MaxLength } from 'class-validator';
import { TEXT_LIMITS } from '@raadgiver/domain';

@InputType()
export class LoginInput {
  @Field()
  @IsNotEmpty()
  @IsEmail()
  @MaxLength(TEXT_LIMITS.email)
  email!: string;

  @Field()
  @IsNotEmpty()
  @MaxLength(TEXT_LIMITS.password.max)
  password!: string;
}
