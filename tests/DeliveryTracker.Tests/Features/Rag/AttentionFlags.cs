namespace DeliveryTracker.Tests.Features.Rag;

/// <summary>An action's attention flags as the test oracle <see cref="RagRules.Flags"/> works them out.</summary>
public sealed record AttentionFlags(bool Overdue, bool DueSoon, bool Stale, bool Blocked);
