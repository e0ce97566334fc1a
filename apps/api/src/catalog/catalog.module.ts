import { Global, Module } from '@nestjs/common';
import { CatalogResolver } from './catalog.resolver';
import { CatalogService } from './catalog.service';
import { CatalogueCache } from './catalogue-cache';

@Global()
@Module({ providers: [CatalogService, CatalogResolver, CatalogueCache], exports: [CatalogueCache] })
export class CatalogModule {}
