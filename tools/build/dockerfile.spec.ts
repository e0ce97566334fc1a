import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

interface Instruction {
  keyword: string;
  args: string;
}

interface Stage {
  name: string;
  base: string;
  instructions: Instruction[];
}

/** The stages of a Dockerfile: continuation lines joined, comments and the parser directive left out. */
function stages(dockerfile: string): Stage[] {
  const lines = dockerfile.replace(/\\\n/g, ' ').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  const result: Stage[] = [];
  for (const line of lines) {
    const [, keyword, args] = /^(\w+)\s+(.*)$/.exec(line) ?? [];
    if (!keyword) throw new Error(`not an instruction: ${line}`);
    const instruction = { keyword: keyword.toUpperCase(), args: args.trim() };
    if (instruction.keyword === 'FROM') {
      const [, base, name] = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?$/i.exec(instruction.args) ?? [];
      result.push({ name: name ?? `stage-${result.length}`, base, instructions: [] });
    } else if (result.length > 0) {
      result[result.length - 1].instructions.push(instruction);
    } else if (instruction.keyword !== 'ARG') {
      throw new Error(`${instruction.keyword} before the first FROM`);
    }
  }
  return result;
}

/** The stages that are images of their own: no other stage builds on them or copies from them. */
function runtimeStages(all: Stage[]): Stage[] {
  const used = new Set(all.flatMap((stage) => [stage.base, ...stage.instructions.flatMap((instruction) => /--from=(\S+)/.exec(instruction.args)?.[1] ?? [])]));
  return all.filter((stage) => !used.has(stage.name));
}

const SECRET_FILE = /(^|\/)(\.env(\.\w+)?|\.npmrc|\.netrc|\.git-credentials|id_rsa|[\w.-]*\.(pem|key|p12|pfx)|secrets?)(\/|$)/i;
const SECRET_NAME = /SECRET|TOKEN|PASSWORD|PASSWD|CREDENTIAL|PRIVATE|API_?KEY|AUTH/i;

const dockerfile = readFileSync(join(ROOT, 'infra/Dockerfile'), 'utf8');
const all = stages(dockerfile);
const runtime = runtimeStages(all);

describe('infra/Dockerfile', () => {
  it('has two runtime images, server and admin', () => {
    expect(runtime.map((stage) => stage.name)).toEqual(['server', 'admin']);
  });

  it('runs every runtime image as a numeric non-root user, set after the last instruction that needs root', () => {
    for (const stage of runtime) {
      const users = stage.instructions.filter((instruction) => instruction.keyword === 'USER');
      const user = users.at(-1)?.args ?? 'root';
      expect({ stage: stage.name, user }).toEqual({ stage: stage.name, user: expect.stringMatching(/^[1-9]\d*(:[1-9]\d*)?$/) });
      const afterUser = stage.instructions.slice(stage.instructions.lastIndexOf(users.at(-1)!) + 1);
      expect(afterUser.filter((instruction) => instruction.keyword === 'RUN')).toEqual([]);
    }
  });

  it('copies no environment file, registry credentials, key or secret into a runtime image', () => {
    for (const stage of runtime) {
      for (const { keyword, args } of stage.instructions.filter((instruction) => /^(COPY|ADD)$/.test(instruction.keyword))) {
        const sources = args.split(/\s+/).filter((part) => !part.startsWith('--')).slice(0, -1);
        for (const source of sources) expect({ stage: stage.name, keyword, source, secret: SECRET_FILE.test(source) }).toEqual({ stage: stage.name, keyword, source, secret: false });
      }
    }
  });

  it('holds no secret in a build argument or environment variable; credentials reach npm as a BuildKit secret mount', () => {
    const declared = all.flatMap((stage) => stage.instructions).filter((instruction) => /^(ARG|ENV)$/.test(instruction.keyword));
    const names = [...dockerfile.matchAll(/^ARG\s+(\w+)/gm)].map((match) => match[1]).concat(declared.flatMap(({ args }) => [...args.matchAll(/(?:^|\s)(\w+)=/g)].map((match) => match[1])));
    expect(names).toEqual(expect.arrayContaining(['NODE_ENV', 'PORT']));
    for (const name of names) expect({ name, secret: SECRET_NAME.test(name) }).toEqual({ name, secret: false });
    const installs = all.flatMap((stage) => stage.instructions).filter((instruction) => instruction.keyword === 'RUN' && /\bnpm ci\b|server-bundle/.test(instruction.args));
    for (const { args } of installs) expect(args).toContain('--mount=type=secret,id=npmrc,target=/root/.npmrc');
  });

  it('builds the server image with tools/build/server-bundle.mjs, the script the production-tree test runs', () => {
    const build = all.find((stage) => stage.name === 'server-build')!;
    expect(build.instructions.filter((instruction) => instruction.keyword === 'RUN').map((instruction) => instruction.args.replace(/--mount=\S+\s+/g, ''))).toEqual(['node tools/build/server-bundle.mjs /out --prefer-offline']);
    const server = runtime.find((stage) => stage.name === 'server')!;
    expect(server.base).toBe('${NODE_IMAGE}');
    expect(server.instructions).toContainEqual({ keyword: 'COPY', args: '--from=server-build /out ./' });
    expect(server.instructions).toContainEqual({ keyword: 'ENV', args: expect.stringContaining('NODE_ENV=production') });
  });

  it('serves the admin from unprivileged nginx on 8080, the port admin.conf listens on', () => {
    const admin = runtime.find((stage) => stage.name === 'admin')!;
    expect(dockerfile).toMatch(/^ARG NGINX_IMAGE=nginxinc\/nginx-unprivileged:[\w.-]+$/m);
    expect(admin.base).toBe('${NGINX_IMAGE}');
    expect(admin.instructions).toContainEqual({ keyword: 'EXPOSE', args: '8080' });
    expect(readFileSync(join(ROOT, 'infra/nginx/admin.conf'), 'utf8')).toMatch(/^\s*listen 8080;$/m);
  });

  it('is read by a parser that finds a root user and a copied secret (the checks above can fail)', () => {
    const bad = stages('FROM node AS build\nRUN make\nFROM node AS app\nCOPY --from=build /out .\nCOPY .npmrc ./\nUSER root\n');
    expect(runtimeStages(bad).map((stage) => stage.name)).toEqual(['app']);
    expect(runtimeStages(bad)[0].instructions.at(-1)).toEqual({ keyword: 'USER', args: 'root' });
    expect(SECRET_FILE.test('.npmrc') && SECRET_FILE.test('infra/.env') && !SECRET_FILE.test('package.json')).toBe(true);
  });
});
