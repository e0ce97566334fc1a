import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('ArchivePackage', { description: 'An archive of a period (or of everything before the municipality leaves), built as one ZIP by the worker' })
export class ArchivePackageType {
  @Field(() => ID) id!: string;
  @Field({ description: "'period' or 'everything'" }) scope!: string;
  @Field({ description: 'First day, YYYY-MM-DD' }) periodFrom!: string;
  @Field({ description: 'Last day, YYYY-MM-DD (included)' }) periodTo!: string;
  @Field({ description: "'queued', 'running', 'ready' or 'failed'" }) status!: string;
  @Field(() => Date) requestedAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => Float, { nullable: true, description: 'The ZIP in bytes' }) sizeBytes!: number | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the ZIP, hex' }) sha256!: string | null;
  @Field(() => Date, { nullable: true }) deliveredAt!: Date | null;
  @Field(() => String, { nullable: true }) deliveredByName!: string | null;
}

@ObjectType('TableRowCount', { description: 'Rows deleted from one table' })
export class TableRowCountType {
  @Field() table!: string;
  @Field(() => Float) rows!: number;
}

@ObjectType('TenantDeletion', { description: "A municipality's deletion: the written account for the operator, without personal data" })
export class TenantDeletionType {
  @Field({ description: 'What was deleted at once and what remains in backups until they expire, in Danish' }) account!: string;
  @Field(() => [TableRowCountType]) counts!: TableRowCountType[];
}
