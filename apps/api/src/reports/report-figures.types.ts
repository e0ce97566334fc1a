import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Fraction, InquiryKind } from '@raadgiver/domain';
import { InquiryKindEnum } from '../graphql/enums';
import { ResponseTargetsType } from '../settings/response-targets.types';

/**
 * GraphQL mirrors of the statistics engine's ReportFigures (libs/domain/src/statistics). The resolver returns the
 * engine's object as it is; shares are exact fractions with the rounded prose and table strings resolved beside them.
 */

@ObjectType('ReportPeriod', { description: 'A period, both ends included' })
export class ReportPeriodType {
  @Field({ description: 'YYYY-MM-DD' }) from!: string;
  @Field({ description: 'YYYY-MM-DD' }) to!: string;
}

@ObjectType('Share', {
  description: 'An exact share, numerator of denominator (0 when the denominator is 0), with its rounded forms: prose whole per cent, tables one decimal, rounded half up',
})
export class ShareType implements Fraction {
  @Field(() => Int) numerator!: number;
  @Field(() => Int) denominator!: number;
}

@ObjectType('ComparedInt', { description: 'A count for the period and the same count for the comparison period (null without one)' })
export class ComparedIntType {
  @Field(() => Int) current!: number;
  @Field(() => Int, { nullable: true }) comparison!: number | null;
}

@ObjectType('ComparedOptionalInt', { description: 'A number for the period and the comparison period; null where there is none' })
export class ComparedOptionalIntType {
  @Field(() => Int, { nullable: true }) current!: number | null;
  @Field(() => Int, { nullable: true }) comparison!: number | null;
}

@ObjectType('ComparedOptionalFloat', { description: 'A rate for the period and the comparison period; null where there is none' })
export class ComparedOptionalFloatType {
  @Field(() => Float, { nullable: true }) current!: number | null;
  @Field(() => Float, { nullable: true }) comparison!: number | null;
}

@ObjectType('ComparedShare', { description: 'A share for the period and for the comparison period (null without one)' })
export class ComparedShareType {
  @Field(() => ShareType) current!: Fraction;
  @Field(() => ShareType, { nullable: true }) comparison!: Fraction | null;
}

@ObjectType('CountWithShare')
export class CountWithShareType {
  @Field(() => ComparedIntType) count!: ComparedIntType;
  @Field(() => ComparedShareType) share!: ComparedShareType;
}

@ObjectType('KindFigure', { description: 'Registrations of one kind; shares are of all registrations' })
export class KindFigureType extends CountWithShareType {
  @Field(() => InquiryKindEnum) kind!: InquiryKind;
}

@ObjectType('CatalogueRow', { description: 'One complaint category or outcome with its count' })
export class CatalogueRowType extends CountWithShareType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('FoldedOther', { description: 'The small entries folded into "other" (Lejre: "68 problems in 26 types")' })
export class FoldedOtherType extends CountWithShareType {
  @Field(() => ComparedIntType, { description: 'How many entries with registrations were folded' }) foldedEntries!: ComparedIntType;
}

@ObjectType('FoldedCounts', {
  description:
    'Counts per catalogue entry, largest first, small ones folded into other. An inquiry with two categories counts in both, so total can exceed base; shares are of base',
})
export class FoldedCountsType {
  @Field(() => [CatalogueRowType]) rows!: CatalogueRowType[];
  @Field(() => FoldedOtherType) other!: FoldedOtherType;
  @Field(() => ComparedIntType, { description: 'All counts, shown and folded' }) total!: ComparedIntType;
  @Field(() => ComparedIntType, { description: 'The complaints the shares are of' }) base!: ComparedIntType;
}

@ObjectType('OrgUnitFigureRow', { description: "Today's unit, with renamed and merged predecessors counted under it" })
export class OrgUnitRowType extends CountWithShareType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) shortName!: string | null;
  @Field(() => [String], { description: 'Names this unit or its predecessors had before' }) formerNames!: string[];
  @Field(() => ComparedOptionalIntType, { description: 'Decided cases entered for the unit in the year each period ends in' })
  decidedCases!: ComparedOptionalIntType;
  @Field(() => ComparedOptionalFloatType, { description: 'Registrations per 1,000 decided cases, one decimal; null without decided cases' })
  perThousandDecidedCases!: ComparedOptionalFloatType;
}

@ObjectType('OrgUnitFigures')
export class OrgUnitFiguresType {
  @Field(() => [OrgUnitRowType], { description: 'Per unit a registration names, largest first' }) units!: OrgUnitRowType[];
  @Field(() => [OrgUnitRowType], { description: 'Per top-level centre or area with everything below it, largest first' }) topLevel!: OrgUnitRowType[];
  @Field(() => CountWithShareType, { description: 'Registrations without a unit; shares of all registrations' }) withoutUnit!: CountWithShareType;
}

@ObjectType('ResponseTimeFigures')
export class ResponseTimeFiguresType {
  @Field(() => Int, { description: 'Registrations of the period with this step done' }) measured!: number;
  @Field(() => Float, { nullable: true, description: 'Median days; null when nothing is measured' }) median!: number | null;
  @Field(() => Int, { nullable: true, description: '90th percentile days, nearest rank' }) p90!: number | null;
  @Field(() => ShareType, { description: 'Done within the target, of the measured' }) withinTarget!: Fraction;
}

@ObjectType('ComparedResponseTimes')
export class ComparedResponseTimesType {
  @Field(() => ResponseTimeFiguresType) current!: ResponseTimeFiguresType;
  @Field(() => ResponseTimeFiguresType, { nullable: true }) comparison!: ResponseTimeFiguresType | null;
}

@ObjectType('ReportFigures', { description: "The annual report's figures, each with the comparison period's beside it" })
export class ReportFiguresType {
  @Field(() => ReportPeriodType) period!: ReportPeriodType;
  @Field(() => ReportPeriodType, { nullable: true }) comparison!: ReportPeriodType | null;
  @Field(() => ResponseTargetsType) targets!: ResponseTargetsType;
  @Field(() => Int, { description: 'Categories and outcomes below this count are folded into other' }) foldThreshold!: number;
  @Field(() => ComparedIntType, { description: 'Distinct citizens' }) citizens!: ComparedIntType;
  @Field(() => ComparedIntType) registrations!: ComparedIntType;
  @Field(() => ComparedIntType) mainCases!: ComparedIntType;
  @Field(() => ComparedIntType) followUps!: ComparedIntType;
  @Field(() => ComparedIntType) complaintMainCases!: ComparedIntType;
  @Field(() => ComparedIntType) complaintFollowUps!: ComparedIntType;
  @Field(() => [KindFigureType], { description: 'Every kind, complaints first; shares of all registrations' }) kinds!: KindFigureType[];
  @Field(() => FoldedCountsType) complaintCategories!: FoldedCountsType;
  @Field(() => FoldedCountsType, { description: 'Outcomes of complaints; shares of complaints with an outcome' }) complaintOutcomes!: FoldedCountsType;
  @Field(() => OrgUnitFiguresType) orgUnits!: OrgUnitFiguresType;
  @Field(() => ComparedResponseTimesType, { description: 'Days from received to first contact' }) firstContact!: ComparedResponseTimesType;
  @Field(() => ComparedResponseTimesType, { description: 'Days from received to closed' }) close!: ComparedResponseTimesType;
}
