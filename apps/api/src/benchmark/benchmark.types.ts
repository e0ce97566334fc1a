import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  BENCHMARK_FUNNEL_KINDS, BENCHMARK_METRICS, BenchmarkFunnelKind, BenchmarkMetric, COMPARABILITY_REASONS, ComparabilityReason, FunnelPosition, PEER_GROUPS,
  PeerGroup, TAXONOMY_KINDS, TaxonomyKind,
} from '@raadgiver/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;
export const BenchmarkMetricEnum = enumOf(BENCHMARK_METRICS);
export const PeerGroupEnum = enumOf(PEER_GROUPS);
export const TaxonomyKindEnum = enumOf(TAXONOMY_KINDS);
registerEnumType(BenchmarkMetricEnum, { name: 'BenchmarkMetric', description: 'What a benchmark figure measures' });
registerEnumType(PeerGroupEnum, { name: 'BenchmarkPeerGroup', description: "Danmarks Statistik's municipality groups" });
registerEnumType(TaxonomyKindEnum, { name: 'NationalTaxonomyKind' });
export const BenchmarkFunnelKindEnum = enumOf(BENCHMARK_FUNNEL_KINDS);
registerEnumType(BenchmarkFunnelKindEnum, { name: 'BenchmarkFunnelKind', description: 'The rate a funnel plot compares' });
const FUNNEL_POSITIONS: readonly FunnelPosition[] = ['below_998', 'below_95', 'within', 'above_95', 'above_998'];
export const FunnelPositionEnum = enumOf(FUNNEL_POSITIONS);
registerEnumType(FunnelPositionEnum, { name: 'BenchmarkFunnelPosition', description: 'Below or above the 99.8 % or the 95 % control limits, or within them' });
// Named as the domain's codes, as the other benchmark enums: the public GET's JSON (the stored build) is then exactly
// what the query answers.
export const ComparabilityReasonEnum = enumOf(COMPARABILITY_REASONS);
registerEnumType(ComparabilityReasonEnum, {
  name: 'ComparabilityReason',
  description: "Why a municipality's figures of a year are not fully comparable",
  valuesMap: {
    mapping_changed: { description: "A category's or outcome's national mapping, or a unit's department area, changed during the year" },
    units_changed: { description: 'A unit was created, moved, closed, merged or reopened during the year' },
    partial_year: { description: 'The registrations began after January or, in a year that is over, ended before December' },
  },
});

/**
 * A trend has one point per year with figures, a handful, not a page a client can ask to grow: costed like one
 * object. Costed as a list, the trends inside values inside figures took the admin's own dashboard query over the
 * complexity limit (1025 of 1000).
 */
const trendComplexity = { complexity: ({ childComplexity }: { childComplexity: number }) => 1 + childComplexity };

@ObjectType('BenchmarkStatistic', { description: 'Median and quartiles (linear interpolation, type 7) over the published values of every tenant' })
export class BenchmarkStatisticType {
  @Field(() => Float) lowerQuartile!: number;
  @Field(() => Float) median!: number;
  @Field(() => Float) upperQuartile!: number;
  @Field(() => Int) tenantCount!: number;
}

@ObjectType('BenchmarkPeerGroupStatistic')
export class BenchmarkPeerGroupStatisticType {
  @Field(() => PeerGroupEnum) peerGroup!: PeerGroup;
  @Field(() => BenchmarkStatisticType) statistic!: BenchmarkStatisticType;
}

@ObjectType('BenchmarkTrendPoint')
export class BenchmarkTrendPointType {
  @Field(() => Int) year!: number;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field() suppressed!: boolean;
}

@ObjectType('BenchmarkNationalTrendPoint')
export class BenchmarkNationalTrendPointType {
  @Field(() => Int) year!: number;
  @Field(() => Float, { nullable: true }) median!: number | null;
  @Field(() => Int) tenantCount!: number;
}

@ObjectType('BenchmarkRolling', {
  description: 'A figure over three years, counts added before dividing; hidden (no value, no count) when any year of it is, except the own tenant\'s',
})
export class BenchmarkRollingType {
  @Field(() => Int) fromYear!: number;
  @Field(() => Int) toYear!: number;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Int, { nullable: true }) count!: number | null;
  @Field() suppressed!: boolean;
}

@ObjectType('BenchmarkTenantValue', {
  description: 'A named tenant\'s value. Suppressed ("..": fewer than 5, or hidden so that small numbers cannot be worked out) cells have no value, count and rank, except the own tenant\'s on the dashboard',
})
export class BenchmarkTenantValueType {
  @Field(() => ID) tenantId!: string;
  @Field({ description: "The caller's own tenant: value and count are unsuppressed" }) own!: boolean;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => Int, { nullable: true, description: 'The registrations the value is built from' }) count!: number | null;
  @Field({ description: 'Shown to the public as "..": fewer than 5, or hidden so that small numbers cannot be worked out from the totals' }) suppressed!: boolean;
  @Field(() => Int, { nullable: true }) rank!: number | null;
  @Field(() => [BenchmarkTrendPointType], trendComplexity) trend!: BenchmarkTrendPointType[];
  @Field(() => BenchmarkRollingType, { nullable: true, description: 'The three-year rolling figure of the rates; null for the other figures or without three years' })
  rolling!: BenchmarkRollingType | null;
  @Field(() => [ComparabilityReasonEnum], {
    ...trendComplexity,
    description: "Why the municipality's figures of the year are not fully comparable; empty when they are. At most one of each reason",
  })
  comparability!: ComparabilityReason[];
}

@ObjectType('BenchmarkFunnelPoint', { description: 'A named municipality with a count of at least 5' })
export class BenchmarkFunnelPointType {
  @Field(() => ID) tenantId!: string;
  @Field(() => Float, { description: 'The rate as the figure reads it (per 10,000 inhabitants, per cent), unrounded' }) value!: number;
  @Field(() => Int, { description: 'Registrations or complaints' }) count!: number;
  @Field(() => Int, { description: 'Inhabitants (rates) or registrations (the share)' }) exposure!: number;
  @Field(() => FunnelPositionEnum) position!: FunnelPosition;
}

@ObjectType('BenchmarkFunnelLimits')
export class BenchmarkFunnelLimitsType {
  @Field(() => Float) exposure!: number;
  @Field(() => Float) lower998!: number;
  @Field(() => Float) lower95!: number;
  @Field(() => Float) upper95!: number;
  @Field(() => Float) upper998!: number;
}

@ObjectType('BenchmarkFunnel', {
  description: "A funnel plot (Spiegelhalter 2005): the national rate over the published counts, 95 % and 99.8 % control limits by size, widened for over-dispersion when needed",
})
export class BenchmarkFunnelType {
  @Field(() => BenchmarkFunnelKindEnum) kind!: BenchmarkFunnelKind;
  @Field(() => Float) target!: number;
  @Field(() => Int) tenantCount!: number;
  @Field(() => Float) overdispersion!: number;
  @Field() overdispersionAdjusted!: boolean;
  @Field(() => [BenchmarkFunnelPointType], trendComplexity) points!: BenchmarkFunnelPointType[];
  @Field(() => [BenchmarkFunnelLimitsType], trendComplexity) curve!: BenchmarkFunnelLimitsType[];
}

@ObjectType('BenchmarkFigure')
export class BenchmarkFigureType {
  @Field(() => BenchmarkMetricEnum) metric!: BenchmarkMetric;
  @Field(() => String, { nullable: true, description: 'National category, outcome or department area code' }) code!: string | null;
  @Field() nameDa!: string;
  @Field() nameEn!: string;
  @Field(() => BenchmarkStatisticType, { nullable: true, description: 'Null when fewer than 3 tenants have a published value' }) national!: BenchmarkStatisticType | null;
  @Field(() => [BenchmarkPeerGroupStatisticType]) peerGroups!: BenchmarkPeerGroupStatisticType[];
  @Field(() => [BenchmarkTenantValueType]) values!: BenchmarkTenantValueType[];
  @Field(() => [BenchmarkNationalTrendPointType], trendComplexity) nationalTrend!: BenchmarkNationalTrendPointType[];
  @Field(() => [BenchmarkFunnelType], { ...trendComplexity, description: 'Funnel plots of the figure\'s rates; empty for the other figures' }) funnels!: BenchmarkFunnelType[];
}

@ObjectType('BenchmarkTenant', { description: 'A municipality that shows its name in the benchmark (and, on the dashboard, the own one)' })
export class BenchmarkTenantType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() slug!: string;
  @Field() kommunekode!: string;
  @Field(() => PeerGroupEnum, { nullable: true }) peerGroup!: PeerGroup | null;
  @Field() own!: boolean;
  @Field(() => String, { nullable: true, description: "The municipality's comment on its figures of the year" }) comment!: string | null;
}

@ObjectType('NationalTaxonomyEntry')
export class NationalTaxonomyEntryType {
  @Field(() => TaxonomyKindEnum) kind!: TaxonomyKind;
  @Field() code!: string;
  @Field() nameDa!: string;
  @Field() nameEn!: string;
  @Field(() => Int) sortOrder!: number;
}

@ObjectType('NationalTaxonomyVersion')
export class NationalTaxonomyVersionType {
  @Field(() => Int) version!: number;
  @Field(() => [NationalTaxonomyEntryType]) entries!: NationalTaxonomyEntryType[];
}

@ObjectType('Benchmark', { description: 'The national benchmark of a year, built from aggregates only' })
export class BenchmarkType {
  @Field(() => Int) year!: number;
  @Field(() => [Int], { description: 'Years with figures' }) years!: number[];
  @Field(() => Int) taxonomyVersion!: number;
  @Field(() => [BenchmarkTenantType]) tenants!: BenchmarkTenantType[];
  @Field(() => [BenchmarkFigureType]) figures!: BenchmarkFigureType[];
  @Field(() => Date, { nullable: true, description: 'When the figures were last published (the date of the data); null before the first publish' })
  updatedAt!: Date | null;
}

@ObjectType('BenchmarkUnmappedEntry', { description: 'A category or outcome of the tenant that counts as "other" nationally' })
export class BenchmarkUnmappedEntryType {
  @Field(() => TaxonomyKindEnum) kind!: TaxonomyKind;
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() nationalCode!: string;
}

@ObjectType('BenchmarkDashboard')
export class BenchmarkDashboardType {
  @Field(() => BenchmarkType) benchmark!: BenchmarkType;
  @Field(() => [BenchmarkUnmappedEntryType], { description: 'For the tenant admin; empty for other roles' }) unmapped!: BenchmarkUnmappedEntryType[];
  @Field({ description: "Whether the tenant's name is shown to others" }) optIn!: boolean;
}

@InputType()
export class NationalTaxonomyEntryInput {
  @Field(() => TaxonomyKindEnum) @IsIn(TAXONOMY_KINDS) kind!: TaxonomyKind;
  @Field() @Matches(/^[a-z][a-z0-9_]{0,39}$/) code!: string;
  @Field() @MinLength(1) @MaxLength(200) nameDa!: string;
  @Field() @MinLength(1) @MaxLength(200) nameEn!: string;
  @Field(() => Int) @IsInt() @Min(0) @Max(100000) sortOrder!: number;
}

@InputType()
export class CreateNationalTaxonomyVersionInput {
  @Field(() => [NationalTaxonomyEntryInput])
  @ArrayMinSize(3)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => NationalTaxonomyEntryInput)
  entries!: NationalTaxonomyEntryInput[];
}
