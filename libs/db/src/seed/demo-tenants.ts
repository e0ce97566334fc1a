import { DemoTenant } from './demo-tenant';
import { LEJRE } from './lejre';
import { LYNGBY_TAARBAEK } from './lyngby-taarbaek';
import { NORDDJURS } from './norddjurs';

/** The first three municipalities on the platform. */
export const DEMO_TENANTS: readonly DemoTenant[] = [LEJRE, LYNGBY_TAARBAEK, NORDDJURS];
