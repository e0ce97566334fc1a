import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, connectionType } from '../graphql/connection';

@ObjectType('ImportRowError', { description: 'One problem with one row of an import file; row 1 is the header row' })
export class ImportRowErrorType {
  @Field(() => Int) row!: number;
  @Field(() => String, { nullable: true, description: 'The column as the file named it' }) column!: string | null;
  @Field() reason!: string;
}

@ObjectType('ImportJob', { description: 'An uploaded inquiry file and how its import went' })
export class ImportJobType {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field({ description: 'queued, running, succeeded or failed' }) status!: string;
  @Field(() => Int, { nullable: true, description: 'Data rows in the file, once it has been read' }) totalRows!: number | null;
  @Field(() => Int, { description: 'Rows read and checked so far' }) processedRows!: number;
  @Field(() => Int) insertedRows!: number;
  @Field(() => Int, { description: 'Rows whose reference was stored already' }) skippedRows!: number;
  @Field(() => [ImportRowErrorType], { description: 'The first bad rows of a rejected file (at most 1,000), by row' }) errors!: ImportRowErrorType[];
  @Field(() => Int, { description: 'Every problem of a rejected file, however many errors lists' }) errorCount!: number;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  /** Who uploaded it (resolved as `uploadedBy`). */
  userId!: string;
}

export const ImportJobConnectionType = connectionType(ImportJobType, 'ImportJob', "A page of the municipality's imports, newest first");
export type ImportJobConnectionType = Connection<ImportJobType>;
