import { createDataSource, seedDemo } from '@raadgiver/db';

/** Fills the template database every integration test file starts from: the demo seed, written as the app role. */
export async function seedTemplate(appUrl: string): Promise<void> {
  const ds = createDataSource({ url: appUrl, poolSize: 1, applicationName: 'raadgiver-seed' });
  await ds.initialize();
  try {
    await seedDemo(ds);
  } finally {
    await ds.destroy();
  }
}
