import { Args, Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { OperatorOnly } from '../access/access.decorators';
import { KEPT_SECURITY_EVENTS, SecurityEvents } from './security-events';

@ObjectType('SecurityEvent', { description: 'A failed or throttled login; the account, source address and device are hashed' })
export class SecurityEventType {
  @Field({ description: 'login.failed or login.throttled' }) kind!: string;
  @Field() at!: Date;
  @Field(() => String, { nullable: true, description: 'Hash of the e-mail address tried' }) account!: string | null;
  @Field(() => String, { nullable: true, description: 'Hash of the source address' }) source!: string | null;
  @Field(() => String, { nullable: true, description: 'Hash of the device cookie, when one was presented' }) device!: string | null;
}

@Resolver()
export class SecurityEventsResolver {
  constructor(private readonly events: SecurityEvents) {}

  @OperatorOnly()
  @Query(() => [SecurityEventType], { description: `The newest failed and throttled logins, at most ${KEPT_SECURITY_EVENTS}` })
  async securityEvents(@Args('limit', { type: () => Int, defaultValue: 100 }) limit: number): Promise<SecurityEventType[]> {
    const events = await this.events.newest(limit);
    return events.map((event) => ({
      kind: event.kind,
      at: new Date(event.at),
      account: event.subjects.account ?? null,
      source: event.subjects.source ?? null,
      device: event.subjects.device ?? null,
    }));
  }
}
