using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.ProgressUpdates;
using DeliveryTracker.Contracts.Rag;
using DeliveryTracker.Tests.Features.Actions;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.ProgressUpdates;

/// <summary>Every test posts on actions it creates, so timelines never mix.</summary>
public sealed class ProgressUpdateEndpointsTests : DeliveryPlanFixture
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);

    /// <summary>Due in 2099: once updated, the schedule rates it Green.</summary>
    private async Task<(ActionDto Action, string ETag)> FarFutureActionAsync(RagScale ragScale = RagScale.ThreePoint) =>
        await CreateActionAsync((await NewPlanObjectiveAsync(ragScale)).Id, new CreateActionRequest("Far future", Timescale: "March 2099"));

    private async Task<HttpResponseMessage> PostAsync(Guid actionId, object body, string? etag) =>
        await Client.SendJsonAsync(HttpMethod.Post, $"/api/v1/actions/{actionId}/progress-updates", body, etag, Json);

    private async Task<IReadOnlyList<ProgressUpdateDto>> TimelineAsync(Guid actionId) =>
        (await GetJsonAsync<Page<ProgressUpdateDto>>($"/api/v1/actions/{actionId}/progress-updates")).Items;

    [Test]
    public async Task CreateProgressUpdate_Valid_ReturnsCreatedWithTheActionsNewETagAndMovesTheAction()
    {
        var (action, etag) = await FarFutureActionAsync();
        var request = new CreateProgressUpdateRequest(ActionStatus.InProgress, 40, RagRating.Green, Note: "Venue booked", EvidenceLinks: ["https://example.org/minutes.pdf"]);

        using var response = await PostAsync(action.Id, request, etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var update = (await response.Content.ReadFromJsonAsync<ProgressUpdateDto>(Json))!;
        Assert.Multiple(() =>
        {
            Assert.That((update.ActionId, update.AuthorName, update.Status, update.PercentComplete, update.ReportedRag, update.Justification, update.Note), Is.EqualTo((action.Id, "programmemanager@tests.example", ActionStatus.InProgress, (int?)40, (RagRating?)RagRating.Green, (string?)null, "Venue booked")));
            Assert.That(update.EvidenceLinks, Is.EqualTo(new[] { "https://example.org/minutes.pdf" }));
            Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/progress-updates/{update.Id}"));
        });
        var (after, afterETag) = await GetActionAsync(action.Id);
        Assert.Multiple(() =>
        {
            Assert.That(response.ETag(), Is.EqualTo(afterETag).And.Not.EqualTo(etag), "the response carries the action's new ETag");
            Assert.That((after.Status, after.PercentComplete, after.LastProgressAt), Is.EqualTo((ActionStatus.InProgress, (int?)40, (DateTimeOffset?)update.PostedAt)));
            Assert.That((after.Rating.Derived, after.Rating.Reported, after.Rating.Effective, after.Rating.EffectiveSource), Is.EqualTo(((RagRating?)RagRating.Green, (RagRating?)RagRating.Green, (RagRating?)RagRating.Green, RatingSource.Reported)));
        });
        var fetched = await GetJsonAsync<ProgressUpdateDto>(response.Headers.Location!.ToString());
        Assert.That(System.Text.Json.JsonSerializer.Serialize(fetched, Json), Is.EqualTo(System.Text.Json.JsonSerializer.Serialize(update, Json)));
    }

    [Test]
    public async Task CreateProgressUpdate_WithoutPercent_KeepsTheActionsPercent()
    {
        var objective = await NewPlanObjectiveAsync();
        var (action, etag) = await CreateActionAsync(objective.Id, new CreateActionRequest("x", PercentComplete: 30));

        using var response = await PostAsync(action.Id, new CreateProgressUpdateRequest(ActionStatus.Blocked, Note: "Waiting on the police"), etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var after = (await GetActionAsync(action.Id)).Action;
        Assert.That((after.Status, after.PercentComplete), Is.EqualTo((ActionStatus.Blocked, (int?)30)));
    }

    [Test]
    public async Task CreateProgressUpdate_ReportedDiffersWithoutJustification_ReturnsValidationProblemAndWritesNothing()
    {
        var (action, etag) = await FarFutureActionAsync();

        using var response = await PostAsync(action.Id, new CreateProgressUpdateRequest(ActionStatus.InProgress, 10, RagRating.Red, Justification: "  "), etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { "justification" }));
        Assert.That(errors.GetProperty("justification")[0].GetString(), Does.Contain("Green").And.Contain("Red"));
        var (after, afterETag) = await GetActionAsync(action.Id);
        Assert.That((after.Status, after.PercentComplete, after.LastProgressAt, afterETag), Is.EqualTo((ActionStatus.NotStarted, (int?)null, (DateTimeOffset?)null, etag)), "nothing is half-written");
        Assert.That(await TimelineAsync(action.Id), Is.Empty);
    }

    [Test]
    public async Task CreateProgressUpdate_ReportedDiffersWithJustification_ShowsBothRatingsAndTheReason()
    {
        var (action, etag) = await FarFutureActionAsync();

        using var response = await PostAsync(action.Id, new CreateProgressUpdateRequest(ActionStatus.InProgress, ReportedRag: RagRating.Red, Justification: "Funding not confirmed"), etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var rating = (await GetActionAsync(action.Id)).Action.Rating;
        Assert.That(
            (rating.Derived, rating.Reported, rating.ReportedJustification, rating.Effective, rating.EffectiveSource),
            Is.EqualTo(((RagRating?)RagRating.Green, (RagRating?)RagRating.Red, "Funding not confirmed", (RagRating?)RagRating.Red, RatingSource.Reported)));
    }

    [Test]
    public async Task CreateProgressUpdate_StartingWorkDueSoon_IsJudgedOnTheActionAsItWillBe()
    {
        // Not started and due in 10 days: Amber now, Green once the update says it is in progress.
        var objective = await NewPlanObjectiveAsync();
        var dueSoon = Today.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (action, etag) = await CreateActionAsync(objective.Id, new CreateActionRequest("Due soon", Timescale: dueSoon));
        Assert.That(action.Rating.Derived, Is.EqualTo(RagRating.Amber));

        using (var stillNotStarted = await PostAsync(action.Id, new CreateProgressUpdateRequest(ActionStatus.NotStarted, ReportedRag: RagRating.Green), etag))
        {
            Assert.That(stillNotStarted.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "not started, due soon: Amber, so Green needs a reason");
        }

        using var started = await PostAsync(action.Id, new CreateProgressUpdateRequest(ActionStatus.InProgress, ReportedRag: RagRating.Green), etag);
        Assert.That(started.StatusCode, Is.EqualTo(HttpStatusCode.Created), await started.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task CreateProgressUpdate_PercentThatCatchesUp_IsJudgedOnTheNewPercent()
    {
        // Started in 2020 and due in 2099 with 0% done: behind schedule (Red) until the update gives a percent on track.
        var objective = await NewPlanObjectiveAsync();
        var (action, etag) = await CreateActionAsync(objective.Id, new CreateActionRequest("Long haul", Status: ActionStatus.InProgress, PercentComplete: 0, Timescale: "January 2020 – December 2099"));
        Assert.That(action.Rating.Derived, Is.EqualTo(RagRating.Red));

        using var response = await PostAsync(action.Id, new CreateProgressUpdateRequest(ActionStatus.InProgress, 50, RagRating.Green), etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task CreateProgressUpdate_OverdueAndReportedRed_NeedsNoJustification()
    {
        var seeded = await SeededActionAsync("SYV-1.1");
        var (action, etag) = await CreateActionAsync((await NewDemoObjectiveAsync()).Id, new CreateActionRequest("Overdue", Timescale: seeded.Timescale.Raw));

        using var response = await PostAsync(action.Id, new CreateProgressUpdateRequest(ActionStatus.InProgress, ReportedRag: RagRating.Red), etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task CreateProgressUpdate_CompletingWithAReportedGreen_NeedsNoJustification()
    {
        var (action, etag) = await FarFutureActionAsync();

        using var response = await PostAsync(action.Id, new CreateProgressUpdateRequest(ActionStatus.Completed, 100, RagRating.Green), etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That((await GetActionAsync(action.Id)).Action.Rating.Derived, Is.EqualTo(RagRating.Complete));
    }

    [TestCase(RagScale.ThreePoint, RagRating.AmberGreen)]
    [TestCase(RagScale.ThreePoint, RagRating.AmberRed)]
    [TestCase(RagScale.FivePoint, RagRating.Complete)]
    [TestCase(RagScale.ThreePoint, RagRating.NotRated)]
    public async Task CreateProgressUpdate_RatingNotOnThePlansScale_ReturnsValidationProblemNamingReportedRag(RagScale scale, RagRating reported)
    {
        var (action, etag) = await FarFutureActionAsync(scale);

        using var response = await PostAsync(action.Id, new CreateProgressUpdateRequest(ActionStatus.InProgress, ReportedRag: reported, Justification: "because"), etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { "reportedRag" }));
        Assert.That(await TimelineAsync(action.Id), Is.Empty);
    }

    [Test]
    public async Task CreateProgressUpdate_FivePointRatingOnAFivePointPlan_IsAcceptedWithAJustification()
    {
        var (action, etag) = await FarFutureActionAsync(RagScale.FivePoint);
        using (var unjustified = await PostAsync(action.Id, new CreateProgressUpdateRequest(ActionStatus.InProgress, ReportedRag: RagRating.AmberGreen), etag))
        {
            Assert.That(unjustified.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "Amber/Green differs from a derived Green");
        }

        using var response = await PostAsync(action.Id, new CreateProgressUpdateRequest(ActionStatus.InProgress, ReportedRag: RagRating.AmberGreen, Justification: "Some risks to manage"), etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        Assert.That((await GetActionAsync(action.Id)).Action.Rating.Effective, Is.EqualTo(RagRating.AmberGreen));
    }

    [TestCase("""{}""", "status")]
    [TestCase("""{"status":"InProgress","percentComplete":101}""", "percentComplete")]
    [TestCase("""{"status":"InProgress","evidenceLinks":["ftp://example.org/file"]}""", "evidenceLinks[0]")]
    [TestCase("""{"status":"InProgress","evidenceLinks":["https://example.org/a","/relative/path"]}""", "evidenceLinks[1]")]
    [TestCase("""{"status":"InProgress","evidenceLinks":[""]}""", "evidenceLinks[0]")]
    public async Task CreateProgressUpdate_InvalidField_ReturnsValidationProblemNamingItAndWritesNothing(string body, string field)
    {
        var (action, etag) = await FarFutureActionAsync();

        using var response = await PostAsync(action.Id, body, etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Has.Some.EqualTo(field).IgnoreCase, errors.ToString());
        Assert.That((await GetActionAsync(action.Id)).ETag, Is.EqualTo(etag));
        Assert.That(await TimelineAsync(action.Id), Is.Empty);
    }

    [TestCase(2001, 0, 0, 0, "justification")]
    [TestCase(0, 4001, 0, 0, "note")]
    [TestCase(0, 0, 21, 10, "evidenceLinks")]
    [TestCase(0, 0, 1, 2001, "evidenceLinks[0]")]
    public async Task CreateProgressUpdate_TooLong_ReturnsValidationProblemNamingTheField(int justification, int note, int links, int linkLength, string field)
    {
        var (action, etag) = await FarFutureActionAsync();
        var link = "https://example.org/" + new string('a', Math.Max(0, linkLength - 20));
        var request = new CreateProgressUpdateRequest(
            ActionStatus.InProgress,
            Justification: justification == 0 ? null : new string('j', justification),
            Note: note == 0 ? null : new string('n', note),
            EvidenceLinks: Enumerable.Repeat(link, links).ToList());

        using var response = await PostAsync(action.Id, request, etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name), Has.Some.EqualTo(field).IgnoreCase);
    }

    [TestCase("""{"status":"Done"}""", "status")]
    [TestCase("""{"status":"InProgress","reportedRag":"Purple"}""", "reportedRag")]
    [TestCase("""{"status":"InProgress","mood":"good"}""", "mood")]
    [TestCase("""{"status":"InProgress","percentComplete":"40"}""", "percentComplete")]
    [TestCase("""{"status":""", "")]
    public async Task CreateProgressUpdate_MalformedJson_ReturnsProblemNamingThePath(string body, string path)
    {
        var (action, etag) = await FarFutureActionAsync();

        using var response = await PostAsync(action.Id, body, etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var problem = await response.ProblemAsync();
        Assert.That(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name), Has.Some.StartsWith(path), problem.ToString());
    }

    [Test]
    public async Task CreateProgressUpdate_WithoutIfMatch_ReturnsPreconditionRequired()
    {
        var (action, _) = await FarFutureActionAsync();

        using var response = await PostAsync(action.Id, new CreateProgressUpdateRequest(ActionStatus.InProgress), etag: null);

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)428));
        Assert.That(await TimelineAsync(action.Id), Is.Empty);
    }

    [Test]
    public async Task CreateProgressUpdate_OnAStaleView_ReturnsPreconditionFailedWithTheCurrentAction()
    {
        var (action, stale) = await FarFutureActionAsync();
        using (var edit = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/actions/{action.Id}", Unchanged(action) with { Status = ActionStatus.OnHold }, stale, Json))
        {
            Assert.That(edit.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var response = await PostAsync(action.Id, new CreateProgressUpdateRequest(ActionStatus.InProgress), stale);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        Assert.That((await response.ProblemAsync()).GetProperty("current").GetProperty("status").GetString(), Is.EqualTo("OnHold"));
        Assert.That(await TimelineAsync(action.Id), Is.Empty);
    }

    [Test]
    public async Task CreateProgressUpdate_UnknownAction_ReturnsNotFound()
    {
        using var response = await PostAsync(Guid.CreateVersion7(), new CreateProgressUpdateRequest(ActionStatus.InProgress), "\"1\"");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task ListProgressUpdates_FiveUpdates_PagesNewestFirstWithCursorAndLinkHeader()
    {
        var (action, etag) = await FarFutureActionAsync();
        for (var i = 1; i <= 5; i++)
        {
            using var posted = await PostAsync(action.Id, new CreateProgressUpdateRequest(ActionStatus.InProgress, i * 10, Note: $"Update {i}"), etag);
            Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            etag = posted.ETag();
        }

        var notes = new List<string?>();
        var path = $"/api/v1/actions/{action.Id}/progress-updates?limit=2";
        var pages = 0;
        while (true)
        {
            using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            var page = (await response.Content.ReadFromJsonAsync<Page<ProgressUpdateDto>>(Json))!;
            notes.AddRange(page.Items.Select(u => u.Note));
            pages++;
            if (page.NextCursor is null)
            {
                Assert.That(response.Headers.Contains("Link"), Is.False, "no next link on the last page");
                break;
            }

            var link = response.Headers.GetValues("Link").Single();
            Assert.That(link, Does.EndWith("; rel=\"next\"").And.Contain(page.NextCursor));
            path = link[1..link.IndexOf('>', StringComparison.Ordinal)];
        }

        Assert.That(notes, Is.EqualTo(new[] { "Update 5", "Update 4", "Update 3", "Update 2", "Update 1" }));
        Assert.That(pages, Is.EqualTo(3));
    }

    [TestCase("limit=0", "limit")]
    [TestCase("limit=201", "limit")]
    [TestCase("cursor=%21%21%21", "cursor")]
    [TestCase("cursor=bm90LWEtY3Vyc29y", "cursor")]
    public async Task ListProgressUpdates_BadPaging_ReturnsValidationProblemNamingTheParameter(string query, string field)
    {
        var (action, _) = await FarFutureActionAsync();

        using var response = await Client.GetAsync(new Uri($"/api/v1/actions/{action.Id}/progress-updates?{query}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name), Has.Some.EqualTo(field).IgnoreCase);
    }

    [Test]
    public async Task ListProgressUpdates_UnknownAction_ReturnsNotFound()
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/actions/{Guid.CreateVersion7()}/progress-updates", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task GetProgressUpdate_Unknown_ReturnsNotFound()
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/progress-updates/{Guid.CreateVersion7()}", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
