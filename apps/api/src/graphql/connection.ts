import type { Type } from '@nestjs/common';
import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('PageInfo')
export class PageInfoType {
  @Field(() => String, { nullable: true }) endCursor!: string | null;
  @Field() hasNextPage!: boolean;
}

export interface Edge<Node> {
  cursor: string;
  node: Node;
}

/** A page of a list in the Relay shape: its edges and where the next page starts. */
export interface Connection<Node> {
  edges: Edge<Node>[];
  pageInfo: PageInfoType;
}

/** The GraphQL types `${name}Edge` and `${name}Connection` of a list of `node`. */
export function connectionType<Node>(node: Type<Node>, name: string, description?: string): Type<Connection<Node>> {
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<Node> {
    @Field() cursor!: string;
    @Field(() => node) node!: Node;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionType implements Connection<Node> {
    @Field(() => [EdgeType]) edges!: EdgeType[];
    @Field(() => PageInfoType) pageInfo!: PageInfoType;
  }

  return ConnectionType;
}

/**
 * The page of `rows`, read with one row more than `limit` so that the extra row tells whether a next page exists.
 */
export function pageOf<Row, Node>(rows: readonly Row[], limit: number, edgeOf: (row: Row) => Edge<Node>): Connection<Node> {
  const edges = rows.slice(0, limit).map(edgeOf);
  return { edges, pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > limit } };
}
