using AutoMapper;
using DeliveryTracker.Api.Data;
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
using DeliveryTracker.Contracts.Reviews;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Reviews;

/// <summary>Numbered recommendations of a review, with the actions that answer them: create under the review, list, read, update, delete, history.</summary>
public static class RecommendationEndpoints
{
    public static IEndpointRouteBuilder MapRecommendationEndpoints(this IEndpointRouteBuilder api)
    {
        var recommendations = api.MapGroup("/recommendations").WithTags("Recommendations");
        var underReview = api.MapGroup("/reviews/{reviewId:guid}/recommendations").WithTags("Recommendations");

        underReview.MapPost("/", CreateRecommendation)
            .WithName("CreateRecommendation")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Add a numbered recommendation to a review")
            .WithDescription("The number must be unique within the review (409 otherwise).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        recommendations.MapGet("/", ListRecommendations)
            .WithName("ListRecommendations")
            .RequireAuthorization(Policies.ReadPlans)
            .WithSummary("List recommendations with the actions that answer them, their ratings and roll-up")
            .WithDescription("Ordered by review, then number. Filters: reviewId, number, planId (the review the plan answers, and that plan's actions only), covered. Ratings are worked out as of asOf (a date from 2000-01-01 to today), today in London by default. Cursor-paginated (limit 1–200, cursor from nextCursor).")
            .ProducesValidationProblem();

        recommendations.MapGet("/{recommendationId:guid}", GetRecommendation)
            .WithName("GetRecommendation")
            .RequireAuthorization(Policies.ReadPlans)
            .WithSummary("Get a recommendation with the actions that answer it, their ratings and roll-up")
            .WithDescription("Ratings are worked out as of asOf (a date from 2000-01-01 to today), today in London by default.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        recommendations.MapPut("/{recommendationId:guid}", UpdateRecommendation)
            .WithName("UpdateRecommendation")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Replace a recommendation's number, text and council response")
            .WithDescription("A new number must still be unique within the review (409 otherwise).")
            .ReplacesRepresentation<UpdateRecommendationRequest, RecommendationDto>();

        recommendations.MapPatch("/{recommendationId:guid}", PatchRecommendation)
            .WithName("PatchRecommendation")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Change a recommendation's number, text or council response")
            .AcceptsMergePatch<UpdateRecommendationRequest, RecommendationDto>();

        recommendations.MapDelete("/{recommendationId:guid}", DeleteRecommendation)
            .WithName("DeleteRecommendation")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Delete a recommendation that no action answers")
            .ProducesWriteProblems();

        recommendations.MapGet("/{recommendationId:guid}/history", GetRecommendationHistory)
            .WithName("GetRecommendationHistory")
            .RequireAuthorization(Policies.ReadPlans)
            .WithSummary("A recommendation's recorded changes, newest first")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    public static async Task<Results<Created<RecommendationDto>, NotFound>> CreateRecommendation(
        Guid reviewId, CreateRecommendationRequest request, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        if (!await db.Reviews.AnyAsync(r => r.Id == reviewId, cancellationToken))
        {
            return TypedResults.NotFound();
        }

        await EnsureNumberFreeAsync(db, reviewId, request.Number, recommendationId: null, cancellationToken);
        var recommendation = new Recommendation
        {
            ReviewId = reviewId,
            Number = request.Number,
            Text = TextInput.TrimmedOrNull(request.Text),
            CouncilResponse = TextInput.TrimmedOrNull(request.CouncilResponse),
        };
        db.Recommendations.Add(recommendation);
        await db.SaveChangesAsync(cancellationToken);

        EntityTag.Set(http, recommendation.Version);
        return TypedResults.Created($"/api/v1/recommendations/{recommendation.Id}", mapper.Map<RecommendationDto>(new RecommendationRow(recommendation, [], clock.Today)));
    }

    public static async Task<Ok<Page<RecommendationDto>>> ListRecommendations(
        [AsParameters] RecommendationListParameters parameters, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var (reviewId, number, planId, covered, asOfParameter, limit, cursor) = parameters;
        var asOf = AsOfDate.Resolve(asOfParameter, clock);
        var size = Keyset.Limit(limit);
        var after = Keyset.After<RecommendationCursor>(cursor);
        var query = db.Recommendations.AsNoTracking();
        if (reviewId is not null)
        {
            query = query.Where(r => r.ReviewId == reviewId);
        }

        if (number is not null)
        {
            query = query.Where(r => r.Number == number);
        }

        if (planId is not null)
        {
            // A plan's actions answer only the recommendations of the review the plan answers.
            query = query.Where(r => db.Plans.Any(p => p.Id == planId && p.ReviewId == r.ReviewId));
        }

        if (covered is not null)
        {
            // Covered as the response reports it: some answering action (of the plan, when asked) is not cancelled as
            // of the date, which action_ratings gives as an effective rating that is not null.
            var answered = db.ActionRecommendations.Where(link =>
                (planId == null || db.Actions.Any(a => a.Id == link.ActionId && a.PlanId == planId))
                && db.ActionRatings(asOf).Any(rating => rating.ActionId == link.ActionId && rating.EffectiveRag != null));
            query = covered.Value
                ? query.Where(r => answered.Any(link => link.RecommendationId == r.Id))
                : query.Where(r => !answered.Any(link => link.RecommendationId == r.Id));
        }

        if (after is not null)
        {
            query = query.Where(r => EF.Functions.GreaterThan(ValueTuple.Create(r.ReviewId, r.Number), ValueTuple.Create(after.ReviewId, after.Number)));
        }

        var page = await query.OrderBy(r => r.ReviewId).ThenBy(r => r.Number).Take(size + 1).ToListAsync(cancellationToken);
        var actions = await AnsweringActions.ForAsync(db, page.Select(r => r.Id).ToList(), asOf, planId, cancellationToken);
        var items = page.Select(r => mapper.Map<RecommendationDto>(new RecommendationRow(r, actions[r.Id].ToList(), asOf))).ToList();
        return TypedResults.Ok(Keyset.ToPage(http, items, size, r => new RecommendationCursor(r.ReviewId, r.Number)));
    }

    public static async Task<Results<Ok<RecommendationDto>, NotFound>> GetRecommendation(
        Guid recommendationId, DateOnly? asOf, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        var ratedAsOf = AsOfDate.Resolve(asOf, clock);
        var recommendation = await db.Recommendations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == recommendationId, cancellationToken);
        if (recommendation is null)
        {
            return TypedResults.NotFound();
        }

        EntityTag.Set(http, recommendation.Version);
        return TypedResults.Ok(mapper.Map<RecommendationDto>(await AnsweringActions.RowAsync(db, recommendation, ratedAsOf, cancellationToken)));
    }

    public static Task<Results<Ok<RecommendationDto>, NotFound>> UpdateRecommendation(
        Guid recommendationId, UpdateRecommendationRequest request, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken) =>
        WriteAsync(recommendationId, _ => Task.FromResult(request), db, mapper, clock, http, cancellationToken);

    public static async Task<Results<Ok<RecommendationDto>, NotFound>> PatchRecommendation(
        Guid recommendationId, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        var patch = await MergePatch.ReadAsync(http, cancellationToken);
        return await WriteAsync(recommendationId, current => MergePatch.ApplyAsync<UpdateRecommendationRequest>(http, current, patch), db, mapper, clock, http, cancellationToken);
    }

    /// <summary>PUT and PATCH alike: the change is made from the recommendation as it is now (rated as of today), once its version is checked.</summary>
    private static async Task<Results<Ok<RecommendationDto>, NotFound>> WriteAsync(
        Guid recommendationId, Func<RecommendationDto, Task<UpdateRecommendationRequest>> change, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        var ifMatch = EntityTag.RequiredIfMatch(http);
        var recommendation = await db.Recommendations.FirstOrDefaultAsync(r => r.Id == recommendationId, cancellationToken);
        if (recommendation is null)
        {
            return TypedResults.NotFound();
        }

        var row = await AnsweringActions.RowAsync(db, recommendation, clock.Today, cancellationToken);
        var current = mapper.Map<RecommendationDto>(row);
        EntityTag.EnsureCurrent(ifMatch, recommendation.Version, () => current);
        var request = await change(current);
        await EnsureNumberFreeAsync(db, recommendation.ReviewId, request.Number, recommendationId, cancellationToken);
        recommendation.Number = request.Number;
        recommendation.Text = TextInput.TrimmedOrNull(request.Text);
        recommendation.CouncilResponse = TextInput.TrimmedOrNull(request.CouncilResponse);
        await db.SaveChangesAsync(cancellationToken);

        EntityTag.Set(http, recommendation.Version);
        return TypedResults.Ok(mapper.Map<RecommendationDto>(row));
    }

    public static async Task<Results<NoContent, NotFound>> DeleteRecommendation(
        Guid recommendationId, TrackerDbContext db, IMapper mapper, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        var ifMatch = EntityTag.RequiredIfMatch(http);
        var recommendation = await db.Recommendations.FirstOrDefaultAsync(r => r.Id == recommendationId, cancellationToken);
        if (recommendation is null)
        {
            return TypedResults.NotFound();
        }

        var row = await AnsweringActions.RowAsync(db, recommendation, clock.Today, cancellationToken);
        EntityTag.EnsureCurrent(ifMatch, recommendation.Version, () => mapper.Map<RecommendationDto>(row));
        if (row.AnsweringActions.Count > 0)
        {
            var actions = row.AnsweringActions.Select(a => new { a.Id, a.ReferenceCode, a.PlanId }).ToList();
            throw new ConflictException(
                $"{actions.Count} action(s) answer this recommendation ({string.Join(", ", actions.Select(a => a.ReferenceCode))}); unlink them first.",
                new Dictionary<string, object?> { ["dependents"] = new { actions } });
        }

        db.Recommendations.Remove(recommendation);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static Task<Results<Ok<Page<HistoryEntryDto>>, NotFound>> GetRecommendationHistory(Guid recommendationId, TrackerDbContext db, CancellationToken cancellationToken) =>
        HistoryQuery.ResultAsync<Recommendation>(db, recommendationId, cancellationToken);

    /// <summary>Numbers are unique within a review; checked first so the 409 can say which recommendation has the number.</summary>
    private static async Task EnsureNumberFreeAsync(TrackerDbContext db, Guid reviewId, int number, Guid? recommendationId, CancellationToken cancellationToken)
    {
        var existing = await db.Recommendations.AsNoTracking()
            .Where(r => r.ReviewId == reviewId && r.Number == number && r.Id != recommendationId)
            .Select(r => new { r.Id, r.Number })
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            throw new ConflictException(
                $"The review already has recommendation {number}; numbers are unique within a review.",
                new Dictionary<string, object?> { ["existing"] = existing });
        }
    }
}
