using System.Text.Json;
using System.Text.Json.Serialization;
using DeliveryTracker.Api.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DeliveryTracker.Api.Infrastructure.Auditing;

/// <summary>
/// Stamps <c>UpdatedAt</c> on changed entities and adds an <see cref="AuditEntry"/> for every entity added, changed or deleted, in the same <c>SaveChanges</c> and so
/// the same transaction as the change: a change is never saved without its audit, nor audited without being saved.
/// </summary>
/// <remarks>
/// Owned parts (an action's timescale, a plan's settings) are audited as properties of their owner
/// (<c>Timescale.DueDate</c>); link rows (action ↔ lead) under the action they belong to. Only changed properties
/// are written for updates. The concurrency token and generated search column are left out.
/// </remarks>
public sealed class AuditInterceptor(AuditActor actor, TimeProvider time) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    /// <summary>
    /// Left out of every entry: bookkeeping the app stamps, and secrets or their hashes, which must never reach the
    /// history. Columns the database writes itself (xmin, the search vector, the plan-order positions) are left out by
    /// their metadata (<see cref="ValueGenerated.OnAddOrUpdate"/>), not by name.
    /// </summary>
    private static readonly HashSet<string> Ignored =
    [
        "UpdatedAt",
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "NormalizedEmail", "NormalizedUserName", "AccessFailedCount", "LockoutEnd",
        "Hash", "LastUsedAt", "EncryptedSecret",
    ];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            AddAuditEntries(context);
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Context is { } context)
        {
            AddAuditEntries(context);
        }

        return base.SavingChanges(eventData, result);
    }

    private void AddAuditEntries(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var now = time.GetUtcNow();
        foreach (var modified in context.ChangeTracker.Entries().Where(e => e.State == EntityState.Modified && e.Metadata.FindProperty("UpdatedAt") is not null))
        {
            modified.Property("UpdatedAt").CurrentValue = now;
        }

        var changes = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsAudited(e))
            .GroupBy(Owner)
            .ToList();

        foreach (var group in changes)
        {
            var (entityType, entityId) = group.Key;
            var root = group.FirstOrDefault(e => !e.Metadata.IsOwned() && !IsLink(e));
            var before = new Dictionary<string, object?>();
            var after = new Dictionary<string, object?>();
            foreach (var entry in group)
            {
                Collect(entry, before, after);
            }

            if (before.Count == 0 && after.Count == 0)
            {
                continue;
            }

            context.Add(new AuditEntry
            {
                OccurredAt = now,
                Actor = actor.Name,
                EntityType = entityType,
                EntityId = entityId,
                // Only a change to part of an entity (its timescale, its leads) is an update of that entity.
                Operation = root?.State switch { EntityState.Added => "Created", EntityState.Deleted => "Deleted", _ => "Updated" },
                Before = before.Count == 0 ? null : JsonSerializer.Serialize(before, Json),
                After = after.Count == 0 ? null : JsonSerializer.Serialize(after, Json),
            });
        }
    }

    /// <summary>The audited entity an entry belongs to: itself, its owner (owned types) or its first key part (link rows).</summary>
    private static (string EntityType, Guid EntityId) Owner(EntityEntry entry)
    {
        var ownership = entry.Metadata.FindOwnership();
        if (ownership is not null)
        {
            return (ownership.PrincipalEntityType.ClrType.Name, (Guid)entry.Property(ownership.Properties[0].Name).CurrentValue!);
        }

        var key = entry.Metadata.FindPrimaryKey()!.Properties;
        var id = (Guid)entry.Property(key[0].Name).CurrentValue!;
        if (key.Count == 1)
        {
            return (entry.Metadata.ClrType.Name, id);
        }

        // A link row (ActionLead: ActionId + LeadId) belongs to the entity its first key part points at.
        var principal = entry.Metadata.GetForeignKeys().First(fk => fk.Properties[0] == key[0]).PrincipalEntityType;
        return (principal.ClrType.Name, id);
    }

    /// <summary>
    /// Only this service's own entities are audited, and not its logs. Framework rows (Identity's roles, tokens and
    /// logins; data-protection keys) are not: user accounts are audited as <c>TrackerUser</c>, and role changes go to
    /// the security log with the roles before and after.
    /// </summary>
    private static bool IsAudited(EntityEntry entry) =>
        entry.Metadata.ClrType.Assembly == typeof(AuditInterceptor).Assembly
        && entry.Entity is not (AuditEntry or Features.Security.SecurityEvent);

    private static bool IsLink(EntityEntry entry) => entry.Metadata.FindPrimaryKey()!.Properties.Count > 1;

    private static void Collect(EntityEntry entry, Dictionary<string, object?> before, Dictionary<string, object?> after)
    {
        if (IsLink(entry))
        {
            CollectLink(entry, before, after);
            return;
        }

        var prefix = entry.Metadata.FindOwnership() is { } ownership ? ownership.PrincipalToDependent!.Name + "." : "";
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Ignored.Contains(name)
                || property.Metadata.ValueGenerated == ValueGenerated.OnAddOrUpdate
                || (prefix.Length > 0 && property.Metadata.IsPrimaryKey()))
            {
                continue;
            }

            var key = prefix + name;
            switch (entry.State)
            {
                case EntityState.Added:
                    after[key] = property.CurrentValue;
                    break;
                case EntityState.Deleted:
                    before[key] = property.OriginalValue;
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    before[key] = property.OriginalValue;
                    after[key] = property.CurrentValue;
                    break;
            }
        }
    }

    /// <summary>A link row is one value under its owner: <c>"ActionLead:{leadId}": {"isPrimary": true, …}</c>.</summary>
    private static void CollectLink(EntityEntry entry, Dictionary<string, object?> before, Dictionary<string, object?> after)
    {
        var key = entry.Metadata.FindPrimaryKey()!.Properties;
        var name = $"{entry.Metadata.ClrType.Name}:{entry.Property(key[1].Name).CurrentValue}";
        var values = entry.Properties.Where(p => !p.Metadata.IsPrimaryKey()).ToList();
        if (entry.State != EntityState.Added)
        {
            before[name] = values.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue);
        }

        if (entry.State != EntityState.Deleted)
        {
            after[name] = values.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue);
        }
    }
}
