using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Api.Data.Seed;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Reviews;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Reviews;

/// <summary>Write tests create reviews titled with a marker of their own; the seeded Community Safety Review is only read.</summary>
public sealed class ReviewEndpointsTests : ApiFixture
{
    private const string DemoReviewTitle = "Community Safety Review";

    /// <summary>The seeded review's recommendation numbers, from the data file.</summary>
    private static readonly int[] DemoNumbers = DemoPlanSeeder.ReadDocument().Review.Recommendations.Select(r => r.Number).Order().ToArray();

    private static string Marker() => $"Review {Guid.NewGuid():N}";

    private async Task<(ReviewDto Review, string ETag)> CreateAsync(string title, DateOnly? publishedOn = null)
    {
        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/reviews", UriKind.Relative), new CreateReviewRequest(title, publishedOn), Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<ReviewDto>(Json))!, response.ETag());
    }

    private async Task<IReadOnlyList<ReviewDto>> ListAsync() => (await GetJsonAsync<Page<ReviewDto>>("/api/v1/reviews")).Items;

    [Test]
    public async Task CreateReview_Valid_ReturnsCreatedWithLocationAndETag()
    {
        var title = Marker();

        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/reviews", UriKind.Relative), new CreateReviewRequest(title, new DateOnly(2019, 2, 1)), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var review = (await response.Content.ReadFromJsonAsync<ReviewDto>(Json))!;
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/reviews/{review.Id}"));
        Assert.That((review.Title, review.PublishedOn, review.RecommendationCount), Is.EqualTo((title, (DateOnly?)new DateOnly(2019, 2, 1), 0)));
        using var get = await Client.GetAsync(new Uri($"/api/v1/reviews/{review.Id}", UriKind.Relative));
        Assert.That(get.ETag(), Is.EqualTo(response.ETag()));
    }

    [TestCase("""{"title":""}""", "title")]
    [TestCase("""{"publishedOn":"2019-02-01"}""", "title")]
    public async Task CreateReview_InvalidField_ReturnsValidationProblemNamingIt(string body, string field)
    {
        using var response = await Client.SendJsonAsync(HttpMethod.Post, "/api/v1/reviews", body, ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Has.Some.EqualTo(field).IgnoreCase, errors.ToString());
    }

    [Test]
    public async Task CreateReview_TitleTooLong_ReturnsValidationProblemAndWritesNothing()
    {
        var marker = Marker();

        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/reviews", UriKind.Relative), new CreateReviewRequest(marker + new string('x', 300)), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name), Has.Some.EqualTo("title").IgnoreCase);
        Assert.That((await ListAsync()).Select(r => r.Title), Has.None.StartsWith(marker));
    }

    [TestCase("""{"title":"T","colour":"red"}""", "colour")]
    [TestCase("""{"title":"T","publishedOn":"last spring"}""", "publishedOn")]
    [TestCase("""{"title":"T","publishedOn":20190201}""", "publishedOn")]
    [TestCase("""{"title":""", "")]
    public async Task CreateReview_MalformedJson_ReturnsProblemNamingThePath(string body, string path)
    {
        using var response = await Client.SendJsonAsync(HttpMethod.Post, "/api/v1/reviews", body, ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.ProblemAsync();
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Has.Some.StartsWith(path), problem.ToString());
    }

    [Test]
    public async Task ListReviews_WithDemoData_ListsTheReviewWithItsRecommendationCount()
    {
        var reviews = await ListAsync();

        Assert.That(reviews.Single(r => r.Title == DemoReviewTitle).RecommendationCount, Is.EqualTo(DemoNumbers.Length));
    }

    [Test]
    public async Task ListReviews_ListsLatestPublishedFirstAndUndatedLast()
    {
        var undated = (await CreateAsync(Marker())).Review;
        var older = (await CreateAsync(Marker(), new DateOnly(2018, 1, 1))).Review;
        var newer = (await CreateAsync(Marker(), new DateOnly(2021, 6, 30))).Review;

        var ids = (await ListAsync()).Select(r => r.Id).ToList();

        Assert.That(ids.IndexOf(newer.Id), Is.LessThan(ids.IndexOf(older.Id)));
        Assert.That(ids.IndexOf(older.Id), Is.LessThan(ids.IndexOf(undated.Id)));
    }

    [Test]
    public async Task GetReview_Unknown_ReturnsNotFound()
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/reviews/{Guid.CreateVersion7()}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task UpdateReview_WithCurrentETag_ChangesItAndIssuesANewETag()
    {
        var (review, etag) = await CreateAsync(Marker(), new DateOnly(2019, 1, 1));
        var title = Marker();

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/reviews/{review.Id}", new UpdateReviewRequest(title, null), etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var updated = (await response.Content.ReadFromJsonAsync<ReviewDto>(Json))!;
        Assert.That((updated.Title, updated.PublishedOn), Is.EqualTo((title, (DateOnly?)null)));
        Assert.That(response.ETag(), Is.Not.EqualTo(etag));
        var stored = await GetJsonAsync<ReviewDto>($"/api/v1/reviews/{review.Id}");
        Assert.That((stored.Title, stored.PublishedOn), Is.EqualTo((title, (DateOnly?)null)));
    }

    [Test]
    public async Task UpdateReview_InvalidTitle_ReturnsValidationProblemAndChangesNothing()
    {
        var (review, etag) = await CreateAsync(Marker());

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/reviews/{review.Id}", """{"title":"  "}""", etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        await response.ProblemAsync();
        Assert.That((await GetJsonAsync<ReviewDto>($"/api/v1/reviews/{review.Id}")).Title, Is.EqualTo(review.Title));
    }

    [Test]
    public async Task UpdateReview_WithoutIfMatch_ReturnsPreconditionRequired()
    {
        var (review, _) = await CreateAsync(Marker());

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/reviews/{review.Id}", new UpdateReviewRequest("x", PublishedOn: null), ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)428));
        await response.ProblemAsync();
    }

    [Test]
    public async Task UpdateReview_WithStaleETag_ReturnsPreconditionFailedWithTheCurrentVersion()
    {
        var (review, staleETag) = await CreateAsync(Marker());
        var first = Marker();
        using (var update = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/reviews/{review.Id}", new UpdateReviewRequest(first, PublishedOn: null), staleETag, Json))
        {
            Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var second = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/reviews/{review.Id}", new UpdateReviewRequest(Marker(), PublishedOn: null), staleETag, Json);

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        var problem = await second.ProblemAsync();
        Assert.That(problem.GetProperty("current").GetProperty("title").GetString(), Is.EqualTo(first));
        Assert.That((await GetJsonAsync<ReviewDto>($"/api/v1/reviews/{review.Id}")).Title, Is.EqualTo(first), "the stale write changed nothing");
    }

    [Test]
    public async Task DeleteReview_WithRecommendationsAndAnsweringPlan_ReturnsConflictNamingThem()
    {
        var demo = (await ListAsync()).Single(r => r.Title == DemoReviewTitle);
        using var get = await Client.GetAsync(new Uri($"/api/v1/reviews/{demo.Id}", UriKind.Relative));

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/reviews/{demo.Id}", null, get.ETag(), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var dependents = (await response.ProblemAsync()).GetProperty("dependents");
        Assert.That(dependents.GetProperty("recommendations").EnumerateArray().Select(r => r.GetProperty("number").GetInt32()), Is.EqualTo(DemoNumbers));
        Assert.That(dependents.GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("title").GetString()), Has.Some.Contains("Building Safer Communities"));
        Assert.That((await GetJsonAsync<ReviewDto>($"/api/v1/reviews/{demo.Id}")).RecommendationCount, Is.EqualTo(DemoNumbers.Length));
    }

    [Test]
    public async Task DeleteReview_AnsweredByAPlan_ReturnsConflictNamingThePlan()
    {
        var (review, etag) = await CreateAsync(Marker());
        var planId = await NewPlanAsync(review.Id);

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/reviews/{review.Id}", null, etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var dependents = (await response.ProblemAsync()).GetProperty("dependents");
        Assert.That(dependents.GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()), Is.EqualTo(new[] { planId }));
        Assert.That(dependents.GetProperty("recommendations").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task DeleteReview_Unused_RemovesIt()
    {
        var (review, etag) = await CreateAsync(Marker());

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/reviews/{review.Id}", null, etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var get = await Client.GetAsync(new Uri($"/api/v1/reviews/{review.Id}", UriKind.Relative));
        Assert.That(get.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task DeleteReview_WithoutIfMatch_ReturnsPreconditionRequiredAndKeepsIt()
    {
        var (review, _) = await CreateAsync(Marker());

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/reviews/{review.Id}", null, ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)428));
        Assert.That((await GetJsonAsync<ReviewDto>($"/api/v1/reviews/{review.Id}")).Title, Is.EqualTo(review.Title));
    }

    [Test]
    public async Task DeleteReview_Unknown_ReturnsNotFound()
    {
        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/reviews/{Guid.CreateVersion7()}", null, "\"1\"", Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
