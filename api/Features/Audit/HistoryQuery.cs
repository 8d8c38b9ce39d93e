using System.Text.Json;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Contracts.Audit;
using DeliveryTracker.Contracts.Common;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Audit;

/// <summary>Reads the recorded changes of one entity, newest first; shared by every <c>…/{id}/history</c> endpoint.</summary>
public static class HistoryQuery
{
    public const int MaxEntries = 200;

    public static async Task<Page<HistoryEntryDto>> ForAsync(TrackerDbContext db, string entityType, Guid entityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entries = await db.AuditEntries
            .AsNoTracking()
            .Where(e => e.EntityType == entityType && e.EntityId == entityId)
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Take(MaxEntries)
            .ToListAsync(cancellationToken);
        return new Page<HistoryEntryDto>(
            entries.Select(e => new HistoryEntryDto(e.OccurredAt, e.Actor, e.Operation, Parse(e.Before), Parse(e.After))).ToList(),
            NextCursor: null);
    }

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
