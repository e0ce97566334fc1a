import { expect, type APIRequestContext } from '@playwright/test';
import { firstCode, nextCode } from './second-factor';

/** A GraphQL call through the admin's proxy; fails the test on any error. */
export async function graphql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await request.post('/graphql', {
    data: { query, variables },
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  expect(response.ok(), await response.text()).toBe(true);
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

/**
 * Logs in through the API (the admin's proxy) for an access token, through the second factor where the account has
 * one or must set one up first (second-factor.ts keeps the secret, as the browser's logIn does).
 */
export async function apiLogIn(request: APIRequestContext, email: string, password: string): Promise<string> {
  const { login } = await graphql<{ login: { accessToken: string | null; secondFactorChallenge: string | null; me: { secondFactor: { setupPending: boolean } } | null } }>(
    request,
    'mutation ($input: LoginInput!) { login(input: $input) { accessToken secondFactorChallenge me { secondFactor { setupPending } } } }',
    { input: { email, password } },
  );
  if (login.secondFactorChallenge) {
    const { completeSecondFactorLogin } = await graphql<{ completeSecondFactorLogin: { accessToken: string } }>(
      request,
      'mutation ($input: SecondFactorLoginInput!) { completeSecondFactorLogin(input: $input) { accessToken } }',
      { input: { challenge: login.secondFactorChallenge, code: await nextCode(email) } },
    );
    return completeSecondFactorLogin.accessToken;
  }
  const token = login.accessToken ?? '';
  if (!login.me?.secondFactor.setupPending) return token;
  const { beginSecondFactorSetup } = await graphql<{ beginSecondFactorSetup: { secret: string } }>(request, 'mutation { beginSecondFactorSetup { secret } }', {}, token);
  const { confirmSecondFactorSetup } = await graphql<{ confirmSecondFactorSetup: { session: { accessToken: string } } }>(
    request,
    'mutation ($input: ConfirmSecondFactorInput!) { confirmSecondFactorSetup(input: $input) { session { accessToken } } }',
    { input: { code: firstCode(email, beginSecondFactorSetup.secret) } },
    token,
  );
  return confirmSecondFactorSetup.session.accessToken;
}
