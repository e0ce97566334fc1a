import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { benchmarkSnapshotRepository, BenchmarkSnapshotVersion, inContext, NO_CONTEXT, publishBenchmarkSnapshotInContext } from '@raadgiver/db';
import { getNamedType, GraphQLObjectType, GraphQLOutputType, isListType, isNonNullType, isObjectType } from 'graphql';
import { DataSource } from 'typeorm';
import { API_CONFIG, ApiConfig } from '../config/api-config';
import { BenchmarkType } from './benchmark.types';

/** A year of the newest snapshot, as the API serves it. */
export interface PublishedYear {
  version: string;
  year: number;
  /** Exactly the fields of the GraphQL type Benchmark, as publicBenchmark(year) returns them. */
  benchmark: BenchmarkType;
  /** `benchmark` serialized: the body of GET /public/benchmark/<year>.json. */
  json: Buffer;
}

/** The newest snapshot's index as the API serves it. */
export interface PublishedIndex {
  version: string;
  /** `{ years, updatedAt }`: the body of GET /public/benchmark/index.json. */
  json: Buffer;
}

/** Keeps of `value` the fields `type` has, recursively: the stored build may carry more than the schema publishes. */
export function projectToType(value: unknown, type: GraphQLOutputType): unknown {
  if (value === null || value === undefined) return null;
  if (isNonNullType(type)) return projectToType(value, type.ofType);
  if (isListType(type)) return (value as unknown[]).map((item) => projectToType(item, type.ofType));
  if (!isObjectType(type)) return value;
  const source = value as Record<string, unknown>;
  const fields = (type as GraphQLObjectType).getFields();
  return Object.fromEntries(Object.keys(fields).map((name) => [name, projectToType(source[name], fields[name].type)]));
}

/**
 * The public benchmark as the worker published it (benchmark_snapshot), held in memory by version: the newest
 * version is asked of the database at most once per `benchmarkSnapshotCheckMs` (one small read shared by all
 * requests meanwhile), and a year's text is read and parsed once per version.
 */
@Injectable()
export class PublishedBenchmarks {
  private newestRead: { at: number; snapshot: Promise<BenchmarkSnapshotVersion | null> } | null = null;
  private heldVersion: string | null = null;
  private heldIndex: PublishedIndex | null = null;
  private readonly years = new Map<number, Promise<PublishedYear | null>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  /** The newest snapshot's version and years; null before the first publish. */
  newest(): Promise<BenchmarkSnapshotVersion | null> {
    const now = Date.now();
    if (this.newestRead === null || now - this.newestRead.at >= this.config.benchmarkSnapshotCheckMs) {
      const snapshot = inContext(this.dataSource, NO_CONTEXT, (em) => benchmarkSnapshotRepository.newest(em));
      this.newestRead = { at: now, snapshot };
      // A failed read is not kept: the next request asks again.
      snapshot.catch(() => {
        if (this.newestRead?.snapshot === snapshot) this.newestRead = null;
      });
    }
    return this.newestRead.snapshot;
  }

  /**
   * Publishes a snapshot of the aggregates as they are now (after a setting the public benchmark shows changed), and
   * asks for the newest again at the next request: the change shows at once here, and within the check interval on
   * other API instances.
   */
  async publishNow(): Promise<void> {
    await publishBenchmarkSnapshotInContext(this.dataSource);
    this.newestRead = null;
  }

  /**
   * What the public page reads first (`GET /public/benchmark/index.json`): the newest snapshot's years and the time
   * it was published, made once per version; null before the first publish.
   */
  async index(): Promise<PublishedIndex | null> {
    const snapshot = await this.newest();
    if (snapshot === null) return null;
    if (this.heldIndex?.version !== snapshot.version) {
      const { version, years, publishedAt } = snapshot;
      this.heldIndex = { version, json: Buffer.from(JSON.stringify({ years, updatedAt: publishedAt })) };
    }
    return this.heldIndex;
  }

  /** The newest snapshot's `year` (null: its newest year); null when it has no such year. */
  async year(requested: number | null): Promise<PublishedYear | null> {
    const snapshot = await this.newest();
    const year = requested ?? snapshot?.years.at(-1) ?? null;
    if (snapshot === null || year === null || !snapshot.years.includes(year)) return null;
    if (snapshot.version !== this.heldVersion) {
      this.heldVersion = snapshot.version;
      this.years.clear();
    }
    let held = this.years.get(year);
    if (held === undefined) {
      held = this.read(snapshot, year);
      this.years.set(year, held);
      held.then((read) => read ?? this.years.delete(year), () => this.years.delete(year));
    }
    return held;
  }

  private async read({ version, publishedAt }: BenchmarkSnapshotVersion, year: number): Promise<PublishedYear | null> {
    const body = await inContext(this.dataSource, NO_CONTEXT, (em) => benchmarkSnapshotRepository.body(em, version, year));
    // Pruned meanwhile: a newer version was published more than an hour after this one; the next check finds it.
    if (body === null) return null;
    // The GraphQL module's schema host, which it does not export to feature modules: looked up once it is built.
    const { schema } = this.moduleRef.get(GraphQLSchemaHost, { strict: false });
    const type = getNamedType(schema.getQueryType()?.getFields().publicBenchmark.type) as GraphQLObjectType;
    const benchmark = projectToType({ ...JSON.parse(body), updatedAt: new Date(publishedAt) }, type) as BenchmarkType;
    return { version, year, benchmark, json: Buffer.from(JSON.stringify(benchmark)) };
  }
}
