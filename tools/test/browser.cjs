#!/usr/bin/env node
// The browser for the Playwright tests, with nothing downloaded outside the npm registry.
//
// CHROMIUM_PATH, when set, names a Chromium or Chrome binary to use as it is. Otherwise the Chromium shipped
// inside the @sparticuz/chromium npm package (a headless shell for Linux x64) is unpacked once into
// node_modules/.cache/raadgiver-chromium/<version>: the binary, its swiftshader libraries, the NSS and expat
// libraries it is linked against (the package's Amazon Linux bundle, which it unpacks only on Amazon Linux),
// and fonts (the package's Open Sans and DejaVu, from the dejavu-fonts-ttf package) with a fonts.conf of
// our own. The binary then needs only the C library and libgcc, which every Debian has; when `ldd` still
// finds a library missing, root installs its Debian package with apt-get (saying so in one line), anyone
// else gets one line saying what to install.
//
//   node tools/test/browser.cjs   prints {executablePath, env, args, origin} as JSON; one line and exit 1 if it cannot
'use strict';

const { execFileSync } = require('node:child_process');
const { accessSync, constants, copyFileSync, createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');
const { pipeline } = require('node:stream/promises');
const { createBrotliDecompress } = require('node:zlib');

const ROOT = resolve(__dirname, '../..');
const PACKAGE = '@sparticuz/chromium';

/** Chromium flags for the tests: no sandbox (CI runs as root), and nothing that reaches out to Google's hosts. */
const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Libraries the npm package does not ship that `ldd` may report missing, with the Debian package that has each. */
const DEBIAN_PACKAGES = {
  'libnss3.so': 'libnss3',
  'libnssutil3.so': 'libnss3',
  'libnspr4.so': 'libnspr4',
  'libplc4.so': 'libnspr4',
  'libplds4.so': 'libnspr4',
  'libexpat.so.1': 'libexpat1',
  'libsqlite3.so.0': 'libsqlite3-0',
};

class BrowserSetupError extends Error {}

function packageDir() {
  // The package's exports hide package.json; its main file is build/cjs/index.cjs.
  return resolve(dirname(require.resolve(PACKAGE, { paths: [ROOT] })), '../..');
}

function packageVersion(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
}

async function unbrotli(source, target) {
  await pipeline(createReadStream(source), createBrotliDecompress(), createWriteStream(target, { mode: 0o755 }));
}

async function untarBrotli(source, targetDir) {
  const { extract } = require(require.resolve('tar-fs', { paths: [packageDir()] }));
  await pipeline(createReadStream(source), createBrotliDecompress(), extract(targetDir));
}

function dejavuFontsDir() {
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json', { paths: [ROOT] })), 'ttf');
}

/** Unpacks the package's browser into `dir` (through a scratch folder, so an interrupted unpack is never used). */
async function unpack(binDir, dir) {
  const scratch = `${dir}.unpacking-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  await Promise.all([
    unbrotli(join(binDir, 'chromium.br'), join(scratch, 'chromium')),
    untarBrotli(join(binDir, 'swiftshader.tar.br'), scratch),
    untarBrotli(join(binDir, 'al2023.tar.br'), scratch),
    untarBrotli(join(binDir, 'fonts.tar.br'), scratch),
  ]);
  const fontsDir = join(scratch, 'fonts');
  mkdirSync(join(fontsDir, 'DejaVu'), { recursive: true });
  for (const file of readdirSync(dejavuFontsDir()).filter((name) => name.endsWith('.ttf'))) copyFileSync(join(dejavuFontsDir(), file), join(fontsDir, 'DejaVu', file));
  // The package's fonts.conf points at Lambda's folders; ours at the unpacked fonts, wherever the project is.
  const fontsConf = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    `  <dir>${join(dir, 'fonts')}</dir>`,
    `  <cachedir>${join(dir, 'fonts-cache')}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
  writeFileSync(join(scratch, 'fonts.conf'), fontsConf);
  rmSync(dir, { recursive: true, force: true });
  renameSync(scratch, dir);
}

/** What the dynamic linker finds for a binary: [{ name, path }] with path null for a missing library. */
function linkedLibraries(file, env) {
  const output = execFileSync('ldd', [file], { env: { ...process.env, ...env }, encoding: 'utf8' });
  const libraries = [];
  for (const line of output.split('\n')) {
    const found = /^\s*(\S+) => (?:(\/\S+)|not found)/.exec(line);
    if (found) libraries.push({ name: found[1], path: found[2] ?? null });
    else {
      const direct = /^\s*(\/\S+) \(0x/.exec(line);
      if (direct) libraries.push({ name: direct[1].slice(direct[1].lastIndexOf('/') + 1), path: direct[1] });
    }
  }
  return libraries;
}

function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function hasCommand(name) {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Installs Debian packages quietly; their output only when apt-get fails. */
function aptInstall(packages, log) {
  log(`installing ${packages.join(', ')} for the test browser with apt-get (running as root)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['-qq', 'update'], { env, stdio: 'pipe' });
    execFileSync('apt-get', ['-qq', 'install', '-y', '--no-install-recommends', ...packages], { env, stdio: 'pipe' });
  } catch (error) {
    throw new BrowserSetupError(`apt-get could not install ${packages.join(' ')}: ${String(error.stderr ?? error.message).trim().split('\n').pop()}`);
  }
}

function ensureLibraries(executablePath, env, log) {
  if (!hasCommand('ldd')) return;
  const missing = () => linkedLibraries(executablePath, env).filter((library) => library.path === null).map((library) => library.name);
  const names = missing();
  if (names.length === 0) return;
  const packages = [...new Set(names.map((name) => DEBIAN_PACKAGES[name]).filter(Boolean))];
  const install = packages.length > 0 ? `sudo apt-get install -y ${packages.join(' ')}` : `the packages that provide ${names.join(', ')}`;
  if (packages.length > 0 && isRoot() && hasCommand('apt-get')) {
    aptInstall(packages, log);
    if (missing().length === 0) return;
  }
  throw new BrowserSetupError(`The test browser (${executablePath}) needs ${names.join(', ')}: install ${install}, or set CHROMIUM_PATH to a Chromium that runs here.`);
}

/**
 * The browser to launch: { executablePath, env, args, origin }. `env` holds the variables the browser needs
 * (its library and font folders), to be added to the launching process's environment.
 */
async function prepareBrowser({ env = process.env, log = () => {} } = {}) {
  if (env.CHROMIUM_PATH) {
    try {
      accessSync(env.CHROMIUM_PATH, constants.X_OK);
    } catch {
      throw new BrowserSetupError(`CHROMIUM_PATH=${env.CHROMIUM_PATH} is not an executable file.`);
    }
    return { executablePath: env.CHROMIUM_PATH, env: {}, args: LAUNCH_ARGS, origin: 'CHROMIUM_PATH' };
  }
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new BrowserSetupError(`The browser tests bring their own Chromium only on Linux x64; on ${process.platform}-${process.arch} set CHROMIUM_PATH to a Chromium or Chrome binary.`);
  }
  let binDir;
  try {
    binDir = join(packageDir(), 'bin');
  } catch {
    throw new BrowserSetupError(`${PACKAGE} is not installed: run npm install.`);
  }
  const version = packageVersion(dirname(binDir));
  const dir = join(ROOT, 'node_modules', '.cache', 'raadgiver-chromium', version);
  const executablePath = join(dir, 'chromium');
  // Unpacked before, but maybe for a project at another path (moved, or node_modules reached through a link): its
  // fonts.conf would name fonts that are not there, and Chromium stops at the first text it draws.
  const fontsConf = join(dir, 'fonts.conf');
  if (!existsSync(fontsConf) || !readFileSync(fontsConf, 'utf8').includes(`<dir>${join(dir, 'fonts')}</dir>`)) {
    log(`unpacking Chromium ${version} from ${PACKAGE} into ${dir.slice(ROOT.length + 1)}`);
    await unpack(binDir, dir);
  }
  const browserEnv = { LD_LIBRARY_PATH: [join(dir, 'lib'), env.LD_LIBRARY_PATH].filter(Boolean).join(':'), FONTCONFIG_PATH: dir };
  ensureLibraries(executablePath, browserEnv, log);
  return { executablePath, env: browserEnv, args: LAUNCH_ARGS, origin: `${PACKAGE} ${version}` };
}

module.exports = { prepareBrowser, linkedLibraries, BrowserSetupError, LAUNCH_ARGS };

if (require.main === module) {
  prepareBrowser({ log: (line) => process.stderr.write(`${line}\n`) }).then(
    (browser) => process.stdout.write(`${JSON.stringify(browser)}\n`),
    (error) => {
      process.stderr.write(`${error instanceof BrowserSetupError ? error.message : error.stack}\n`);
      process.exit(1);
    },
  );
}
