import { Global, Module } from '@nestjs/common';
import { AuditLogService } from './audit-log.service';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

@Global()
@Module({ providers: [AuditService, AuditLogService, AuditResolver], exports: [AuditService] })
export class AuditModule {}
