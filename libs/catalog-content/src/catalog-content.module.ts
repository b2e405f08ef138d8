import { Module } from '@nestjs/common';
import { RequirementsModule } from '@assay/requirements';
import { RolesModule } from '@assay/roles';
import { CatalogSyncService } from './catalog-sync.service';

/** The shipped catalog: synced into the database when the API starts (CATALOG_SYNC). */
@Module({
  imports: [RequirementsModule, RolesModule],
  providers: [CatalogSyncService],
  exports: [CatalogSyncService],
})
export class CatalogContentModule {}
