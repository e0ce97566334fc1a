import { INQUIRY_KINDS, InquiryChannel, InquiryKind, InquiryStatus } from '@raadgiver/domain';
import { DemoOrgUnit, DemoRegistrationYear, DemoTenant } from './demo-tenant';
import { demoSummary } from './demo-summaries';
import { apportion, hashString, mulberry32, pick, pickWeighted, Random, randomInt, shuffled } from './prng';

/** The seed every demo installation uses; change it and the registrations change, the figures do not. */
export const DEMO_INQUIRY_SEED = 20_260_101;

export interface DemoCitizenRow {
  reference: string;
  displayName: string;
}

/** One generated registration, with org unit, categories, outcome, citizen and main case by natural key. */
export interface DemoInquiryRow {
  reference: string;
  receivedOn: string;
  channel: InquiryChannel;
  citizenReference: string;
  kind: InquiryKind;
  orgUnit: string | null;
  categories: string[];
  outcome: string | null;
  mainReference: string | null;
  firstContactOn: string | null;
  closedOn: string | null;
  status: InquiryStatus;
  summary: string;
}

export interface DemoRegistrations {
  citizens: DemoCitizenRow[];
  /** Oldest period first, in reference order within a period; a main case always comes before its follow-ups. */
  inquiries: DemoInquiryRow[];
}

const CHANNELS: readonly (readonly [InquiryChannel, number])[] = [
  ['phone', 45],
  ['email', 28],
  ['meeting', 10],
  ['digital_post', 12],
  ['letter', 3],
  ['other', 2],
];

const DAY = 86_400_000;
const toDay = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
const toIso = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
const pad = (n: number): string => String(n).padStart(4, '0');

/** Generation state of one registration before references are known. */
interface Draft {
  index: number;
  group: number;
  kind: InquiryKind;
  unit: string | null;
  received: number;
  citizen: string;
  main: Draft | null;
  open: boolean;
  reference: string;
}

/**
 * The demo registrations of one tenant: a pure function of the tenant's published figures and `seed`.
 * Throws when the figures contradict each other or name a unit, category or outcome the tenant lacks.
 */
export function generateDemoRegistrations(tenant: DemoTenant, seed: number = DEMO_INQUIRY_SEED): DemoRegistrations {
  const random = mulberry32((seed ^ hashString(tenant.slug)) >>> 0);
  checkNames(tenant);
  const citizens: DemoCitizenRow[] = [];
  const inquiries: DemoInquiryRow[] = [];
  let previous: string[] = [];
  for (const year of tenant.registrations) {
    if (year.returningCitizens > previous.length) throw new Error(`${tenant.slug} ${year.year}: more returning citizens than before`);
    const returning = shuffled(random, previous).slice(0, year.returningCitizens);
    const fresh = Array.from({ length: year.citizens - year.returningCitizens }, () => {
      const number = pad(citizens.length + 1);
      citizens.push({ reference: `B-${number}`, displayName: `Borger ${number}` });
      return `B-${number}`;
    });
    const pool = shuffled(random, [...returning, ...fresh]);
    inquiries.push(...generateYear(random, tenant, year, pool));
    previous = pool;
  }
  return { citizens, inquiries };
}

function generateYear(random: Random, tenant: DemoTenant, year: DemoRegistrationYear, pool: string[]): DemoInquiryRow[] {
  const where = `${tenant.slug} ${year.year}`;
  const from = toDay(year.from);
  const to = toDay(year.to);
  const complaintsPerGroup = year.groups.map((group, index) => [String(index), group.kinds.complaint ?? 0] as const);
  const followUpsPerGroup = apportion(year.followUps, complaintsPerGroup).map(([, n]) => n);
  const drafts: Draft[] = [];
  const draft = (fields: Omit<Draft, 'index' | 'open' | 'reference' | 'citizen'> & { citizen?: string }): Draft => {
    const created: Draft = { index: drafts.length, open: false, reference: '', citizen: '', ...fields };
    drafts.push(created);
    return created;
  };

  // Main cases, spread evenly at random over the period.
  year.groups.forEach((group, g) => {
    for (const kind of INQUIRY_KINDS) {
      const count = (group.kinds[kind] ?? 0) - (kind === 'complaint' ? followUpsPerGroup[g] : 0);
      if (count < 0 || (kind === 'complaint' && followUpsPerGroup[g] > 0 && count === 0)) throw new Error(`${where}: too many follow-ups`);
      for (let i = 0; i < count; i++) {
        draft({ group: g, kind, unit: pickWeighted(random, group.units), received: randomInt(random, from, to), main: null });
      }
    }
  });
  const mains = [...drafts];
  if (mains.length < year.citizens) throw new Error(`${where}: fewer main cases than citizens`);
  if (pool.length !== year.citizens) throw new Error(`${where}: citizen pool does not match`);

  // Every citizen has a main case; the extra main cases go to a smaller set of citizens who come back.
  const regulars = pool.slice(0, Math.max(1, Math.ceil(pool.length * 0.3)));
  shuffled(random, mains).forEach((main, i) => {
    main.citizen = i < pool.length ? pool[i] : pick(random, regulars);
  });

  // Follow-ups: a later complaint of the same citizen in the same course of events (same unit).
  year.groups.forEach((_group, g) => {
    const candidates = mains.filter((m) => m.group === g && m.kind === 'complaint' && m.received <= to - 3);
    for (let i = 0; i < followUpsPerGroup[g]; i++) {
      if (candidates.length === 0) throw new Error(`${where}: no main case for a follow-up`);
      const main = pick(random, candidates);
      const received = main.received + randomInt(random, 3, Math.min(75, to - main.received));
      draft({ group: g, kind: 'complaint', unit: main.unit, received, main, citizen: main.citizen });
    }
  });

  drafts.sort((a, b) => a.received - b.received || a.index - b.index);
  drafts.forEach((d, i) => (d.reference = `${tenant.referencePrefix}-${year.year}-${pad(i + 1)}`));

  // The cases still open are among the latest received.
  const stillOpen = year.stillOpen ?? 0;
  const latest = drafts.slice(Math.max(0, drafts.length - stillOpen * 3));
  for (const d of shuffled(random, latest).slice(0, stillOpen)) d.open = true;

  const categories = assignCategories(random, where, year, drafts);
  const outcomes = assignOutcomes(random, year, drafts);
  const codes = new Map(tenant.categories.map((c) => [c.name, c.nationalCode]));

  return drafts.map((d): DemoInquiryRow => {
    const received = d.received;
    const contactRoll = random();
    const contactAfter = contactRoll < 0.08 ? randomInt(random, 0, 1) : contactRoll < 0.85 ? randomInt(random, 2, 10) : randomInt(random, 11, 30);
    const closeRoll = random();
    const closeAfter = closeRoll < 0.6 ? randomInt(random, 1, 20) : closeRoll < 0.9 ? randomInt(random, 21, 45) : randomInt(random, 46, 60);
    const firstContact = d.open && received + contactAfter > to ? null : received + contactAfter;
    const closed = d.open ? null : Math.max(received + closeAfter, firstContact ?? received);
    return {
      reference: d.reference,
      receivedOn: toIso(received),
      channel: pickWeighted(random, CHANNELS),
      citizenReference: d.citizen,
      kind: d.kind,
      orgUnit: d.unit,
      categories: categories.get(d) ?? [],
      outcome: outcomes.get(d) ?? null,
      mainReference: d.main?.reference ?? null,
      firstContactOn: firstContact === null ? null : toIso(firstContact),
      closedOn: closed === null ? null : toIso(closed),
      status: closed === null ? 'open' : 'closed',
      summary: demoSummary(random, d.kind, d.unit, d.main !== null, codes.get(categories.get(d)?.[0] ?? '')),
    };
  });
}

/** Every complaint gets at least one category and no category twice; the counts per category are exact. */
function assignCategories(random: Random, where: string, year: DemoRegistrationYear, drafts: Draft[]): Map<Draft, string[]> {
  const result = new Map<Draft, string[]>();
  const complaints = drafts.filter((d) => d.kind === 'complaint');
  const entries = Object.entries(year.complaintCategories);
  const order = new Map(entries.map(([name], i) => [name, i]));
  const total = year.categoryLinksPerComplaint
    ? Math.max(complaints.length, Math.round(complaints.length * year.categoryLinksPerComplaint))
    : entries.reduce((sum, [, n]) => sum + n, 0);
  const counts = apportion(total, entries);
  if (total < complaints.length || counts.some(([, n]) => n > complaints.length)) {
    throw new Error(`${where}: the complaint categories cannot give every complaint at least one category, none twice`);
  }
  const deck = shuffled(random, counts.flatMap(([name, n]) => Array<string>(n).fill(name)));
  complaints.forEach((complaint, i) => result.set(complaint, [deck[i]]));
  for (const name of deck.slice(complaints.length)) {
    let target = pick(random, complaints);
    if (result.get(target)?.includes(name)) {
      const start = complaints.indexOf(target);
      for (let step = 1; step <= complaints.length; step++) {
        target = complaints[(start + step) % complaints.length];
        if (!result.get(target)?.includes(name)) break;
      }
    }
    result.get(target)?.push(name);
  }
  for (const names of result.values()) names.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  for (const d of drafts) {
    const name = d.kind !== 'complaint' ? year.kindCategories?.[d.kind] : undefined;
    if (name) result.set(d, [name]);
  }
  return result;
}

/** Outcomes only on closed complaints, in the exact apportioned numbers. */
function assignOutcomes(random: Random, year: DemoRegistrationYear, drafts: Draft[]): Map<Draft, string> {
  const closed = drafts.filter((d) => d.kind === 'complaint' && !d.open);
  const counts = apportion(closed.length, Object.entries(year.complaintOutcomes));
  const deck = shuffled(random, counts.flatMap(([name, n]) => Array<string>(n).fill(name)));
  return new Map(closed.map((d, i) => [d, deck[i]]));
}

function unitNames(units: readonly DemoOrgUnit[]): string[] {
  return units.flatMap((unit) => [unit.name, ...unitNames(unit.children ?? [])]);
}

function checkNames(tenant: DemoTenant): void {
  const units = new Set(unitNames(tenant.orgUnits));
  const categories = new Set(tenant.categories.map((c) => c.name));
  const outcomes = new Set(tenant.outcomes.map((o) => o.name));
  const missing = (kind: string, names: Iterable<string | null>, known: Set<string>) => {
    for (const name of names) {
      if (name !== null && !known.has(name)) throw new Error(`Demo data: ${tenant.slug} has no ${kind} named "${name}"`);
    }
  };
  for (const year of tenant.registrations) {
    missing('org unit', year.groups.flatMap((g) => g.units.map(([name]) => name)), units);
    missing('category', [...Object.keys(year.complaintCategories), ...Object.values(year.kindCategories ?? {})], categories);
    missing('outcome', Object.keys(year.complaintOutcomes), outcomes);
  }
}
