import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Tenant', { description: 'A municipality using Raadgiver' })
export class TenantType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() kommunekode!: string;
  @Field() slug!: string;
  @Field() locale!: string;
}
