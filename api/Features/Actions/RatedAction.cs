using DeliveryTracker.Api.Features.Rag;

namespace DeliveryTracker.Api.Features.Actions;

/// <summary>An action with its row of <c>action_ratings(as_of)</c>, as the list query composes them.</summary>
/// <remarks>
/// A class with init properties rather than a positional record: EF Core can see through member initialisers when
/// later operators (filters, ordering) reach into <c>Action</c> and <c>Rating</c>, but not through constructor calls.
/// </remarks>
public sealed class RatedAction
{
    public required PlanAction Action { get; init; }

    public required ActionRating Rating { get; init; }

    /// <summary>
    /// The action's band in <see cref="Contracts.Actions.ActionSort.Urgency"/>, most urgent 0 (see
    /// <see cref="ActionListQuery.Apply"/>); computed in the database only where a query reads it.
    /// </summary>
    public int Urgency { get; init; }

    /// <summary>Within the overdue and due-soon bands, the due date (earliest first); elsewhere <see cref="DateOnly.MinValue"/>.</summary>
    public DateOnly UrgencyDue { get; init; }
}
