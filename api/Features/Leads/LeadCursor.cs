namespace DeliveryTracker.Api.Features.Leads;

/// <summary>The sort key of the last lead on a page: leads are listed by name, then id.</summary>
internal sealed record LeadCursor(string Name, Guid Id);
