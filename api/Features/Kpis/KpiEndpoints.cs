using AutoMapper;
using AutoMapper.QueryableExtensions;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Actions;
using DeliveryTracker.Api.Features.Audit;
using DeliveryTracker.Api.Features.Rag;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Api.Infrastructure.Errors;
using DeliveryTracker.Api.Infrastructure.Paging;
using DeliveryTracker.Api.Infrastructure.Text;
using DeliveryTracker.Api.Infrastructure.Writes;
using DeliveryTracker.Contracts.Audit;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Kpis;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DeliveryTracker.Api.Features.Kpis;

/// <summary>KPIs (create, list, read, update, delete, history) and their links to actions. Measurements: <see cref="KpiMeasurementEndpoints"/>.</summary>
public static class KpiEndpoints
{
    public static IEndpointRouteBuilder MapKpiEndpoints(this IEndpointRouteBuilder api)
    {
        var kpis = api.MapGroup("/kpis").WithTags("Kpis");

        kpis.MapPost("/", CreateKpi)
            .WithName("CreateKpi")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Create a KPI")
            .WithDescription("The code must be unique (409 otherwise, naming the KPI that has it); the owner and plan, when given, must exist.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        kpis.MapGet("/", ListKpis)
            .WithName("ListKpis")
            .RequireAuthorization(Policies.ReadKpis)
            .WithSummary("List KPIs with their latest measurement and rating")
            .WithDescription(
                "Ordered by code. Filters combine: planId, lifecycle, ownerLeadId, q (name or code contains, any case), updatedSince " +
                "(KPIs whose record or any of whose measurements changed at or after that instant; deleted measurements do not show) " +
                "and rag (KPIs rated one of these as of asOf; repeat for several). Ratings are worked out as of asOf (a date from " +
                "2000-01-01 to today), today in London by default. " +
                "Pages with limit (1–200, default 50) and cursor (nextCursor of the previous page).")
            .ProducesValidationProblem();

        kpis.MapGet("/{kpiId:guid}", GetKpi)
            .WithName("GetKpi")
            .RequireAuthorization(Policies.ReadKpis)
            .WithSummary("Get a KPI with its owner, linked actions, latest measurement and rating")
            .WithDescription("The rating is worked out as of asOf (a date from 2000-01-01 to today), today in London by default.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        kpis.MapPut("/{kpiId:guid}", UpdateKpi)
            .WithName("UpdateKpi")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Replace a KPI's definition, figures, owner and plan")
            .ReplacesRepresentation<UpdateKpiRequest, KpiDto>();

        kpis.MapPatch("/{kpiId:guid}", PatchKpi)
            .WithName("PatchKpi")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Change some of a KPI's definition, figures, owner or plan")
            .AcceptsMergePatch<UpdateKpiRequest, KpiDto>();

        kpis.MapDelete("/{kpiId:guid}", DeleteKpi)
            .WithName("DeleteKpi")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Delete a KPI that has no linked actions and no measurements")
            .WithDescription("Refused with 409 while actions are linked to it or measurements recorded for it; the problem lists the actions and counts the measurements.")
            .ProducesWriteProblems();

        kpis.MapGet("/{kpiId:guid}/history", GetKpiHistory)
            .WithName("GetKpiHistory")
            .RequireAuthorization(Policies.ReadKpis)
            .WithSummary("A KPI's recorded changes, newest first")
            .WithDescription("Changes to the KPI record itself. Links to actions are recorded in each action's history; measurements in their own entries.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        kpis.MapPut("/{kpiId:guid}/actions/{actionId:guid}", LinkKpiToAction)
            .WithName("LinkKpiToAction")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Link a KPI to an action it measures")
            .WithDescription(
                "Idempotent: linking again changes nothing. No If-Match: a link is membership of a set, not a versioned resource, " +
                "so there is no stale version to overwrite. A KPI of one plan cannot measure another plan's action (400 naming actionId); a shared KPI can measure any.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        kpis.MapDelete("/{kpiId:guid}/actions/{actionId:guid}", UnlinkKpiFromAction)
            .WithName("UnlinkKpiFromAction")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Remove the link between a KPI and an action")
            .WithDescription("Idempotent: unlinking what is not linked changes nothing. No If-Match: a link is membership of a set, not a versioned resource.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    public static async Task<Created<KpiDto>> CreateKpi(
        CreateKpiRequest request, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        await EnsureReferencesExistAsync(db, request.OwnerLeadId, request.PlanId, cancellationToken);
        await EnsureCodeIsFreeAsync(db, request.Code, kpiId: null, cancellationToken);
        var kpi = mapper.Map<Kpi>(request);
        db.Kpis.Add(kpi);
        await db.SaveChangesAsync(cancellationToken);

        await db.Entry(kpi).Reference(k => k.OwnerLead).LoadAsync(cancellationToken);
        EntityTag.Set(http, kpi.Version);
        var rating = await KpiQueries.RatingAsync(db, kpi.Id, clock.Today, cancellationToken);
        return TypedResults.Created($"/api/v1/kpis/{kpi.Id}", mapper.ToKpiDto(kpi, [], rating));
    }

    public static async Task<Ok<Page<KpiSummaryDto>>> ListKpis(
        Guid? planId,
        KpiLifecycle? lifecycle,
        Guid? ownerLeadId,
        string? q,
        DateTimeOffset? updatedSince,
        KpiRag[]? rag,
        DateOnly? asOf,
        int? limit,
        string? cursor,
        TrackerDbContext db,
        IMapper mapper,
        LondonClock clock,
        HttpContext http,
        CancellationToken cancellationToken)
    {
        var pageSize = Keyset.Limit(limit);
        var after = Keyset.After<KpiKey>(cursor);
        var ratedAsOf = AsOfDate.Resolve(asOf, clock);
        var kpis = db.Kpis.AsNoTracking();
        if (planId is not null)
        {
            kpis = kpis.Where(k => k.PlanId == planId);
        }

        if (lifecycle is not null)
        {
            kpis = kpis.Where(k => k.Lifecycle == lifecycle);
        }

        if (ownerLeadId is not null)
        {
            kpis = kpis.Where(k => k.OwnerLeadId == ownerLeadId);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = LikePattern.Containing(q);
            kpis = kpis.Where(k => EF.Functions.ILike(k.Name, pattern, LikePattern.Escape) || EF.Functions.ILike(k.Code, pattern, LikePattern.Escape));
        }

        if (updatedSince is { } since)
        {
            // PostgreSQL timestamptz parameters must be UTC; "2020-10-01T09:00:00+01:00" is the same instant.
            var sinceUtc = since.ToUniversalTime();
            kpis = kpis.Where(k => k.UpdatedAt >= sinceUtc || k.Measurements.Any(m => m.UpdatedAt >= sinceUtc));
        }

        if (rag is { Length: > 0 } wanted)
        {
            kpis = kpis.Where(k => db.KpiRatings(ratedAsOf).Any(r => r.KpiId == k.Id && wanted.Contains(r.Rag)));
        }

        if (after is not null)
        {
            kpis = kpis.Where(k => EF.Functions.GreaterThan(ValueTuple.Create(k.Code, k.Id), ValueTuple.Create(after.Code, after.Id)));
        }

        var rows = await kpis
            .OrderBy(k => k.Code).ThenBy(k => k.Id)
            .Take(pageSize + 1)
            .ProjectTo<KpiSummaryDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        var page = Keyset.ToPage(http, rows, pageSize, k => new KpiKey(k.Code, k.Id));
        var ids = page.Items.Select(k => k.Id).ToList();
        var latest = await KpiQueries.LatestMeasurementsAsync(db, ids, cancellationToken);
        var ratings = await KpiQueries.RatingsAsync(db, ids, ratedAsOf, cancellationToken);
        return TypedResults.Ok(page with { Items = page.Items.Select(k => k with { LatestMeasurement = latest.GetValueOrDefault(k.Id), Rating = ratings[k.Id] }).ToList() });
    }

    public static async Task<Results<Ok<KpiDto>, NotFound>> GetKpi(
        Guid kpiId, DateOnly? asOf, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        var ratedAsOf = AsOfDate.Resolve(asOf, clock);
        var kpi = await db.Kpis.AsNoTracking().WithDetail().FirstOrDefaultAsync(k => k.Id == kpiId, cancellationToken);
        if (kpi is null)
        {
            return TypedResults.NotFound();
        }

        var actions = await KpiQueries.ActionLinksAsync(db, kpiId, cancellationToken);
        var rating = await KpiQueries.RatingAsync(db, kpiId, ratedAsOf, cancellationToken);
        EntityTag.Set(http, kpi.Version);
        return TypedResults.Ok(mapper.ToKpiDto(kpi, actions, rating));
    }

    public static Task<Results<Ok<KpiDto>, NotFound>> UpdateKpi(
        Guid kpiId, UpdateKpiRequest request, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken) =>
        WriteAsync(kpiId, _ => Task.FromResult(request), db, mapper, clock, http, cancellationToken);

    public static async Task<Results<Ok<KpiDto>, NotFound>> PatchKpi(
        Guid kpiId, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        var patch = await MergePatch.ReadAsync(http, cancellationToken);
        return await WriteAsync(kpiId, async current => await MergePatch.ApplyAsync<UpdateKpiRequest>(http, await current(), patch), db, mapper, clock, http, cancellationToken);
    }

    /// <summary>
    /// PUT and PATCH alike: the change is made from the KPI as it is now, once its version is checked. The current
    /// representation is built only when asked for (a PATCH merges into it; a PUT does not need it).
    /// </summary>
    private static async Task<Results<Ok<KpiDto>, NotFound>> WriteAsync(
        Guid kpiId, Func<Func<Task<KpiDto>>, Task<UpdateKpiRequest>> change, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        var ifMatch = EntityTag.RequiredIfMatch(http);
        var kpi = await db.Kpis.WithDetail().FirstOrDefaultAsync(k => k.Id == kpiId, cancellationToken);
        if (kpi is null)
        {
            return TypedResults.NotFound();
        }

        var actions = await KpiQueries.ActionLinksAsync(db, kpiId, cancellationToken);
        await KpiQueries.EnsureCurrentAsync(ifMatch, kpi, actions, mapper, db, clock.Today, cancellationToken);
        var request = await change(() => mapper.ToKpiDtoAsync(kpi, actions, db, clock.Today, cancellationToken));
        await EnsureReferencesExistAsync(db, request.OwnerLeadId, request.PlanId, cancellationToken);
        var elsewhere = request.PlanId is { } planId ? actions.Where(a => a.PlanId != planId).Select(a => a.ReferenceCode).ToList() : [];
        if (elsewhere.Count > 0)
        {
            throw new RequestValidationException("planId", $"The KPI measures actions of another plan ({string.Join(", ", elsewhere)}); unlink them first, or leave the KPI shared (no planId).");
        }

        await EnsureCodeIsFreeAsync(db, request.Code, kpiId, cancellationToken);
        mapper.Map(request, kpi);
        await db.SaveChangesAsync(cancellationToken);

        await db.Entry(kpi).Reference(k => k.OwnerLead).LoadAsync(cancellationToken);
        EntityTag.Set(http, kpi.Version);
        return TypedResults.Ok(mapper.ToKpiDto(kpi, actions, await KpiQueries.RatingAsync(db, kpiId, clock.Today, cancellationToken)));
    }

    public static async Task<Results<NoContent, NotFound>> DeleteKpi(
        Guid kpiId, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        var ifMatch = EntityTag.RequiredIfMatch(http);
        var kpi = await db.Kpis.WithDetail().FirstOrDefaultAsync(k => k.Id == kpiId, cancellationToken);
        if (kpi is null)
        {
            return TypedResults.NotFound();
        }

        var actions = await KpiQueries.ActionLinksAsync(db, kpiId, cancellationToken);
        await KpiQueries.EnsureCurrentAsync(ifMatch, kpi, actions, mapper, db, clock.Today, cancellationToken);
        var measurementCount = await db.KpiMeasurements.CountAsync(m => m.KpiId == kpiId, cancellationToken);
        if (actions.Count > 0 || measurementCount > 0)
        {
            // Measurements are reported figures: deleting them with the KPI would lose data no one chose to delete.
            throw new ConflictException(
                $"The KPI is linked to {actions.Count} action(s) and has {measurementCount} measurement(s); unlink the actions and delete the measurements first.",
                new Dictionary<string, object?>
                {
                    ["dependents"] = new { actions = actions.Select(a => new { id = a.ActionId, a.ReferenceCode }).ToList(), measurementCount },
                });
        }

        db.Kpis.Remove(kpi);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static Task<Results<Ok<Page<HistoryEntryDto>>, NotFound>> GetKpiHistory(Guid kpiId, TrackerDbContext db, CancellationToken cancellationToken) =>
        HistoryQuery.ResultAsync<Kpi>(db, kpiId, cancellationToken);

    public static async Task<Results<NoContent, NotFound>> LinkKpiToAction(Guid kpiId, Guid actionId, TrackerDbContext db, CancellationToken cancellationToken)
    {
        var kpi = await db.Kpis.AsNoTracking().Where(k => k.Id == kpiId).Select(k => new { k.Code, k.PlanId }).FirstOrDefaultAsync(cancellationToken);
        var action = await db.Actions.AsNoTracking().Where(a => a.Id == actionId).Select(a => new { a.ReferenceCode, a.PlanId }).FirstOrDefaultAsync(cancellationToken);
        if (kpi is null || action is null)
        {
            return TypedResults.NotFound();
        }

        if (kpi.PlanId is { } planId && planId != action.PlanId)
        {
            throw new RequestValidationException("actionId", $"KPI {kpi.Code} belongs to another plan than action {action.ReferenceCode}; only a shared KPI (no plan) can measure actions of several plans.");
        }

        if (await db.ActionKpis.AnyAsync(l => l.KpiId == kpiId && l.ActionId == actionId, cancellationToken))
        {
            return TypedResults.NoContent();
        }

        db.ActionKpis.Add(new ActionKpi { ActionId = actionId, KpiId = kpiId });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A concurrent request made the same link first: the outcome the caller asked for.
        }

        return TypedResults.NoContent();
    }

    public static async Task<Results<NoContent, NotFound>> UnlinkKpiFromAction(Guid kpiId, Guid actionId, TrackerDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Kpis.AnyAsync(k => k.Id == kpiId, cancellationToken) || !await db.Actions.AnyAsync(a => a.Id == actionId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var link = await db.ActionKpis.FirstOrDefaultAsync(l => l.KpiId == kpiId && l.ActionId == actionId, cancellationToken);
        if (link is not null)
        {
            db.ActionKpis.Remove(link);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.NoContent();
    }

    /// <exception cref="RequestValidationException">The owner or plan does not exist, naming each.</exception>
    private static async Task EnsureReferencesExistAsync(TrackerDbContext db, Guid? ownerLeadId, Guid? planId, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (ownerLeadId is { } leadId && !await db.Leads.AnyAsync(l => l.Id == leadId, cancellationToken))
        {
            errors["ownerLeadId"] = [$"There is no lead {leadId}."];
        }

        if (planId is { } id && !await db.Plans.AnyAsync(p => p.Id == id, cancellationToken))
        {
            errors["planId"] = [$"There is no plan {id}."];
        }

        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
    }

    /// <exception cref="ConflictException">Another KPI has the code; names it.</exception>
    private static async Task EnsureCodeIsFreeAsync(TrackerDbContext db, string code, Guid? kpiId, CancellationToken cancellationToken)
    {
        var holder = await db.Kpis.Where(k => k.Code == code && k.Id != kpiId).Select(k => new { k.Id, k.Name }).FirstOrDefaultAsync(cancellationToken);
        if (holder is not null)
        {
            throw new ConflictException(
                $"KPI code {code} is already used by \"{holder.Name}\".",
                new Dictionary<string, object?> { ["existingKpiId"] = holder.Id });
        }
    }

    /// <summary>The KPI list's sort key, carried by its cursor.</summary>
    private sealed record KpiKey(string Code, Guid Id);
}
