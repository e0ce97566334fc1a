import { DataSource } from 'typeorm';
import { inContext } from '../tenancy/db-context';
import { benchmarkRepository } from './benchmark.repository';

/** The demo municipalities' benchmark settings: all three show their names; peer groups as Danmarks Statistik's. */
export const DEMO_BENCHMARK_SETTINGS: readonly { slug: string; optIn: boolean; peerGroup: string }[] = [
  { slug: 'lejre', optIn: true, peerGroup: 'opland' },
  { slug: 'lyngby-taarbaek', optIn: true, peerGroup: 'hovedstad' },
  { slug: 'norddjurs', optIn: true, peerGroup: 'land' },
];

/**
 * Sets the demo tenants' opt-in and peer group, as the operator (the peer group is the operator's to set), once:
 * a tenant that already has a peer group keeps its settings, so a second seed run does not undo a tenant admin's
 * opt-out. A tenant that is not there is skipped. For the demo seed and tests.
 */
export async function seedDemoBenchmarkSettings(dataSource: DataSource): Promise<void> {
  await inContext(dataSource, { tenantId: null, userId: null, operator: true }, async (em) => {
    for (const { slug, optIn, peerGroup } of DEMO_BENCHMARK_SETTINGS) {
      await benchmarkRepository.setDemoSettings(em, slug, optIn, peerGroup);
    }
  });
}
