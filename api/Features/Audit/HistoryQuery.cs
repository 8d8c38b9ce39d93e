using System.Text.Json;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Contracts.Audit;
using DeliveryTracker.Contracts.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Audit;

/// <summary>Reads the recorded changes of one entity, newest first; shared by every <c>…/{id}/history</c> endpoint.</summary>
public static class HistoryQuery
{
    public const int MaxEntries = 200;

    /// <summary>
    /// The history of the <typeparamref name="TEntity"/> with this id: 404 only when it never existed (a deleted
    /// entity keeps its history, ending in "Deleted").
    /// </summary>
    public static async Task<Results<Ok<Page<HistoryEntryDto>>, NotFound>> ResultAsync<TEntity>(TrackerDbContext db, Guid id, CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(db);
        var history = await ForAsync(db, typeof(TEntity).Name, id, cancellationToken);
        return history.Items.Count == 0 && !await db.Set<TEntity>().AnyAsync(e => EF.Property<Guid>(e, "Id") == id, cancellationToken)
            ? TypedResults.NotFound()
            : TypedResults.Ok(history);
    }

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
            entries.Select(e => new HistoryEntryDto(
                e.OccurredAt, e.Actor, e.Operation, HistoryFieldNames.ToApiNames(Parse(e.Before), db.Model), HistoryFieldNames.ToApiNames(Parse(e.After), db.Model))).ToList(),
            NextCursor: null);
    }

    private static JsonElement? Parse(string? json) => json is null ? null : JsonDocument.Parse(json).RootElement.Clone();
}
