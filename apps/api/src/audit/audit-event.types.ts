import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsOptionalCalendarDate } from '../validation/text.decorators';
import { Connection, connectionType } from '../graphql/connection';

@ObjectType('AuditEvent', { description: 'One entry of the append-only audit log' })
export class AuditEventType {
  @Field(() => ID) id!: string;
  @Field() occurredAt!: Date;
  @Field() action!: string;
  @Field() subjectType!: string;
  @Field(() => ID, { nullable: true }) subjectId!: string | null;
  @Field({ description: 'Ids and criteria as JSON; never names or free text' }) details!: string;
  @Field(() => [String], { description: "The user's roles in the tenant, for the sentence that names the event" }) userRoles!: string[];
  @Field(() => String, { nullable: true, description: "The subject's human reference: a case number, a title, a name; null when gone" })
  subjectLabel!: string | null;
  @Field(() => String, { nullable: true, description: 'Null for the system (the worker)' }) userName!: string | null;
  userId!: string | null;
}

export const AuditEventConnectionType = connectionType(AuditEventType, 'AuditEvent');
export type AuditEventConnectionType = Connection<AuditEventType>;

@InputType()
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'On or after this day, YYYY-MM-DD (UTC)' }) @IsOptionalCalendarDate() from?: string | null;
  @Field(() => String, { nullable: true, description: 'On or before this day, YYYY-MM-DD (UTC)' }) @IsOptionalCalendarDate() to?: string | null;
  @Field(() => String, { nullable: true, description: "Exact action, e.g. 'inquiry.read'" }) @IsOptional() @IsString() @MaxLength(100) action?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') subjectId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') userId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Events about the citizen or any of their inquiries, deleted ones too' })
  @IsOptional()
  @IsUUID('all')
  citizenId?: string | null;
}
