export * from './catalog.types';
export * from './catalog-loader';
export * from './catalog-checks';
export * from './catalog-sync.service';
export * from './catalog-content.module';
export * from './blueprints';
