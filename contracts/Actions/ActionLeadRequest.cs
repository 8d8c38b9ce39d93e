namespace DeliveryTracker.Contracts.Actions;

/// <summary>A lead to give an action.</summary>
/// <param name="LeadId">The lead's id (see the leads list).</param>
/// <param name="IsPrimary">True for the one lead accountable for the action. When no lead is marked, the first is primary. Required, as in every request.</param>
public sealed record ActionLeadRequest(Guid LeadId, bool IsPrimary);
