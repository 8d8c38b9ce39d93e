using AutoMapper;
using AutoMapper.QueryableExtensions;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Audit;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Api.Infrastructure.Errors;
using DeliveryTracker.Api.Infrastructure.Ordering;
using DeliveryTracker.Api.Infrastructure.Writes;
using DeliveryTracker.Contracts.Audit;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Objectives;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Objectives;

/// <summary>Objectives of a theme: create under the theme, read, update, delete, reorder, history.</summary>
public static class ObjectiveEndpoints
{
    public static IEndpointRouteBuilder MapObjectiveEndpoints(this IEndpointRouteBuilder api)
    {
        var objectives = api.MapGroup("/objectives").WithTags("Objectives");
        var underTheme = api.MapGroup("/themes/{themeId:guid}/objectives").WithTags("Objectives");

        underTheme.MapPost("/", CreateObjective)
            .WithName("CreateObjective")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Add an objective to a theme")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        underTheme.MapPut("/order", ReorderObjectives)
            .WithName("ReorderObjectives")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Put a theme's objectives in a new order")
            .WithDescription("Send every objective id of the theme once, in the new order, with the theme's ETag in If-Match.")
            .ProducesWriteProblems();

        objectives.MapGet("/", ListObjectives)
            .WithName("ListObjectives")
            .RequireAuthorization(Policies.ReadPlans)
            .WithSummary("List the objectives of a theme, in order")
            .ProducesValidationProblem();

        objectives.MapGet("/{objectiveId:guid}", GetObjective)
            .WithName("GetObjective")
            .RequireAuthorization(Policies.ReadPlans)
            .WithSummary("Get an objective")
            .ProducesProblem(StatusCodes.Status404NotFound);

        objectives.MapPut("/{objectiveId:guid}", UpdateObjective)
            .WithName("UpdateObjective")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Replace an objective's title")
            .ReplacesRepresentation<UpdateObjectiveRequest, ObjectiveDto>();

        objectives.MapPatch("/{objectiveId:guid}", PatchObjective)
            .WithName("PatchObjective")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Change an objective's title")
            .AcceptsMergePatch<UpdateObjectiveRequest, ObjectiveDto>();

        objectives.MapDelete("/{objectiveId:guid}", DeleteObjective)
            .WithName("DeleteObjective")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Delete an objective that has no actions")
            .ProducesWriteProblems();

        objectives.MapGet("/{objectiveId:guid}/history", GetObjectiveHistory)
            .WithName("GetObjectiveHistory")
            .RequireAuthorization(Policies.ReadPlans)
            .WithSummary("An objective's recorded changes, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    public static async Task<Results<Created<ObjectiveDto>, NotFound>> CreateObjective(
        Guid themeId, CreateObjectiveRequest request, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken)
    {
        var theme = await db.Themes.FirstOrDefaultAsync(t => t.Id == themeId, cancellationToken);
        if (theme is null)
        {
            return TypedResults.NotFound();
        }

        var siblings = await db.Objectives.Where(o => o.ThemeId == themeId).OrderBy(o => o.Position).ToListAsync(cancellationToken);
        var objective = new Objective { ThemeId = themeId, Theme = theme, Title = request.Title };
        Ordering.Insert(siblings, objective, request.Position);
        db.Objectives.Add(objective);
        await db.SaveChangesAsync(cancellationToken);

        EntityTag.Set(http, objective.Version);
        return TypedResults.Created($"/api/v1/objectives/{objective.Id}", mapper.Map<ObjectiveDto>(objective));
    }

    public static async Task<Ok<Page<ObjectiveDto>>> ListObjectives(Guid themeId, TrackerDbContext db, IMapper mapper, CancellationToken cancellationToken)
    {
        var objectives = await db.Objectives.AsNoTracking()
            .Where(o => o.ThemeId == themeId)
            .OrderBy(o => o.Position)
            .ProjectTo<ObjectiveDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<ObjectiveDto>(objectives, NextCursor: null));
    }

    public static async Task<Results<Ok<ObjectiveDto>, NotFound>> GetObjective(
        Guid objectiveId, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken)
    {
        var objective = await db.Objectives.AsNoTracking().Include(o => o.Theme).Include(o => o.Actions).FirstOrDefaultAsync(o => o.Id == objectiveId, cancellationToken);
        if (objective is null)
        {
            return TypedResults.NotFound();
        }

        EntityTag.Set(http, objective.Version);
        return TypedResults.Ok(mapper.Map<ObjectiveDto>(objective));
    }

    public static Task<Results<Ok<ObjectiveDto>, NotFound>> UpdateObjective(
        Guid objectiveId, UpdateObjectiveRequest request, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken) =>
        WriteAsync(objectiveId, _ => Task.FromResult(request), db, mapper, http, cancellationToken);

    public static async Task<Results<Ok<ObjectiveDto>, NotFound>> PatchObjective(
        Guid objectiveId, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken)
    {
        var patch = await MergePatch.ReadAsync(http, cancellationToken);
        return await WriteAsync(objectiveId, current => MergePatch.ApplyAsync<UpdateObjectiveRequest>(http, current, patch), db, mapper, http, cancellationToken);
    }

    /// <summary>PUT and PATCH alike: the change is made from the objective as it is now, once its version is checked.</summary>
    private static Task<Results<Ok<ObjectiveDto>, NotFound>> WriteAsync(
        Guid objectiveId, Func<ObjectiveDto, Task<UpdateObjectiveRequest>> change, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken) =>
        MappedResourceWrite.UpdateAsync(
            db.Objectives.Include(o => o.Theme).Include(o => o.Actions).Where(o => o.Id == objectiveId),
            change,
            (Objective objective, UpdateObjectiveRequest request) => objective.Title = request.Title,
            db, mapper, http, cancellationToken);

    public static Task<Results<NoContent, NotFound>> DeleteObjective(
        Guid objectiveId, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken) =>
        MappedResourceWrite.DeleteAsync<Objective, ObjectiveDto>(
            db.Objectives.Include(o => o.Theme).Include(o => o.Actions).Where(o => o.Id == objectiveId),
            async objective =>
            {
                if (objective.Actions.Count > 0)
                {
                    throw new ConflictException(
                        $"The objective has {objective.Actions.Count} action(s); delete or move them first.",
                        new Dictionary<string, object?>
                        {
                            ["dependents"] = new { actions = objective.Actions.OrderBy(a => a.Position).Select(a => new { a.Id, a.ReferenceCode }).ToList() },
                        });
                }

                Ordering.Remove(await db.Objectives.Where(o => o.ThemeId == objective.ThemeId).ToListAsync(cancellationToken), objective);
            },
            db, mapper, http, cancellationToken);

    public static async Task<Results<Ok<Page<ObjectiveDto>>, NotFound>> ReorderObjectives(
        Guid themeId, ReorderRequest request, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken)
    {
        var ifMatch = EntityTag.RequiredIfMatch(http);
        var theme = await db.Themes.FirstOrDefaultAsync(t => t.Id == themeId, cancellationToken);
        if (theme is null)
        {
            return TypedResults.NotFound();
        }

        var objectives = await db.Objectives.Include(o => o.Actions).Where(o => o.ThemeId == themeId).ToListAsync(cancellationToken);
        return TypedResults.Ok(await Reordering.ApplyAsync(
            db, http, ifMatch, theme, objectives, request.Ids, ordered => Task.FromResult(ordered.Select(mapper.Map<ObjectiveDto>).ToList()), current => new { theme.Id, Objectives = current }, cancellationToken));
    }

    public static Task<Results<Ok<Page<HistoryEntryDto>>, NotFound>> GetObjectiveHistory(Guid objectiveId, TrackerDbContext db, CancellationToken cancellationToken) =>
        HistoryQuery.ResultAsync<Objective>(db, objectiveId, cancellationToken);
}
