using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Leads;
using DeliveryTracker.Contracts.ProgressUpdates;
using DeliveryTracker.Contracts.Rag;
using DeliveryTracker.Contracts.Reviews;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Reviews;

/// <summary>
/// How far a plan answers a review: each answering action's effective rating as of a date, each recommendation's
/// roll-up (the worst of them) and whether it is covered at all. Every test answers a review of its own.
/// </summary>
/// <remarks>
/// The answered review (<see cref="AnsweredReviewAsync"/>), rated as of 1 Jul 2024 on the test plan (1 Apr 2024 –
/// 31 Mar 2025, stale after 60 days): T-1.1 not started, due 30 Jun 2024 → Red (overdue); T-1.2 in progress, due
/// 1 Mar 2025, never updated → Amber (no update for 91 days); T-1.3 completed → Complete; T-1.4 cancelled → no
/// rating; T-1.5 not started, no due date → NotRated. As of 1 May 2024 T-1.1 and T-1.2 are both Green.
/// </remarks>
public sealed class RecommendationCoverageTests : ApiFixture
{
    private static readonly DateOnly July2024 = new(2024, 7, 1);

    private async Task<AnsweredReview> AnsweredReviewAsync()
    {
        var (reviewId, recommendations) = await NewReviewWithRecommendationsAsync(1, 2, 3, 4, 5, 6);
        var leadId = await CreateLeadAsync();
        var (planId, actions) = await NewPlanWithActionsAsync(
            [
                new(ActionStatus.NotStarted, new DateOnly(2024, 6, 30), [new ActionLeadRequest(leadId, IsPrimary: true)], [1]),
                new(ActionStatus.InProgress, new DateOnly(2025, 3, 1), RecommendationNumbers: [1, 2]),
                new(ActionStatus.Completed, RecommendationNumbers: [1, 3]),
                new(ActionStatus.Cancelled, RecommendationNumbers: [3, 4]),
                new(ActionStatus.NotStarted, RecommendationNumbers: [5]),
            ],
            reviewId);
        var leadName = (await GetJsonAsync<LeadDto>($"/api/v1/leads/{leadId}")).Name;
        return new AnsweredReview(reviewId, recommendations, planId, actions.Select(a => a.Id).ToList(), leadName);
    }

    private async Task<IReadOnlyList<RecommendationDto>> ListAsync(string query) =>
        (await GetJsonAsync<Page<RecommendationDto>>($"/api/v1/recommendations?{query}&limit=200")).Items;

    [Test]
    public async Task ListRecommendations_AsOfADate_RatesEachAnsweringActionAndRollsUpToTheWorst()
    {
        var review = await AnsweredReviewAsync();

        var recommendations = await ListAsync($"reviewId={review.ReviewId}&asOf=2024-07-01");

        Assert.That(recommendations.Select(r => r.AsOf), Has.All.EqualTo(July2024));
        Assert.That(
            recommendations.Select(r => (r.Number, r.RollUp, r.Covered)),
            Is.EqualTo(new (int, RagRating?, bool)[]
            {
                (1, RagRating.Red, true),       // Red, Amber and Complete: the worst shows
                (2, RagRating.Amber, true),
                (3, RagRating.Complete, true),  // the cancelled action is left out
                (4, null, false),               // answered only by a cancelled action
                (5, RagRating.NotRated, true),  // answered, but nothing to rate it on yet
                (6, null, false),               // no action answers it
            }));
        var first = recommendations[0].AnsweringActions;
        Assert.That(
            first.Select(a => (a.Id, a.ReferenceCode, a.PlanId, a.Text, a.Status, a.EffectiveRating)),
            Is.EqualTo(new (Guid, string, Guid, string, ActionStatus, RagRating?)[]
            {
                (review.Actions[0], "T-1.1", review.PlanId, "Test action 1", ActionStatus.NotStarted, RagRating.Red),
                (review.Actions[1], "T-1.2", review.PlanId, "Test action 2", ActionStatus.InProgress, RagRating.Amber),
                (review.Actions[2], "T-1.3", review.PlanId, "Test action 3", ActionStatus.Completed, RagRating.Complete),
            }));
        Assert.That(first.Select(a => a.PrimaryLeadName), Is.EqualTo(new[] { review.LeadName, null, null }));
        Assert.That(
            recommendations.Single(r => r.Number == 4).AnsweringActions.Select(a => (a.ReferenceCode, a.Status, a.EffectiveRating)),
            Is.EqualTo(new[] { ("T-1.4", ActionStatus.Cancelled, (RagRating?)null) }),
            "a cancelled action is still listed, without a rating");
    }

    [Test]
    public async Task GetRecommendation_EarlierAsOf_RatesTheActionsAsTheyStoodThen()
    {
        var review = await AnsweredReviewAsync();
        var path = $"/api/v1/recommendations/{review.Recommendations[1]}";

        var may = await GetJsonAsync<RecommendationDto>($"{path}?asOf=2024-05-01");
        var july = await GetJsonAsync<RecommendationDto>($"{path}?asOf=2024-07-01");

        Assert.That((may.AsOf, may.RollUp), Is.EqualTo((new DateOnly(2024, 5, 1), (RagRating?)RagRating.Green)));
        Assert.That(may.AnsweringActions.Select(a => a.EffectiveRating), Is.EqualTo(new RagRating?[] { RagRating.Green, RagRating.Green, RagRating.Complete }));
        Assert.That((july.AsOf, july.RollUp), Is.EqualTo((July2024, (RagRating?)RagRating.Red)));
    }

    [Test]
    public async Task GetRecommendation_WithoutAsOf_RatesAsOfTodayInLondon()
    {
        var review = await AnsweredReviewAsync();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);

        var read = await GetJsonAsync<RecommendationDto>($"/api/v1/recommendations/{review.Recommendations[1]}");

        Assert.That(read.AsOf, Is.EqualTo(today).Or.EqualTo(today.AddDays(-1)), "today in London (yesterday only across midnight)");
        Assert.That(read.RollUp, Is.EqualTo(RagRating.Red), "T-1.1 has been overdue since 30 Jun 2024");
    }

    [Test]
    public async Task GetRecommendation_FivePointRatings_RollsUpAmberRedAboveAmberGreen()
    {
        var (reviewId, recommendations) = await NewReviewWithRecommendationsAsync(1);
        var objective = await NewPlanObjectiveAsync(RagScale.FivePoint, reviewId);
        foreach (var (reported, index) in new[] { RagRating.AmberGreen, RagRating.AmberRed, RagRating.Green }.Select((r, i) => (r, i)))
        {
            var (action, etag) = await CreateActionAsync(objective.Id, new CreateActionRequest($"Five-point action {index}", ReferenceCode: $"T-1.{index + 1}", RecommendationNumbers: [1]));
            using var update = await Client.SendJsonAsync(
                HttpMethod.Post, $"/api/v1/actions/{action.Id}/progress-updates", new CreateProgressUpdateRequest(ActionStatus.InProgress, ReportedRag: reported, Justification: "As the lead sees it"), etag, Json);
            Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.Created), await update.Content.ReadAsStringAsync());
        }

        var read = await GetJsonAsync<RecommendationDto>($"/api/v1/recommendations/{recommendations[1]}");

        Assert.That(read.AnsweringActions.Select(a => a.EffectiveRating), Is.EqualTo(new RagRating?[] { RagRating.AmberGreen, RagRating.AmberRed, RagRating.Green }), "the fresh reported ratings");
        Assert.That((read.RollUp, read.Covered), Is.EqualTo(((RagRating?)RagRating.AmberRed, true)));
    }

    [Test]
    public async Task ListRecommendations_Covered_ListsOnlyRecommendationsWithOrWithoutALiveAnsweringAction()
    {
        var review = await AnsweredReviewAsync();

        var covered = await ListAsync($"reviewId={review.ReviewId}&covered=true&asOf=2024-07-01");
        var uncovered = await ListAsync($"reviewId={review.ReviewId}&covered=false&asOf=2024-07-01");

        Assert.That(covered.Select(r => r.Number), Is.EqualTo(new[] { 1, 2, 3, 5 }));
        Assert.That(covered.Select(r => r.Covered), Has.All.True);
        Assert.That(uncovered.Select(r => r.Number), Is.EqualTo(new[] { 4, 6 }));
        Assert.That(uncovered.Select(r => r.Covered), Has.All.False);
    }

    [Test]
    public async Task ListRecommendations_ForAPlan_ListsItsReviewWithOnlyThatPlansActions()
    {
        var review = await AnsweredReviewAsync();
        var (otherPlanId, otherActions) = await NewPlanWithActionsAsync([new(ActionStatus.Completed, RecommendationNumbers: [6])], review.ReviewId);

        var forPlan = await ListAsync($"planId={review.PlanId}&asOf=2024-07-01");
        var forOtherPlan = await ListAsync($"planId={otherPlanId}&asOf=2024-07-01");
        var otherPlanCovers = await ListAsync($"planId={otherPlanId}&covered=true&asOf=2024-07-01");

        Assert.That(forPlan.Select(r => r.ReviewId), Has.All.EqualTo(review.ReviewId), "only the review the plan answers");
        Assert.That(forPlan.Select(r => (r.Number, r.Covered)), Is.EqualTo(new[] { (1, true), (2, true), (3, true), (4, false), (5, true), (6, false) }));
        Assert.That(forPlan.SelectMany(r => r.AnsweringActions).Select(a => a.PlanId), Has.All.EqualTo(review.PlanId));
        Assert.That(forOtherPlan.Select(r => (r.Number, r.RollUp)), Is.EqualTo(new (int, RagRating?)[] { (1, null), (2, null), (3, null), (4, null), (5, null), (6, RagRating.Complete) }));
        Assert.That(otherPlanCovers.Single().AnsweringActions.Select(a => a.Id), Is.EqualTo(new[] { otherActions[0].Id }));
    }

    [Test]
    public async Task ListRecommendations_ForAPlanAnsweringNoReview_IsEmpty()
    {
        var planId = await NewPlanAsync();

        Assert.That(await ListAsync($"planId={planId}"), Is.Empty);
    }

    [Test]
    public async Task GetRecommendation_FutureAsOf_ReturnsValidationProblemNamingAsOf()
    {
        var (_, recommendations) = await NewReviewWithRecommendationsAsync(1);

        using var response = await Client.GetAsync(new Uri($"/api/v1/recommendations/{recommendations[1]}?asOf=2999-01-01", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("asOf", out _), Is.True);
    }

    private sealed record AnsweredReview(Guid ReviewId, IReadOnlyDictionary<int, Guid> Recommendations, Guid PlanId, IReadOnlyList<Guid> Actions, string LeadName);
}
