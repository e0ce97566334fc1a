import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { QueueBoard } from './queue-board';
import { QueueBoardPasses } from './queue-board-passes';
import { QueueBoardResolver } from './queue-board.resolver';

/** The operator's queue board (Bull Board) and the pass that opens it. */
@Module({ imports: [AuthModule], providers: [QueueBoardPasses, QueueBoard, QueueBoardResolver] })
export class QueueBoardModule {}
