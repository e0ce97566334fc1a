import loadHighs from 'highs';

/** Σ coefficient · variable, between `min` and `max` (either may be left open). Every variable is ≥ 0. */
export interface LinearConstraint {
  terms: [variable: string, coefficient: number][];
  min?: number;
  max?: number;
  /** Which published relation it writes, for reading a finding. */
  why: string;
}

export interface LinearSystem {
  variables: string[];
  constraints: LinearConstraint[];
}

/** The smallest and largest value a variable takes over the system's real solutions; null when it has none. */
export type VariableRange = { min: number; max: number } | null;

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highs: Promise<Highs> | null = null;

/** HiGHS, compiled to WebAssembly and shipped in the package: loaded once per process. */
function solver(): Promise<Highs> {
  highs ??= loadHighs();
  return highs;
}

const number = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(12));

/** The system in CPLEX LP format, variables renamed x0, x1, … (codes may hold characters the format refuses). */
function lpText(system: LinearSystem, sense: 'Minimize' | 'Maximize', objective: string): string {
  const name = new Map(system.variables.map((v, i) => [v, `x${i}`]));
  const nameOf = (v: string) => {
    const found = name.get(v);
    if (!found) throw new Error(`A constraint names an unknown variable: ${v}`);
    return found;
  };
  const expression = (terms: LinearConstraint['terms']) => terms.map(([v, c]) => `${c < 0 ? '-' : '+'} ${number(Math.abs(c))} ${nameOf(v)}`).join(' ');
  const rows = system.constraints.flatMap((c, i) => [
    ...(c.min !== undefined ? [` r${i}l: ${expression(c.terms)} >= ${number(c.min)}`] : []),
    ...(c.max !== undefined ? [` r${i}u: ${expression(c.terms)} <= ${number(c.max)}`] : []),
  ]);
  return [sense, ` obj: ${nameOf(objective)}`, 'Subject To', ...(rows.length ? rows : [` r: ${nameOf(objective)} >= 0`]), 'End', ''].join('\n');
}

/** Each variable's range by linear programming (the relaxation: counts taken as real numbers). */
export async function variableRanges(system: LinearSystem, variables: readonly string[]): Promise<Map<string, VariableRange>> {
  const lp = await solver();
  const bound = (sense: 'Minimize' | 'Maximize', variable: string): number | null => {
    const result = lp.solve(lpText(system, sense, variable), { output_flag: false });
    if (result.Status === 'Optimal') return result.ObjectiveValue;
    // Every variable is ≥ 0, so only a maximum can run away; the minimum is solved first and tells feasibility.
    if (result.Status === 'Unbounded' || (result.Status === 'Primal infeasible or unbounded' && sense === 'Maximize')) return Infinity;
    if (result.Status === 'Infeasible' || result.Status === 'Primal infeasible or unbounded') return null;
    throw new Error(`The LP solver answered ${result.Status}`);
  };
  const ranges = new Map<string, VariableRange>();
  for (const variable of variables) {
    const min = bound('Minimize', variable);
    const max = min === null ? null : bound('Maximize', variable);
    ranges.set(variable, min === null || max === null ? null : { min, max });
  }
  return ranges;
}
