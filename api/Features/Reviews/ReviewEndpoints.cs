using AutoMapper;
using AutoMapper.QueryableExtensions;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Api.Infrastructure.Errors;
using DeliveryTracker.Api.Infrastructure.Writes;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Reviews;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Reviews;

/// <summary>Reviews whose recommendations plans answer: create, list, read, update, delete.</summary>
public static class ReviewEndpoints
{
    public static IEndpointRouteBuilder MapReviewEndpoints(this IEndpointRouteBuilder api)
    {
        var reviews = api.MapGroup("/reviews").WithTags("Reviews");

        reviews.MapPost("/", CreateReview)
            .WithName("CreateReview")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Add a review")
            .ProducesValidationProblem();

        reviews.MapGet("/", ListReviews)
            .WithName("ListReviews")
            .RequireAuthorization(Policies.ReadPlans)
            .WithSummary("List reviews, latest published first")
            .WithDescription("Every review with its number of recommendations; reviews with no publication date come last.");

        reviews.MapGet("/{reviewId:guid}", GetReview)
            .WithName("GetReview")
            .RequireAuthorization(Policies.ReadPlans)
            .WithSummary("Get a review")
            .ProducesProblem(StatusCodes.Status404NotFound);

        reviews.MapPut("/{reviewId:guid}", UpdateReview)
            .WithName("UpdateReview")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Replace a review's title and publication date")
            .ReplacesRepresentation<UpdateReviewRequest, ReviewDto>();

        reviews.MapPatch("/{reviewId:guid}", PatchReview)
            .WithName("PatchReview")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Change a review's title or publication date")
            .AcceptsMergePatch<UpdateReviewRequest, ReviewDto>();

        reviews.MapDelete("/{reviewId:guid}", DeleteReview)
            .WithName("DeleteReview")
            .RequireAuthorization(Policies.EditPlans)
            .WithSummary("Delete a review that has no recommendations and that no plan answers")
            .ProducesWriteProblems();

        return api;
    }

    public static async Task<Created<ReviewDto>> CreateReview(
        CreateReviewRequest request, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken)
    {
        var review = new Review { Title = request.Title.Trim(), PublishedOn = request.PublishedOn };
        db.Reviews.Add(review);
        await db.SaveChangesAsync(cancellationToken);

        EntityTag.Set(http, review.Version);
        return TypedResults.Created($"/api/v1/reviews/{review.Id}", mapper.Map<ReviewDto>(review));
    }

    public static async Task<Ok<Page<ReviewDto>>> ListReviews(TrackerDbContext db, IMapper mapper, CancellationToken cancellationToken)
    {
        // A council has a handful of reviews, so the list is one page.
        var reviews = await db.Reviews.AsNoTracking()
            .OrderBy(r => r.PublishedOn == null).ThenByDescending(r => r.PublishedOn).ThenBy(r => r.Title).ThenBy(r => r.Id)
            .ProjectTo<ReviewDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new Page<ReviewDto>(reviews, NextCursor: null));
    }

    public static async Task<Results<Ok<ReviewDto>, NotFound>> GetReview(Guid reviewId, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken)
    {
        var review = await db.Reviews.AsNoTracking().Include(r => r.Recommendations).FirstOrDefaultAsync(r => r.Id == reviewId, cancellationToken);
        if (review is null)
        {
            return TypedResults.NotFound();
        }

        EntityTag.Set(http, review.Version);
        return TypedResults.Ok(mapper.Map<ReviewDto>(review));
    }

    public static Task<Results<Ok<ReviewDto>, NotFound>> UpdateReview(
        Guid reviewId, UpdateReviewRequest request, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken) =>
        WriteAsync(reviewId, _ => Task.FromResult(request), db, mapper, http, cancellationToken);

    public static async Task<Results<Ok<ReviewDto>, NotFound>> PatchReview(
        Guid reviewId, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken)
    {
        var patch = await MergePatch.ReadAsync(http, cancellationToken);
        return await WriteAsync(reviewId, current => MergePatch.ApplyAsync<UpdateReviewRequest>(http, current, patch), db, mapper, http, cancellationToken);
    }

    /// <summary>PUT and PATCH alike: the change is made from the review as it is now, once its version is checked.</summary>
    private static Task<Results<Ok<ReviewDto>, NotFound>> WriteAsync(
        Guid reviewId, Func<ReviewDto, Task<UpdateReviewRequest>> change, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken) =>
        MappedResourceWrite.UpdateAsync(
            db.Reviews.Include(r => r.Recommendations).Where(r => r.Id == reviewId),
            change,
            (Review review, UpdateReviewRequest request) =>
            {
                review.Title = request.Title.Trim();
                review.PublishedOn = request.PublishedOn;
            },
            db, mapper, http, cancellationToken);

    public static Task<Results<NoContent, NotFound>> DeleteReview(Guid reviewId, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken) =>
        MappedResourceWrite.DeleteAsync<Review, ReviewDto>(
            db.Reviews.Include(r => r.Recommendations).Where(r => r.Id == reviewId),
            async review =>
            {
                var plans = await db.Plans.AsNoTracking().Where(p => p.ReviewId == reviewId).OrderBy(p => p.Title).Select(p => new { p.Id, p.Title }).ToListAsync(cancellationToken);
                if (review.Recommendations.Count > 0 || plans.Count > 0)
                {
                    var recommendations = review.Recommendations.OrderBy(r => r.Number).Select(r => new { r.Id, r.Number }).ToList();
                    throw new ConflictException(
                        $"The review has {recommendations.Count} recommendation(s) and {plans.Count} plan(s) answer it; delete the recommendations and unlink the plans first.",
                        new Dictionary<string, object?> { ["dependents"] = new { recommendations, plans } });
                }
            },
            db, mapper, http, cancellationToken);
}
