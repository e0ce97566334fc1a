import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { InvitationQueue } from './invitation-queue';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';

@Module({ imports: [AuthModule], providers: [UsersService, UsersResolver, InvitationsService, InvitationsResolver, InvitationQueue], exports: [InvitationQueue] })
export class UsersModule {}
