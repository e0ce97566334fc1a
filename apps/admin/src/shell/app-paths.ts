/**
 * Every path of the admin, written once. Links and navigation build their URLs with `pathTo`, which takes exactly the
 * parameters a path names, so a misspelt path or a missing `:id` does not compile.
 */
export const APP_PATHS = [
  '/',
  '/invitation/:token',
  '/help',
  '/accessibility',
  '/benchmark',
  '/inquiries',
  '/inquiries/new',
  '/inquiries/:id',
  '/inquiries/:id/edit',
  '/import',
  '/reports',
  '/org-units',
  '/categories',
  '/outcomes',
  '/users',
  '/response-targets',
  '/audit-log',
  '/case-volumes',
  '/learning-wall',
  '/recommendations',
  '/tenants',
  '/taxonomy',
  '/queues',
  '/settings',
  '/retention', '/archives', '/security',
] as const;

export type AppPath = (typeof APP_PATHS)[number];

/** `'/inquiries/:id/edit'` → `'id'`. */
type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

export type PathParams<P extends string> = Record<ParamNames<P>, string>;

/** No argument for a path without parameters, an object with each of its parameters otherwise. */
type ParamsArgument<P extends string> = [ParamNames<P>] extends [never] ? [] : [params: PathParams<P>];

/** `pathTo('/inquiries/:id', { id })` → `/inquiries/<id>`, the parameter encoded. */
export function pathTo<P extends AppPath>(path: P, ...[params]: ParamsArgument<P>): string {
  const values: Record<string, string> = params ?? {};
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === '') throw new Error(`${path} needs the parameter ${name}`);
    return encodeURIComponent(value);
  });
}

/** The same path as an `href` of the hash router: `#/inquiries/<id>`. */
export function hrefTo<P extends AppPath>(path: P, ...params: ParamsArgument<P>): string {
  return `#${pathTo(path, ...params)}`;
}
