import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

describe('npm test (tools/test/run-all.mjs) on a machine where the browser cannot run', () => {
  it('stops before any step with one line saying what to do', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'tools/test/run-all.mjs')], {
      cwd: ROOT,
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^\[test\] +CHROMIUM_PATH=\/nonexistent\/chromium is not an executable file\.$/)]);
  });
});
