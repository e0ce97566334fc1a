import { Injectable } from '@nestjs/common';
import { inContext } from '@raadgiver/db';
import { NotFoundError, UnauthenticatedError } from '@raadgiver/domain';
import { DataSource } from 'typeorm';
import { AuthClaims } from '../access/auth-claims';
import { AuditService } from '../audit/audit.service';
import { checkLogo } from './logo-image';
import { StoredLogo, tenantLogoRepository } from './tenant-logo.repository';

/** An uploaded file as multer hands it over (memory storage); its name and declared type are not trusted. */
export interface UploadedLogoFile {
  buffer: Buffer;
  size: number;
}

/**
 * The municipality's logo in the admin's header. The tenant admin sets and removes it; everyone of the tenant sees
 * it. Row-level security keeps each tenant to its own: another tenant's logo is never read or replaced.
 */
@Injectable()
export class TenantLogoService {
  constructor(
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
  ) {}

  async set(claims: AuthClaims | undefined, file: UploadedLogoFile | undefined): Promise<{ width: number; height: number }> {
    const ctx = tenantOf(claims);
    const logo = checkLogo(file?.buffer);
    await inContext(this.dataSource, ctx, async (em) => {
      await tenantLogoRepository.save(em, ctx.tenantId, ctx.userId, logo);
      await this.audit.record(em, {
        ...ctx, action: 'tenant.logo_set', subjectType: 'tenant', subjectId: ctx.tenantId, details: { width: logo.width, height: logo.height, byteSize: logo.png.length },
      });
    });
    return { width: logo.width, height: logo.height };
  }

  async get(claims: AuthClaims | undefined): Promise<StoredLogo> {
    const logo = await inContext(this.dataSource, tenantOf(claims), (em) => tenantLogoRepository.current(em));
    if (!logo) throw new NotFoundError('logo');
    return logo;
  }

  async remove(claims: AuthClaims | undefined): Promise<void> {
    const ctx = tenantOf(claims);
    await inContext(this.dataSource, ctx, async (em) => {
      if (!(await tenantLogoRepository.remove(em))) throw new NotFoundError('logo');
      await this.audit.record(em, { ...ctx, action: 'tenant.logo_removed', subjectType: 'tenant', subjectId: ctx.tenantId });
    });
  }
}

function tenantOf(claims: AuthClaims | undefined): { tenantId: string; userId: string } {
  if (!claims?.tenantId) throw new UnauthenticatedError();
  return { tenantId: claims.tenantId, userId: claims.userId };
}
