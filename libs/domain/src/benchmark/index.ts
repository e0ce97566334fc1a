export * from './benchmark-figures';
export * from './benchmark-taxonomy';
export * from './quantiles';
export * from './rates';
export * from './suppression';
export * from './funnel';
export * from './benchmark-funnels';
export * from './benchmark-position';
