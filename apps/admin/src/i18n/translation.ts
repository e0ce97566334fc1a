import type { da } from './da';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape every language must fill: the Danish keys with any string values. */
export type Translation = Widen<typeof da>;
