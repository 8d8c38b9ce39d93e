namespace DeliveryTracker.Contracts.Common;

/// <summary>One page of a list. Lists are cursor-paginated: pass <c>nextCursor</c> back as <c>cursor</c> for the next page.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items on this page, in the list's order.</param>
/// <param name="NextCursor">Opaque cursor for the next page; null on the last page.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
