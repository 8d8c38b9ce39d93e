// PROVISIONAL: the shape of GET /api/v1/plans/{planId}/dashboard as its brief describes it, until feature/api-dashboard
// commits the endpoint and the generated client carries the real types. Replaced by those on merge.
import type { ActionStatus, KpiDirection, KpiRatingDto, KpiUnit, RagRating } from '@/api/delivery-tracker-client';

export interface RagCountDto {
  rating: RagRating;
  count: number;
}

export interface RagCountsDto {
  counts: RagCountDto[];
  total: number;
  excluded: number;
}

export interface ThemeDashboardDto extends RagCountsDto {
  themeId: string;
  code: string;
  title: string;
}

export interface AttentionCountsDto {
  overdue: number;
  dueSoon: number;
  stale: number;
  blocked: number;
}

export interface KpiTrendPointDto {
  periodLabel: string;
  value: number;
}

export interface KpiTileDto {
  id: string;
  code: string;
  name: string;
  unit: KpiUnit;
  direction: KpiDirection;
  target: number | undefined;
  latestValue: number | undefined;
  latestPeriodLabel: string | undefined;
  rating: KpiRatingDto;
  trend: KpiTrendPointDto[];
}

export interface LatestUpdateDto {
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
  ratings: RagCountsDto;
  themes: ThemeDashboardDto[];
  attention: AttentionCountsDto;
  kpis: KpiTileDto[];
  latestUpdates: LatestUpdateDto[];
}
