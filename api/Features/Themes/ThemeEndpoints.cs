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
using DeliveryTracker.Contracts.Themes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Themes;

/// <summary>Themes of a plan: create under the plan, read, update, delete, reorder, history.</summary>
public static class ThemeEndpoints
{
    public static IEndpointRouteBuilder MapThemeEndpoints(this IEndpointRouteBuilder api)
    {
        var themes = api.MapGroup("/themes").WithTags("Themes");
        var underPlan = api.MapGroup("/plans/{planId:guid}/themes").WithTags("Themes");

        underPlan.MapPost("/", CreateTheme)
            .WithName("CreateTheme")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Add a theme to a plan")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        underPlan.MapPut("/order", ReorderThemes)
            .WithName("ReorderThemes")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Put a plan's themes in a new order")
            .WithDescription("Send every theme id of the plan once, in the new order, with the plan's ETag in If-Match.")
            .ProducesWriteProblems();

        themes.MapGet("/", ListThemes)
            .WithName("ListThemes")
            .RequireAuthorization(Policies.ReadPlans)
            .WithSummary("List the themes of a plan, in order")
            .ProducesValidationProblem();

        themes.MapGet("/{themeId:guid}", GetTheme)
            .WithName("GetTheme")
            .RequireAuthorization(Policies.ReadPlans)
            .WithSummary("Get a theme")
            .ProducesProblem(StatusCodes.Status404NotFound);

        themes.MapPut("/{themeId:guid}", UpdateTheme)
            .WithName("UpdateTheme")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Replace a theme's code and title")
            .ReplacesRepresentation<UpdateThemeRequest, ThemeDto>();

        themes.MapPatch("/{themeId:guid}", PatchTheme)
            .WithName("PatchTheme")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Change a theme's code or title")
            .AcceptsMergePatch<UpdateThemeRequest, ThemeDto>();

        themes.MapDelete("/{themeId:guid}", DeleteTheme)
            .WithName("DeleteTheme")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Delete a theme that has no objectives")
            .ProducesWriteProblems();

        themes.MapGet("/{themeId:guid}/history", GetThemeHistory)
            .WithName("GetThemeHistory")
            .RequireAuthorization(Policies.ReadPlans)
            .WithSummary("A theme's recorded changes, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    public static async Task<Results<Created<ThemeDto>, NotFound>> CreateTheme(
        Guid planId, CreateThemeRequest request, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == planId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        var siblings = await db.Themes.Where(t => t.PlanId == planId).OrderBy(t => t.Position).ToListAsync(cancellationToken);
        var theme = new Theme { PlanId = planId, Code = request.Code, Title = request.Title };
        Ordering.Insert(siblings, theme, request.Position);
        db.Themes.Add(theme);
        await db.SaveChangesAsync(cancellationToken);

        EntityTag.Set(http, theme.Version);
        return TypedResults.Created($"/api/v1/themes/{theme.Id}", mapper.Map<ThemeDto>(theme));
    }

    public static async Task<Ok<Page<ThemeDto>>> ListThemes(Guid planId, TrackerDbContext db, IMapper mapper, CancellationToken cancellationToken)
    {
        var themes = await db.Themes.AsNoTracking()
            .Where(t => t.PlanId == planId)
            .OrderBy(t => t.Position)
            .ProjectTo<ThemeDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<ThemeDto>(themes, NextCursor: null));
    }

    public static async Task<Results<Ok<ThemeDto>, NotFound>> GetTheme(Guid themeId, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken)
    {
        var theme = await db.Themes.AsNoTracking().Include(t => t.Objectives).FirstOrDefaultAsync(t => t.Id == themeId, cancellationToken);
        if (theme is null)
        {
            return TypedResults.NotFound();
        }

        EntityTag.Set(http, theme.Version);
        return TypedResults.Ok(mapper.Map<ThemeDto>(theme));
    }

    public static Task<Results<Ok<ThemeDto>, NotFound>> UpdateTheme(
        Guid themeId, UpdateThemeRequest request, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken) =>
        WriteAsync(themeId, _ => Task.FromResult(request), db, mapper, http, cancellationToken);

    public static async Task<Results<Ok<ThemeDto>, NotFound>> PatchTheme(Guid themeId, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken)
    {
        var patch = await MergePatch.ReadAsync(http, cancellationToken);
        return await WriteAsync(themeId, current => MergePatch.ApplyAsync<UpdateThemeRequest>(http, current, patch), db, mapper, http, cancellationToken);
    }

    /// <summary>PUT and PATCH alike: the change is made from the theme as it is now, once its version is checked.</summary>
    private static Task<Results<Ok<ThemeDto>, NotFound>> WriteAsync(
        Guid themeId, Func<ThemeDto, Task<UpdateThemeRequest>> change, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken) =>
        MappedResourceWrite.UpdateAsync(
            db.Themes.Include(t => t.Objectives).Where(t => t.Id == themeId),
            change,
            (Theme theme, UpdateThemeRequest request) =>
            {
                theme.Code = request.Code;
                theme.Title = request.Title;
            },
            db, mapper, http, cancellationToken);

    public static Task<Results<NoContent, NotFound>> DeleteTheme(Guid themeId, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken) =>
        MappedResourceWrite.DeleteAsync<Theme, ThemeDto>(
            db.Themes.Include(t => t.Objectives).Where(t => t.Id == themeId),
            async theme =>
            {
                if (theme.Objectives.Count > 0)
                {
                    throw new ConflictException(
                        $"The theme has {theme.Objectives.Count} objective(s); delete or move them first.",
                        new Dictionary<string, object?> { ["dependents"] = new { objectives = theme.Objectives.Select(o => new { o.Id, o.Title }).ToList() } });
                }

                Ordering.Remove(await db.Themes.Where(t => t.PlanId == theme.PlanId).ToListAsync(cancellationToken), theme);
            },
            db, mapper, http, cancellationToken);

    public static async Task<Results<Ok<Page<ThemeDto>>, NotFound>> ReorderThemes(
        Guid planId, ReorderRequest request, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken)
    {
        var ifMatch = EntityTag.RequiredIfMatch(http);
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return TypedResults.NotFound();
        }

        var themes = await db.Themes.Include(t => t.Objectives).Where(t => t.PlanId == planId).ToListAsync(cancellationToken);
        return TypedResults.Ok(await Reordering.ApplyAsync(
            db, http, ifMatch, plan, themes, request.Ids, ordered => Task.FromResult(ordered.Select(mapper.Map<ThemeDto>).ToList()), current => new { plan.Id, Themes = current }, cancellationToken));
    }

    public static Task<Results<Ok<Page<HistoryEntryDto>>, NotFound>> GetThemeHistory(Guid themeId, TrackerDbContext db, CancellationToken cancellationToken) =>
        HistoryQuery.ResultAsync<Theme>(db, themeId, cancellationToken);
}
