// Jest loads global setup outside its module mapper; resolve the workspace's path aliases here.
const path = require('node:path');
const { compilerOptions } = require('../../tsconfig.base.json');
require('tsconfig-paths').register({ baseUrl: path.join(__dirname, '../..'), paths: compilerOptions.paths });
module.exports = {
  setup: () => require('./src/global-setup.ts').default(),
  teardown: () => require('./src/global-teardown.ts').default(),
};
