using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Infrastructure.Errors;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Kpis;

/// <summary>
/// Records a KPI's value for a period, keeping one value per KPI and period: the one write rule for measurements,
/// used by the measurement endpoints, the demo seeder and (to come) the KPI feeds and importers.
/// </summary>
/// <remarks>
/// A period is its start and end dates: "Q1 2019/20" (2019-04-01 to 2019-06-30) can be recorded once per KPI. Nothing
/// is saved here; the caller saves, so an import can record many values in one transaction.
/// </remarks>
public static class KpiMeasurementRecorder
{
    /// <summary>Adds a measurement for the period, with the values <paramref name="write"/> sets; refused when the KPI already has one.</summary>
    /// <exception cref="ConflictException">The KPI already has a measurement for the period; names it.</exception>
    public static async Task<KpiMeasurement> RecordAsync(
        TrackerDbContext db, Guid kpiId, DateOnly periodStart, DateOnly periodEnd, Action<KpiMeasurement> write, CancellationToken cancellationToken)
    {
        var (measurement, created) = await RecordOrCorrectAsync(db, kpiId, periodStart, periodEnd, write, correctExisting: false, cancellationToken);
        return created ? measurement : throw PeriodTaken(periodStart, periodEnd, measurement.Id);
    }

    /// <summary>
    /// Records the value for the period, or corrects the measurement the KPI already has for it: the one call behind
    /// "send this period's value" from a feed. <c>Created</c> says which happened.
    /// </summary>
    public static Task<(KpiMeasurement Measurement, bool Created)> RecordOrCorrectAsync(
        TrackerDbContext db, Guid kpiId, DateOnly periodStart, DateOnly periodEnd, Action<KpiMeasurement> write, CancellationToken cancellationToken) =>
        RecordOrCorrectAsync(db, kpiId, periodStart, periodEnd, write, correctExisting: true, cancellationToken);

    /// <summary>Refuses the period when the KPI has a measurement for it other than <paramref name="measurementId"/> (the one being corrected).</summary>
    /// <exception cref="ConflictException">The KPI already has a measurement for the period; names it.</exception>
    public static async Task EnsurePeriodIsFreeAsync(
        TrackerDbContext db, Guid kpiId, DateOnly periodStart, DateOnly periodEnd, Guid? measurementId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var existing = await db.KpiMeasurements
            .Where(m => m.KpiId == kpiId && m.PeriodStart == periodStart && m.PeriodEnd == periodEnd && m.Id != measurementId)
            .Select(m => (Guid?)m.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is { } id)
        {
            throw PeriodTaken(periodStart, periodEnd, id);
        }
    }

    private static async Task<(KpiMeasurement Measurement, bool Created)> RecordOrCorrectAsync(
        TrackerDbContext db, Guid kpiId, DateOnly periodStart, DateOnly periodEnd, Action<KpiMeasurement> write, bool correctExisting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(write);
        var existing = db.KpiMeasurements.Local.FirstOrDefault(m => m.KpiId == kpiId && m.PeriodStart == periodStart && m.PeriodEnd == periodEnd)
            ?? (IsUnsaved(db, kpiId)
                ? null
                : await db.KpiMeasurements.FirstOrDefaultAsync(m => m.KpiId == kpiId && m.PeriodStart == periodStart && m.PeriodEnd == periodEnd, cancellationToken));
        if (existing is not null)
        {
            if (correctExisting)
            {
                write(existing);
            }

            return (existing, false);
        }

        // write sets the label and the values; the period is the one asked for.
        var measurement = new KpiMeasurement { KpiId = kpiId, PeriodLabel = string.Empty, PeriodStart = periodStart, PeriodEnd = periodEnd };
        write(measurement);
        db.KpiMeasurements.Add(measurement);
        return (measurement, true);
    }

    /// <summary>A KPI added in this unit of work (the seeder's, an import's) has no stored measurements to look up.</summary>
    private static bool IsUnsaved(TrackerDbContext db, Guid kpiId) =>
        db.Kpis.Local.Any(k => k.Id == kpiId && db.Entry(k).State == EntityState.Added);

    private static ConflictException PeriodTaken(DateOnly periodStart, DateOnly periodEnd, Guid existingId) =>
        new(
            $"The KPI already has a measurement for {periodStart:yyyy-MM-dd} to {periodEnd:yyyy-MM-dd} ({existingId}); correct that one instead.",
            new Dictionary<string, object?> { ["existingMeasurementId"] = existingId });
}
