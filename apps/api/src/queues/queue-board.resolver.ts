import { Logger } from '@nestjs/common';
import { Context, Mutation, Resolver } from '@nestjs/graphql';
import { OperatorOnly } from '../access/access.decorators';
import { RequestContext } from '../graphql/request-context';
import { QUEUE_BOARD_PATH, QueueBoardPasses } from './queue-board-passes';

@Resolver()
export class QueueBoardResolver {
  private readonly logger = new Logger(QueueBoardResolver.name);

  constructor(private readonly passes: QueueBoardPasses) {}

  @OperatorOnly()
  @Mutation(() => String, {
    description: "Lets the operator's browser open the queue board for a while (a cookie for its path); returns the board's path to open",
  })
  async openQueueDashboard(@Context() ctx: RequestContext): Promise<string> {
    const claims = ctx.requireAuth();
    await this.passes.issue(claims, ctx.res);
    this.logger.log(`Queue board opened by user ${claims.userId}`);
    return `${QUEUE_BOARD_PATH}/`;
  }
}
