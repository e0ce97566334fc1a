import { Global, Module } from '@nestjs/common';
import { AuditLogController } from './audit-log.controller';
import { AuditLogService } from './audit-log.service';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Global()
@Module({ controllers: [AuditLogController], providers: [AuditService, AuditLogService, AuditResolver], exports: [AuditService] })
export class AuditModule {}
