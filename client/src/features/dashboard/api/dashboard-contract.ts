// PROVISIONAL: the shape of GET /api/v1/plans/{planId}/dashboard as feature/api-dashboard is writing it
// (contracts/Plans/PlanDashboardDto.cs), until that branch commits the endpoint and the generated client carries the
// real types. Replaced by those on merge.
import type { ActionStatus, KpiDirection, KpiRatingDto, KpiUnit, RagRating, RagScale } from '@/api/delivery-tracker-client';

export interface RatingCountsDto {
  /** Actions counted, cancelled ones included. */
  total: number;
  /** Cancelled actions, which carry no rating. */
  excluded: number;
  /** Every rating of the plan's scale (with Complete and NotRated), 0 included. */
  counts: { [key in RagRating]?: number };
}

export interface DashboardThemeDto {
  themeId: string;
  code: string;
  title: string;
  ratings: RatingCountsDto;
}

export interface AttentionCountsDto {
  overdue: number;
  dueSoon: number;
  stale: number;
  blocked: number;
}

export interface KpiTrendPointDto {
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  value: number;
}

export interface KpiTileDto {
  id: string;
  code: string;
  name: string;
  unit: KpiUnit;
  direction: KpiDirection;
  target: number | undefined;
  amberTolerance: number | undefined;
  rating: KpiRatingDto;
  trend: KpiTrendPointDto[];
}

export interface LatestProgressUpdateDto {
  id: string;
  actionId: string;
  referenceCode: string;
  actionText: string;
  authorName: string;
  postedAt: string;
  status: ActionStatus;
  reportedRag: RagRating | undefined;
  note: string | undefined;
}

export interface PlanDashboardDto {
  planId: string;
  asOf: string;
  ragScale: RagScale;
  ratings: RatingCountsDto;
  themes: DashboardThemeDto[];
  attention: AttentionCountsDto;
  kpis: KpiTileDto[];
  latestUpdates: LatestProgressUpdateDto[];
}
