#!/usr/bin/env node
// Stops at once, with one line, when this Node is outside package.json's `engines.node`: `npm start` and
// `npm test` run it before `npm install`, so it needs nothing from node_modules and parses on old Node
// versions too. The range is checked with semver, from node_modules when installed, else the copy inside
// the npm that runs us (the same library npm checks engines with).
'use strict';

var fs = require('node:fs');
var path = require('node:path');

var ROOT = path.resolve(__dirname, '../..');

function loadSemver() {
  var candidates = [path.join(ROOT, 'node_modules', 'semver')];
  if (process.env.npm_execpath) candidates.push(path.join(path.dirname(process.env.npm_execpath), '..', 'node_modules', 'semver'));
  candidates.push(path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'semver'));
  for (var i = 0; i < candidates.length; i++) {
    try {
      return require(candidates[i]);
    } catch (error) {
      // Try the next one.
    }
  }
  return null;
}

/** The supported range, or null when `version` satisfies it. */
function unsupported(version) {
  var range = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).engines.node;
  var semver = loadSemver();
  if (!semver) return null;
  return semver.satisfies(version, range) ? null : range;
}

module.exports = { unsupported: unsupported };

if (require.main === module) {
  var version = process.argv[2] || process.version;
  var range = unsupported(version);
  if (range) {
    process.stderr.write('Raadgiver needs Node ' + range + '; this is Node ' + version + '. Install a supported Node (e.g. Node 22 LTS) and run the command again.\n');
    process.exit(1);
  }
}
