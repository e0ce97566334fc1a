import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Citizen', { description: 'The person behind inquiries (borger): a display name or pseudonym, no CPR number' })
export class CitizenType {
  @Field(() => ID) id!: string;
  @Field({ description: "The advisor's own reference for the person, unique in the municipality" }) reference!: string;
  @Field() displayName!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
}
