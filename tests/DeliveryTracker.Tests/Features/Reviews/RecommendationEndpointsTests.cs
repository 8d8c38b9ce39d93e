using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Api.Data.Seed;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Audit;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Plans;
using DeliveryTracker.Contracts.Reviews;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Reviews;

/// <summary>
/// Write tests add recommendations to a review of their own; the seeded review's recommendations (and the demo
/// plan's actions answering them) are only read.
/// </summary>
public sealed class RecommendationEndpointsTests : ApiFixture
{
    private async Task<Guid> NewReviewAsync()
    {
        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/reviews", UriKind.Relative), new CreateReviewRequest($"Review {Guid.NewGuid():N}"), Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ReviewDto>(Json))!.Id;
    }

    private async Task<(RecommendationDto Recommendation, string ETag)> CreateAsync(Guid reviewId, int number, string? text = null)
    {
        using var response = await Client.PostAsJsonAsync(
            new Uri($"/api/v1/reviews/{reviewId}/recommendations", UriKind.Relative), new CreateRecommendationRequest(number, text ?? $"Recommendation {number}"), Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<RecommendationDto>(Json))!, response.ETag());
    }

    private async Task<IReadOnlyList<RecommendationDto>> ListAsync(string query) => (await GetJsonAsync<Page<RecommendationDto>>($"/api/v1/recommendations?{query}")).Items;

    private async Task<(Guid ReviewId, Guid PlanId)> DemoAsync()
    {
        var reviews = await GetJsonAsync<Page<ReviewDto>>("/api/v1/reviews");
        var plans = await GetJsonAsync<Page<PlanSummaryDto>>("/api/v1/plans");
        return (reviews.Items.Single(r => r.Title == "Community Safety Review").Id, plans.Items.Single(p => p.Title == "Building Safer Communities – Delivery Plan").Id);
    }

    [Test]
    public async Task CreateRecommendation_Valid_ReturnsCreatedWithLocationAndETag()
    {
        var reviewId = await NewReviewAsync();

        using var response = await Client.PostAsJsonAsync(
            new Uri($"/api/v1/reviews/{reviewId}/recommendations", UriKind.Relative), new CreateRecommendationRequest(7, "Develop a long-term approach.", "Agreed."), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var recommendation = (await response.Content.ReadFromJsonAsync<RecommendationDto>(Json))!;
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/recommendations/{recommendation.Id}"));
        Assert.That(
            (recommendation.ReviewId, recommendation.Number, recommendation.Text, recommendation.CouncilResponse, recommendation.AnsweringActions.Count),
            Is.EqualTo((reviewId, 7, "Develop a long-term approach.", "Agreed.", 0)));
        using var get = await Client.GetAsync(new Uri($"/api/v1/recommendations/{recommendation.Id}", UriKind.Relative));
        Assert.That(get.ETag(), Is.EqualTo(response.ETag()));
        Assert.That((await GetJsonAsync<ReviewDto>($"/api/v1/reviews/{reviewId}")).RecommendationCount, Is.EqualTo(1));
    }

    [Test]
    public async Task CreateRecommendation_UnknownReview_ReturnsNotFound()
    {
        using var response = await Client.PostAsJsonAsync(
            new Uri($"/api/v1/reviews/{Guid.CreateVersion7()}/recommendations", UriKind.Relative), new CreateRecommendationRequest(1), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task CreateRecommendation_NumberTakenInTheReview_ReturnsConflictNamingTheExistingOne()
    {
        var reviewId = await NewReviewAsync();
        var (existing, _) = await CreateAsync(reviewId, 3);

        using var response = await Client.PostAsJsonAsync(
            new Uri($"/api/v1/reviews/{reviewId}/recommendations", UriKind.Relative), new CreateRecommendationRequest(3, "Again"), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.ProblemAsync()).GetProperty("existing").GetProperty("id").GetGuid(), Is.EqualTo(existing.Id));
        Assert.That((await ListAsync($"reviewId={reviewId}")).Select(r => r.Text), Is.EqualTo(new[] { "Recommendation 3" }));
    }

    [Test]
    public async Task CreateRecommendation_NumberTakenInAnotherReview_IsAllowed()
    {
        var (demoReviewId, _) = await DemoAsync();
        var reviewId = await NewReviewAsync();

        var (recommendation, _) = await CreateAsync(reviewId, 29);

        Assert.That(recommendation.Number, Is.EqualTo(29));
        Assert.That((await ListAsync($"reviewId={demoReviewId}&number=29")).Single().Id, Is.Not.EqualTo(recommendation.Id));
    }

    [TestCase("""{"number":0}""", "number")]
    [TestCase("""{"number":-4}""", "number")]
    [TestCase("""{"text":"No number"}""", "number")]
    [TestCase("""{"number":1,"text":"TEXT4001"}""", "text")]
    [TestCase("""{"number":1,"councilResponse":"TEXT8001"}""", "councilResponse")]
    public async Task CreateRecommendation_InvalidField_ReturnsValidationProblemNamingItAndWritesNothing(string body, string field)
    {
        var reviewId = await NewReviewAsync();
        body = body.Replace("TEXT4001", new string('t', 4001), StringComparison.Ordinal).Replace("TEXT8001", new string('r', 8001), StringComparison.Ordinal);

        using var response = await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/reviews/{reviewId}/recommendations", body, ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Has.Some.EqualTo(field).IgnoreCase, errors.ToString());
        Assert.That(await ListAsync($"reviewId={reviewId}"), Is.Empty, "nothing is written");
    }

    [TestCase("""{"number":1,"colour":"red"}""", "colour")]
    [TestCase("""{"number":"one"}""", "number")]
    [TestCase("""{"number":1.5}""", "number")]
    [TestCase("""{"number":""", "")]
    public async Task CreateRecommendation_MalformedJson_ReturnsProblemNamingThePath(string body, string path)
    {
        var reviewId = await NewReviewAsync();

        using var response = await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/reviews/{reviewId}/recommendations", body, ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.ProblemAsync();
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Has.Some.StartsWith(path), problem.ToString());
        Assert.That(await ListAsync($"reviewId={reviewId}"), Is.Empty, "nothing is written");
    }

    [Test]
    public async Task ListRecommendations_DemoReview_ListsAllByNumberWithTheActionsAnsweringThem()
    {
        var (reviewId, planId) = await DemoAsync();

        var recommendations = await ListAsync($"reviewId={reviewId}&limit=200");

        Assert.That(recommendations.Select(r => r.Number), Is.EqualTo(DemoPlanSeeder.ReadDocument().Review.Recommendations.Select(r => r.Number).Order()));
        var answering = recommendations.Single(r => r.Number == 29).AnsweringActions;
        Assert.That(answering.Select(a => a.ReferenceCode), Is.SupersetOf(new[] { "SYV-1.1", "SYV-1.2", "SYV-1.3", "SYV-3.1", "SYV-8.1" }));
        Assert.That(answering.Select(a => a.ReferenceCode).Take(3), Is.EqualTo(new[] { "SYV-1.1", "SYV-1.2", "SYV-1.3" }), "in plan document order");
        Assert.That(answering.Select(a => a.PlanId), Has.All.EqualTo(planId));
        Assert.That(recommendations.Single(r => r.Number == 16).AnsweringActions.Select(a => a.ReferenceCode), Does.Contain("SYV-7.1").And.Contain("ASB-3.2"));
    }

    [Test]
    public async Task ListRecommendations_ByReviewAndNumber_ListsTheOne()
    {
        var (reviewId, _) = await DemoAsync();

        var recommendations = await ListAsync($"reviewId={reviewId}&number=29");

        Assert.That(recommendations.Select(r => (r.ReviewId, r.Number)), Is.EqualTo(new[] { (reviewId, 29) }));
    }

    [Test]
    public async Task ListRecommendations_WithLimit_PagesByNumberWithANextCursorAndLinkHeader()
    {
        var reviewId = await NewReviewAsync();
        foreach (var number in new[] { 12, 2, 7 })
        {
            await CreateAsync(reviewId, number);
        }

        using var first = await Client.GetAsync(new Uri($"/api/v1/recommendations?reviewId={reviewId}&limit=2", UriKind.Relative));
        var firstPage = (await first.Content.ReadFromJsonAsync<Page<RecommendationDto>>(Json))!;
        var secondPage = await GetJsonAsync<Page<RecommendationDto>>($"/api/v1/recommendations?reviewId={reviewId}&limit=2&cursor={firstPage.NextCursor}");

        Assert.That(firstPage.Items.Select(r => r.Number), Is.EqualTo(new[] { 2, 7 }));
        Assert.That(first.Headers.GetValues("Link").Single(), Does.Contain($"cursor={firstPage.NextCursor}").And.EndWith("rel=\"next\""));
        Assert.That(secondPage.Items.Select(r => r.Number), Is.EqualTo(new[] { 12 }));
        Assert.That(secondPage.NextCursor, Is.Null);
    }

    [TestCase("asOf=2999-01-01", "asOf")]
    [TestCase("asOf=1999-12-31", "asOf")]
    [TestCase("covered=maybe", "covered")]
    [TestCase("planId=not-a-guid", "planId")]
    [TestCase("limit=0", "limit")]
    [TestCase("limit=500", "limit")]
    [TestCase("cursor=not!base64", "cursor")]
    [TestCase("cursor=eyJyZXZpZXdJZCI6MX0", "cursor")] // base64url of {"reviewId":1}
    public async Task ListRecommendations_BadLimitOrCursor_ReturnsValidationProblemNamingIt(string query, string field)
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/recommendations?{query}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").TryGetProperty(field, out _), Is.True);
    }

    [Test]
    public async Task GetRecommendation_AnsweredByActions_ListsThemWithTheirPlan()
    {
        var reviewId = await NewReviewAsync();
        var (recommendation, _) = await CreateAsync(reviewId, 1);
        var (planId, actions) = await NewPlanWithActionsAsync(
            [new(ActionStatus.NotStarted, RecommendationNumbers: [1]), new(ActionStatus.Completed), new(ActionStatus.InProgress, RecommendationNumbers: [1])],
            reviewId);

        using var response = await Client.GetAsync(new Uri($"/api/v1/recommendations/{recommendation.Id}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.ETag(), Is.Not.Empty);
        var read = (await response.Content.ReadFromJsonAsync<RecommendationDto>(Json))!;
        Assert.That(read.AnsweringActions.Select(a => (a.Id, a.ReferenceCode, a.PlanId, a.Text, a.Status)), Is.EqualTo(new[]
        {
            (actions[0].Id, "T-1.1", planId, "Test action 1", ActionStatus.NotStarted),
            (actions[2].Id, "T-1.3", planId, "Test action 3", ActionStatus.InProgress),
        }));
    }

    [Test]
    public async Task GetRecommendation_Unknown_ReturnsNotFound()
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/recommendations/{Guid.CreateVersion7()}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task UpdateRecommendation_WithCurrentETag_ChangesItAndIssuesANewETag()
    {
        var (recommendation, etag) = await CreateAsync(await NewReviewAsync(), 4);

        using var response = await Client.SendJsonAsync(
            HttpMethod.Put, $"/api/v1/recommendations/{recommendation.Id}", new UpdateRecommendationRequest(5, "New text", "Council agrees"), etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var updated = (await response.Content.ReadFromJsonAsync<RecommendationDto>(Json))!;
        Assert.That((updated.Number, updated.Text, updated.CouncilResponse), Is.EqualTo((5, "New text", "Council agrees")));
        Assert.That(response.ETag(), Is.Not.EqualTo(etag));
        var stored = await GetJsonAsync<RecommendationDto>($"/api/v1/recommendations/{recommendation.Id}");
        Assert.That((stored.Number, stored.Text, stored.CouncilResponse), Is.EqualTo((5, "New text", "Council agrees")));
    }

    [Test]
    public async Task UpdateRecommendation_ToANumberTakenInTheReview_ReturnsConflictAndChangesNothing()
    {
        var reviewId = await NewReviewAsync();
        await CreateAsync(reviewId, 1);
        var (second, etag) = await CreateAsync(reviewId, 2);

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/recommendations/{second.Id}", new UpdateRecommendationRequest(1, "Moved", CouncilResponse: null), etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        await response.ProblemAsync();
        Assert.That((await ListAsync($"reviewId={reviewId}")).Select(r => (r.Number, r.Text)), Is.EqualTo(new[] { (1, "Recommendation 1"), (2, "Recommendation 2") }));
    }

    [Test]
    public async Task UpdateRecommendation_KeepingItsNumber_IsAllowed()
    {
        var (recommendation, etag) = await CreateAsync(await NewReviewAsync(), 9);

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/recommendations/{recommendation.Id}", new UpdateRecommendationRequest(9, null, "Noted"), etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var updated = (await response.Content.ReadFromJsonAsync<RecommendationDto>(Json))!;
        Assert.That((updated.Number, updated.Text, updated.CouncilResponse), Is.EqualTo((9, (string?)null, "Noted")));
    }

    [Test]
    public async Task UpdateRecommendation_InvalidNumber_ReturnsValidationProblemAndChangesNothing()
    {
        var (recommendation, etag) = await CreateAsync(await NewReviewAsync(), 3);

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/recommendations/{recommendation.Id}", """{"number":0,"text":"Changed","councilResponse":null}""", etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name), Has.Some.EqualTo("number").IgnoreCase);
        Assert.That((await GetJsonAsync<RecommendationDto>($"/api/v1/recommendations/{recommendation.Id}")).Text, Is.EqualTo("Recommendation 3"));
    }

    [Test]
    public async Task UpdateRecommendation_WithoutIfMatch_ReturnsPreconditionRequired()
    {
        var (recommendation, _) = await CreateAsync(await NewReviewAsync(), 1);

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/recommendations/{recommendation.Id}", new UpdateRecommendationRequest(1, "x", CouncilResponse: null), ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)428));
        await response.ProblemAsync();
    }

    [Test]
    public async Task UpdateRecommendation_WithStaleETag_ReturnsPreconditionFailedWithTheCurrentVersion()
    {
        var (recommendation, staleETag) = await CreateAsync(await NewReviewAsync(), 1);
        using (var first = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/recommendations/{recommendation.Id}", new UpdateRecommendationRequest(1, "First writer", CouncilResponse: null), staleETag, Json))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var second = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/recommendations/{recommendation.Id}", new UpdateRecommendationRequest(1, "Second writer", CouncilResponse: null), staleETag, Json);

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        var problem = await second.ProblemAsync();
        Assert.That(problem.GetProperty("current").GetProperty("text").GetString(), Is.EqualTo("First writer"));
        Assert.That(problem.GetProperty("currentETag").GetString(), Is.Not.EqualTo(staleETag).And.Not.Empty);
        Assert.That((await GetJsonAsync<RecommendationDto>($"/api/v1/recommendations/{recommendation.Id}")).Text, Is.EqualTo("First writer"));
    }

    [Test]
    public async Task DeleteRecommendation_AnsweredByActions_ReturnsConflictNamingThem()
    {
        var (reviewId, planId) = await DemoAsync();
        var demo29 = (await ListAsync($"reviewId={reviewId}&number=29")).Single();
        using var get = await Client.GetAsync(new Uri($"/api/v1/recommendations/{demo29.Id}", UriKind.Relative));

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/recommendations/{demo29.Id}", null, get.ETag(), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var actions = (await response.ProblemAsync()).GetProperty("dependents").GetProperty("actions").EnumerateArray().ToList();
        Assert.That(actions.Select(a => a.GetProperty("referenceCode").GetString()), Is.EqualTo(demo29.AnsweringActions.Select(a => a.ReferenceCode)));
        Assert.That(actions.Select(a => a.GetProperty("planId").GetGuid()), Has.All.EqualTo(planId));
        using var after = await Client.GetAsync(new Uri($"/api/v1/recommendations/{demo29.Id}", UriKind.Relative));
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task DeleteRecommendation_Unanswered_RemovesItAndRecordsTheDeletion()
    {
        var (recommendation, etag) = await CreateAsync(await NewReviewAsync(), 1);

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/recommendations/{recommendation.Id}", null, etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var get = await Client.GetAsync(new Uri($"/api/v1/recommendations/{recommendation.Id}", UriKind.Relative));
        Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var history = await GetJsonAsync<Page<HistoryEntryDto>>($"/api/v1/recommendations/{recommendation.Id}/history");
        Assert.That(history.Items.Select(h => h.Operation), Is.EqualTo(new[] { "Deleted", "Created" }));
    }

    [Test]
    public async Task DeleteRecommendation_WithoutIfMatch_ReturnsPreconditionRequiredAndKeepsIt()
    {
        var (recommendation, _) = await CreateAsync(await NewReviewAsync(), 1);

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/recommendations/{recommendation.Id}", null, ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)428));
        using var get = await Client.GetAsync(new Uri($"/api/v1/recommendations/{recommendation.Id}", UriKind.Relative));
        Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task DeleteRecommendation_WithStaleETag_ReturnsPreconditionFailed()
    {
        var (recommendation, staleETag) = await CreateAsync(await NewReviewAsync(), 1);
        using (var update = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/recommendations/{recommendation.Id}", new UpdateRecommendationRequest(2, Text: null, CouncilResponse: null), staleETag, Json))
        {
            Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/recommendations/{recommendation.Id}", null, staleETag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        Assert.That((await response.ProblemAsync()).GetProperty("current").GetProperty("number").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public async Task RecommendationHistory_AfterCreateAndUpdate_RecordsBothWithBeforeAndAfter()
    {
        var (recommendation, etag) = await CreateAsync(await NewReviewAsync(), 1, "Old text");
        using (var update = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/recommendations/{recommendation.Id}", new UpdateRecommendationRequest(1, "New text", CouncilResponse: null), etag, Json))
        {
            Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        var history = await GetJsonAsync<Page<HistoryEntryDto>>($"/api/v1/recommendations/{recommendation.Id}/history");

        Assert.That(history.Items.Select(h => h.Operation), Is.EqualTo(new[] { "Updated", "Created" }));
        var change = history.Items[0];
        Assert.That(change.Before!.Value.GetProperty("text").GetString(), Is.EqualTo("Old text"));
        Assert.That(change.After!.Value.GetProperty("text").GetString(), Is.EqualTo("New text"));
        Assert.That(change.After!.Value.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "text" }), "only changed properties");
    }

    [Test]
    public async Task RecommendationHistory_Unknown_ReturnsNotFound()
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/recommendations/{Guid.CreateVersion7()}/history", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
