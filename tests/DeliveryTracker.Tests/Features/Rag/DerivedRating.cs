using DeliveryTracker.Contracts.Rag;

namespace DeliveryTracker.Tests.Features.Rag;

/// <summary>An action's derived RAG rating and why, as the test oracle <see cref="RagRules"/> works it out.</summary>
/// <param name="Rating">Green, Amber, Red, Complete or NotRated; null for a cancelled action.</param>
/// <param name="Reason">The rule that decided it.</param>
/// <param name="ReasonDate">The due date (overdue, due soon) or the last activity date (stale); otherwise null.</param>
/// <param name="ReasonDays">Days overdue, days until due, days since the last activity, or points behind schedule.</param>
public sealed record DerivedRating(RagRating? Rating, RagReason Reason, DateOnly? ReasonDate, int? ReasonDays);
