import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { UsersModule } from '../users/users.module';
import { TenantsResolver } from './tenants.resolver';
import { TenantsService } from './tenants.service';

@Module({ imports: [AuthModule, UsersModule], providers: [TenantsService, TenantsResolver] })
export class TenantsModule {}
