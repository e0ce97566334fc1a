import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import semver from 'semver';

const ROOT = join(__dirname, '../..');
const ENGINES = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node as string;

function checkEngines(...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'tools/test/check-engines.mjs'), ...args], { encoding: 'utf8' });
}

function checkNode(version: string) {
  return spawnSync(process.execPath, [join(ROOT, 'tools/dev/check-node.cjs'), version], { encoding: 'utf8' });
}

/** The lowest version of each part of a range: `^20.19.0 || ^22.13.0 || >=24` gives 20.19.0, 22.13.0, 24.0.0. */
function lowestOfEachPart(range: string): string[] {
  return new semver.Range(range).set.map((comparators) => semver.minVersion(new semver.Range(comparators.map(String).join(' ')))!.version);
}

describe('the supported Node range (package.json engines)', () => {
  it('includes the Node running the suite', () => {
    expect(semver.satisfies(process.version, ENGINES)).toBe(true);
  });

  it.each(lowestOfEachPart(ENGINES))('no package in the lock file wants more than Node %s', (version) => {
    const result = checkEngines('--node', version);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('is the range the README states', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(`Node \`${ENGINES}\``);
  });
});

describe('check-engines', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'raadgiver-engines-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names each package npm would warn about, and leaves out optional ones as npm does', () => {
    const lock = join(dir, 'package-lock.json');
    writeFileSync(
      lock,
      JSON.stringify({
        packages: {
          '': { name: 'raadgiver', engines: { node: '>=99' } },
          'node_modules/new-only': { version: '2.0.1', engines: { node: '>=22.15.0' } },
          'node_modules/a/node_modules/new-only': { version: '2.0.1', engines: { node: '>=22.15.0' } },
          'node_modules/@scope/fine': { version: '1.0.0', engines: { node: '>=18' } },
          'node_modules/optional-new': { version: '1.0.0', optional: true, engines: { node: '>=22' } },
          'node_modules/no-engines': { version: '1.0.0' },
        },
      }),
    );
    const old = checkEngines('--lock', lock, '--node', '20.19.0');
    expect(old.status).toBe(1);
    expect(old.stderr.trim().split('\n').slice(1)).toEqual(['  new-only@2.0.1 needs node >=22.15.0']);
    expect(checkEngines('--lock', lock, '--node', '22.15.0').status).toBe(0);
  });
});

describe('check-node (before npm install)', () => {
  it('stops an unsupported Node with one line naming the supported range', () => {
    for (const version of ['v18.20.4', 'v20.11.0', 'v23.11.0']) {
      const result = checkNode(version);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(`Raadgiver needs Node ${ENGINES}; this is Node ${version}. Install a supported Node (e.g. Node 22 LTS) and run the command again.\n`);
    }
  });

  it('lets every supported version through', () => {
    for (const version of [...lowestOfEachPart(ENGINES), process.version]) expect(checkNode(version)).toMatchObject({ status: 0, stderr: '' });
  });
});
