using AutoMapper;
using AutoMapper.QueryableExtensions;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Api.Infrastructure.Errors;
using DeliveryTracker.Api.Infrastructure.Paging;
using DeliveryTracker.Api.Infrastructure.Writes;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Kpis;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Kpis;

/// <summary>A KPI's measurements: record, list, read, correct and delete the value reported for each period.</summary>
public static class KpiMeasurementEndpoints
{
    public static IEndpointRouteBuilder MapKpiMeasurementEndpoints(this IEndpointRouteBuilder api)
    {
        var ofKpi = api.MapGroup("/kpis/{kpiId:guid}/measurements").WithTags("Measurements");
        var measurements = api.MapGroup("/measurements").WithTags("Measurements");

        ofKpi.MapPost("/", CreateMeasurement)
            .WithName("CreateMeasurement")
            .RequireAuthorization(Policies.WriteMeasurements)
            .WithSummary("Record a KPI's value for a period")
            .WithDescription("One value per KPI and period: a period (start and end) the KPI already has is refused with 409 naming existingMeasurementId; correct that measurement instead.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        ofKpi.MapGet("/", ListMeasurements)
            .WithName("ListMeasurements")
            .RequireAuthorization(Policies.ReadKpis)
            .WithSummary("List a KPI's measurements by period")
            .WithDescription(
                "Ordered by period start (then end). from and to keep the periods that overlap them (ends on or after from, starts on or before to); " +
                "updatedSince keeps those recorded or corrected at or after that instant. Pages with limit (1–200, default 50) and cursor.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        measurements.MapGet("/{measurementId:guid}", GetMeasurement)
            .WithName("GetMeasurement")
            .RequireAuthorization(Policies.ReadKpis)
            .WithSummary("Get a measurement")
            .ProducesProblem(StatusCodes.Status404NotFound);

        measurements.MapPut("/{measurementId:guid}", UpdateMeasurement)
            .WithName("UpdateMeasurement")
            .RequireAuthorization(Policies.WriteMeasurements)
            .WithSummary("Correct a measurement, replacing all its values")
            .ReplacesRepresentation<UpdateKpiMeasurementRequest, KpiMeasurementDto>();

        measurements.MapPatch("/{measurementId:guid}", PatchMeasurement)
            .WithName("PatchMeasurement")
            .RequireAuthorization(Policies.WriteMeasurements)
            .WithSummary("Correct some of a measurement's values")
            .AcceptsMergePatch<UpdateKpiMeasurementRequest, KpiMeasurementDto>();

        measurements.MapDelete("/{measurementId:guid}", DeleteMeasurement)
            .WithName("DeleteMeasurement")
            .RequireAuthorization(Policies.WriteMeasurements)
            .WithSummary("Delete a measurement")
            .ProducesWriteProblems();

        return api;
    }

    public static async Task<Results<Created<KpiMeasurementDto>, NotFound>> CreateMeasurement(
        Guid kpiId, CreateKpiMeasurementRequest request, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken)
    {
        if (!await db.Kpis.AnyAsync(k => k.Id == kpiId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var measurement = await KpiMeasurementRecorder.RecordAsync(
            db, kpiId, request.PeriodStart!.Value, request.PeriodEnd!.Value, m => mapper.Map(request, m), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        EntityTag.Set(http, measurement.Version);
        return TypedResults.Created($"/api/v1/measurements/{measurement.Id}", mapper.Map<KpiMeasurementDto>(measurement));
    }

    public static async Task<Results<Ok<Page<KpiMeasurementDto>>, NotFound>> ListMeasurements(
        Guid kpiId,
        DateOnly? from,
        DateOnly? to,
        DateTimeOffset? updatedSince,
        int? limit,
        string? cursor,
        TrackerDbContext db,
        IMapper mapper,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var pageSize = Keyset.Limit(limit);
        var after = Keyset.After<MeasurementKey>(cursor);
        if (from > to)
        {
            throw new RequestValidationException("to", $"to ({to:yyyy-MM-dd}) cannot be before from ({from:yyyy-MM-dd}).");
        }

        if (!await db.Kpis.AnyAsync(k => k.Id == kpiId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var measurements = db.KpiMeasurements.AsNoTracking().Where(m => m.KpiId == kpiId);
        if (from is not null)
        {
            measurements = measurements.Where(m => m.PeriodEnd >= from);
        }

        if (to is not null)
        {
            measurements = measurements.Where(m => m.PeriodStart <= to);
        }

        if (updatedSince is { } since)
        {
            var sinceUtc = since.ToUniversalTime();
            measurements = measurements.Where(m => m.UpdatedAt >= sinceUtc);
        }

        if (after is not null)
        {
            measurements = measurements.Where(m => EF.Functions.GreaterThan(
                ValueTuple.Create(m.PeriodStart, m.PeriodEnd, m.Id),
                ValueTuple.Create(after.PeriodStart, after.PeriodEnd, after.Id)));
        }

        var rows = await measurements
            .OrderBy(m => m.PeriodStart).ThenBy(m => m.PeriodEnd).ThenBy(m => m.Id)
            .Take(pageSize + 1)
            .ProjectTo<KpiMeasurementDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(Keyset.ToPage(http, rows, pageSize, m => new MeasurementKey(m.PeriodStart, m.PeriodEnd, m.Id)));
    }

    public static async Task<Results<Ok<KpiMeasurementDto>, NotFound>> GetMeasurement(
        Guid measurementId, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken)
    {
        var measurement = await db.KpiMeasurements.AsNoTracking().FirstOrDefaultAsync(m => m.Id == measurementId, cancellationToken);
        if (measurement is null)
        {
            return TypedResults.NotFound();
        }

        EntityTag.Set(http, measurement.Version);
        return TypedResults.Ok(mapper.Map<KpiMeasurementDto>(measurement));
    }

    public static Task<Results<Ok<KpiMeasurementDto>, NotFound>> UpdateMeasurement(
        Guid measurementId, UpdateKpiMeasurementRequest request, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken) =>
        WriteAsync(measurementId, _ => Task.FromResult(request), db, mapper, http, cancellationToken);

    public static async Task<Results<Ok<KpiMeasurementDto>, NotFound>> PatchMeasurement(
        Guid measurementId, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken)
    {
        var patch = await MergePatch.ReadAsync(http, cancellationToken);
        return await WriteAsync(measurementId, current => MergePatch.ApplyAsync<UpdateKpiMeasurementRequest>(http, current, patch), db, mapper, http, cancellationToken);
    }

    /// <summary>PUT and PATCH alike: the change is made from the measurement as it is now, once its version is checked.</summary>
    private static Task<Results<Ok<KpiMeasurementDto>, NotFound>> WriteAsync(
        Guid measurementId, Func<KpiMeasurementDto, Task<UpdateKpiMeasurementRequest>> change, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken) =>
        MappedResourceWrite.UpdateAsync(
            db.KpiMeasurements.Where(m => m.Id == measurementId),
            change,
            async (KpiMeasurement measurement, UpdateKpiMeasurementRequest request) =>
            {
                await KpiMeasurementRecorder.EnsurePeriodIsFreeAsync(db, measurement.KpiId, request.PeriodStart!.Value, request.PeriodEnd!.Value, measurementId, cancellationToken);
                mapper.Map(request, measurement);
            },
            db, mapper, http, cancellationToken);

    public static Task<Results<NoContent, NotFound>> DeleteMeasurement(
        Guid measurementId, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken) =>
        MappedResourceWrite.DeleteAsync<KpiMeasurement, KpiMeasurementDto>(
            db.KpiMeasurements.Where(m => m.Id == measurementId), _ => Task.CompletedTask, db, mapper, http, cancellationToken);

    /// <summary>The measurement list's sort key, carried by its cursor.</summary>
    private sealed record MeasurementKey(DateOnly PeriodStart, DateOnly PeriodEnd, Guid Id);
}
