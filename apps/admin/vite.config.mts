import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import apiRoutes from './api-routes.json' with { type: 'json' };

const appRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:3000';
// npm start keeps the JWT secret and PostgreSQL's files here (RAADGIVER_DATA_DIR, default .data): never served.
const dataDir = resolve(process.env.RAADGIVER_DATA_DIR ?? `${workspaceRoot}.data`);

export default defineConfig({
  root: appRoot,
  // Pre-bundled dependencies per checkout, not in node_modules: checkouts that share one node_modules (git worktrees)
  // would otherwise rebuild each other's bundles under their running dev servers.
  cacheDir: `${workspaceRoot}tmp/vite`,
  plugins: [react()],
  resolve: {
    // Shared libs are imported by alias, as on the server (tsconfig.base.json paths).
    alias: { '@raadgiver/domain': `${workspaceRoot}libs/domain/src/index.ts` },
  },
  server: {
    host: '127.0.0.1',
    port: Number(process.env.ADMIN_PORT ?? 4200),
    strictPort: true,
    // Only the admin, the libs it imports and node_modules are served, whatever the path form (/@fs/, .., encoded,
    // ?raw, ?import); the data folder, environment files, keys and git are refused even inside those.
    fs: {
      strict: true,
      allow: [appRoot, `${workspaceRoot}libs`, `${workspaceRoot}node_modules`],
      deny: ['.env', '.env.*', '*.{crt,pem,key,p12}', '**/.git/**', '**/.data/**', `${dataDir}/**`, 'jwt-secret'],
    },
    // The API's paths, one list for this dev server and production nginx; vite matches the query string too.
    proxy: Object.fromEntries(
      apiRoutes.routes.map(({ path }) => [path.replace(/\$$/, '(\\?|$)'), { target: apiUrl, changeOrigin: false }]),
    ),
  },
  preview: { host: '127.0.0.1', port: Number(process.env.ADMIN_PORT ?? 4200) },
  build: {
    outDir: `${workspaceRoot}dist/apps/admin`,
    emptyOutDir: true,
  },
});
