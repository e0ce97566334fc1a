// A real OpenID provider (the `oidc-provider` package) for the OpenID Connect login's tests, run as a child process
// (it is an ES module). Started with OIDC_TEST_CLIENTS (JSON: client_id, client_secret, redirect_uris,
// post_logout_redirect_uris), it listens on a free port on 127.0.0.1 and prints {"issuer": ...} as its first line.
//
// No login screens: the test says who logs in next (POST /test/next-login {sub, email, name}), and the interaction
// completes for that person. For the refusal cases it mints ID tokens (POST /test/mint) and puts one in place of the
// next token response's (POST /test/forge {idToken}), so a forged token reaches the API exactly as a real one does.
import { createServer } from 'node:http';
import { createHmac } from 'node:crypto';
import Provider from 'oidc-provider';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';

const clients = JSON.parse(process.env.OIDC_TEST_CLIENTS ?? '[]');
const accounts = new Map();
let nextLogin = null;
let forgedIdToken = null;

async function signingKey(kid) {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { privateKey, jwk: { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' } };
}
const own = await signingKey('test-key');
// Another key under the same kid: a token signed with it names a published key but is not signed by it.
const stranger = await signingKey('test-key');

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: clients.map((c) => ({ token_endpoint_auth_method: 'client_secret_post', response_types: ['code'], grant_types: ['authorization_code'], ...c })),
  jwks: { keys: [own.jwk] },
  cookies: { keys: ['oidc-test-provider-cookie-key'] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
  async findAccount(_ctx, id) {
    const claims = accounts.get(id);
    return claims ? { accountId: id, claims: async () => ({ sub: id, ...claims }) } : undefined;
  },
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
});

async function json(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body ? JSON.parse(body) : {};
}

async function mint({ claims, alg = 'RS256', key = 'own', hmacSecret }) {
  const now = Math.floor(Date.now() / 1000);
  const payload = { iss: issuer, iat: now, exp: now + 300, ...claims };
  if (alg === 'none') {
    const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
    return `${part({ alg: 'none', typ: 'JWT' })}.${part(payload)}.`;
  }
  if (alg === 'HS256') {
    const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const input = `${part({ alg: 'HS256', typ: 'JWT', kid: 'test-key' })}.${part(payload)}`;
    return `${input}.${createHmac('sha256', hmacSecret).update(input).digest('base64url')}`;
  }
  const signer = key === 'stranger' ? stranger : own;
  return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: 'test-key', typ: 'JWT' }).sign(signer.privateKey);
}

provider.use(async (ctx, next) => {
  if (ctx.path.startsWith('/interaction/')) {
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    if (details.prompt.name !== 'login' || !nextLogin) throw new Error(`unexpected prompt ${details.prompt.name}`);
    accounts.set(nextLogin.sub, { email: nextLogin.email, email_verified: true, name: nextLogin.name });
    const result = { login: { accountId: nextLogin.sub } };
    ctx.redirect(await provider.interactionResult(ctx.req, ctx.res, result, { mergeWithLastSubmission: false }));
    return;
  }
  await next();
  if (ctx.path === '/token' && forgedIdToken && ctx.body && typeof ctx.body === 'object' && ctx.body.id_token) {
    ctx.body = { ...ctx.body, id_token: forgedIdToken };
    forgedIdToken = null;
  }
});

const callback = provider.callback();
server.on('request', async (req, res) => {
  try {
    if (req.method === 'POST' && req.url === '/test/next-login') {
      nextLogin = await json(req);
    } else if (req.method === 'POST' && req.url === '/test/forge') {
      forgedIdToken = (await json(req)).idToken ?? null;
    } else if (req.method === 'POST' && req.url === '/test/mint') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ idToken: await mint(await json(req)) }));
      return;
    } else {
      callback(req, res);
      return;
    }
    res.statusCode = 204;
    res.end();
  } catch (error) {
    res.statusCode = 500;
    res.end(String(error?.message ?? error));
  }
});

process.stdout.write(`${JSON.stringify({ issuer })}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
