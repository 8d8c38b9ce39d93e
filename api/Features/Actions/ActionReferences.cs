using System.Globalization;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Actions;

/// <summary>
/// Allocates action references (SYV-2.3) and keeps them unique in a plan: the one write rule for references, for the
/// action endpoints and (to come) importers.
/// </summary>
public static class ActionReferences
{
    /// <summary>
    /// <paramref name="requested"/>, or the next free reference under the objective when none is requested; refused
    /// when another action of the plan already has it.
    /// </summary>
    /// <exception cref="ConflictException">Another action of the plan has the reference.</exception>
    public static async Task<string> AllocateAsync(
        TrackerDbContext db, Guid planId, string themeCode, int objectivePosition, string? requested, CancellationToken cancellationToken)
    {
        var reference = requested ?? await NextAsync(db, planId, themeCode, objectivePosition, cancellationToken);
        await EnsureFreeAsync(db, planId, reference, actionId: null, cancellationToken);
        return reference;
    }

    /// <summary>
    /// The next free reference under the objective: SYV-2.1, SYV-2.2 … after the highest number already used with the
    /// prefix anywhere in the plan, so a deleted or renamed action's reference is never reissued to a different one.
    /// </summary>
    public static async Task<string> NextAsync(TrackerDbContext db, Guid planId, string themeCode, int objectivePosition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{themeCode}-{objectivePosition}.");
        var taken = await db.Actions.Where(a => a.PlanId == planId && a.ReferenceCode.StartsWith(prefix)).Select(a => a.ReferenceCode).ToListAsync(cancellationToken);
        var highest = taken
            .Select(r => int.TryParse(r.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0)
            .Max();
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{highest + 1}");
    }

    /// <summary>Refuses <paramref name="reference"/> when an action of the plan other than <paramref name="actionId"/> has it.</summary>
    /// <exception cref="ConflictException">Another action of the plan has the reference; names it.</exception>
    public static async Task EnsureFreeAsync(TrackerDbContext db, Guid planId, string reference, Guid? actionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var holder = await db.Actions
            .Where(a => a.PlanId == planId && a.ReferenceCode == reference && a.Id != actionId)
            .Select(a => new { a.Id, a.ReferenceCode, a.Text })
            .FirstOrDefaultAsync(cancellationToken);
        if (holder is not null)
        {
            throw new ConflictException(
                $"Another action of the plan already has the reference {reference}; references are unique in a plan.",
                new Dictionary<string, object?> { ["conflictsWith"] = holder });
        }
    }
}
