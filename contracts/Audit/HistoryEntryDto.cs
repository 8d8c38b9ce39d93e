using System.Text.Json;

namespace DeliveryTracker.Contracts.Audit;

/// <summary>One recorded change to a resource.</summary>
/// <param name="OccurredAt">When the change was saved (UTC).</param>
/// <param name="Actor">Who made it: a user, an API key's name, "anonymous" or "system".</param>
/// <param name="Operation">"Created", "Updated" or "Deleted".</param>
/// <param name="Before">The changed properties' values before the change; null on creation.</param>
/// <param name="After">The changed properties' values after the change; null on deletion.</param>
public sealed record HistoryEntryDto(DateTimeOffset OccurredAt, string Actor, string Operation, JsonElement? Before, JsonElement? After);
