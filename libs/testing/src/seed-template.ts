/** Fills the template database every integration test file starts from. */
export async function seedTemplate(_appUrl: string): Promise<void> {
  // The demo seed is plugged in here once it exists.
}
