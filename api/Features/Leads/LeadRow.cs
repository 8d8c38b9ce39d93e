namespace DeliveryTracker.Api.Features.Leads;

/// <summary>A lead (with its organisation loaded) and its action counts, as read for one response.</summary>
internal sealed record LeadRow(Lead Lead, int OpenActionCount, int OverdueActionCount);
