import type { KpiSummaryDto, LeadDto, PlanDto, RecommendationDto } from '@/api/delivery-tracker-client';
import { useAllLeads } from '@/features/plan-editing/api/list-all-leads';
import { usePlanKpis } from '@/features/plan-editing/api/list-plan-kpis';
import { useReviewRecommendations } from '@/features/plan-editing/api/list-review-recommendations';

export type ActionFormChoices = {
  leads: LeadDto[];
  kpis: KpiSummaryDto[];
  /** The plan's review's recommendations; empty when the plan answers no review. */
  recommendations: RecommendationDto[];
};

/**
 * What the action form offers to choose from: every lead, the KPIs the plan's actions may link to, and the
 * recommendations of the plan's review. One loading and one error state for the three, as the form needs them all.
 */
export function useActionFormChoices(plan: Pick<PlanDto, 'id' | 'reviewId'>) {
  const leads = useAllLeads();
  const kpis = usePlanKpis(plan.id);
  const recommendations = useReviewRecommendations(plan.reviewId ?? undefined);
  const queries = [leads, kpis, ...(plan.reviewId ? [recommendations] : [])];
  const failed = queries.find((query) => query.isError);
  const data: ActionFormChoices | undefined =
    leads.data && kpis.data && (!plan.reviewId || recommendations.data)
      ? { leads: leads.data, kpis: kpis.data, recommendations: recommendations.data ?? [] }
      : undefined;
  return {
    isPending: !failed && data === undefined,
    isError: failed !== undefined,
    error: failed?.error ?? null,
    data,
  };
}
