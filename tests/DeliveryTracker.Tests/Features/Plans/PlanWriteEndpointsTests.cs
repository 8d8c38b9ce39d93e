using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Api.Data.Seed;
using DeliveryTracker.Contracts.Audit;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Plans;
using DeliveryTracker.Contracts.Rag;
using DeliveryTracker.Contracts.Themes;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Plans;

public sealed class PlanWriteEndpointsTests : ApiFixture
{
    private static PlanRequest NewPlan(string? title = null, PlanSettingsRequest? settings = null) =>
        new(title ?? $"Plan {Guid.NewGuid():N}", new DateOnly(2024, 4, 1), new DateOnly(2027, 3, 31), Settings: settings);

    /// <summary>A complete PUT body for a plan made by <see cref="NewPlan"/>, with a new title.</summary>
    private static UpdatePlanRequest Replacement(string title) =>
        new(title, new DateOnly(2024, 4, 1), new DateOnly(2027, 3, 31), PlanStatus.Draft, SourceDocument: null, ReviewId: null,
            new PlanSettingsRequest(RagScale.ThreePoint, 30, 60, 70, 90, 14, 7, 30, 10, false, BoardMeetings: []));

    private async Task<(PlanDto Plan, string ETag)> CreateAsync(PlanRequest request)
    {
        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/plans", UriKind.Relative), request, Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<PlanDto>(Json))!, response.ETag());
    }

    [Test]
    public async Task CreatePlan_WithoutSettings_UsesTheProductDefaults()
    {
        var (plan, _) = await CreateAsync(NewPlan());

        Assert.That(plan.Status, Is.EqualTo(PlanStatus.Draft));
        var s = plan.Settings;
        Assert.That(
            (s.RagScale, s.DueSoonDays, s.StaleAfterDays, s.ProgressRedBelowPercent, s.ProgressAmberBelowPercent),
            Is.EqualTo((RagScale.ThreePoint, 30, 60, 70, 90)));
        Assert.That(
            (s.ReminderDueSoonDays, s.OverdueReminderEveryDays, s.EscalateAfterDaysOverdue, s.BoardUpdateRequestWorkingDays, s.RemindersPaused),
            Is.EqualTo((14, 7, 30, 10, false)));
        Assert.That(s.BoardMeetings, Is.Empty);
        var stored = await GetJsonAsync<PlanDto>($"/api/v1/plans/{plan.Id}");
        Assert.That(stored.Title, Is.EqualTo(plan.Title));
    }

    [Test]
    public async Task CreatePlan_WithFivePointScaleAndBoardCalendar_KeepsThemInDateOrder()
    {
        var settings = new PlanSettingsRequest(RagScale.FivePoint, BoardMeetings: [new DateOnly(2024, 12, 3), new DateOnly(2024, 6, 4)], DueSoonDays: 30, StaleAfterDays: 60, ProgressRedBelowPercent: 70, ProgressAmberBelowPercent: 90, ReminderDueSoonDays: 14, OverdueReminderEveryDays: 7, EscalateAfterDaysOverdue: 30, BoardUpdateRequestWorkingDays: 10, RemindersPaused: false);

        var (plan, _) = await CreateAsync(NewPlan(settings: settings));

        Assert.That(plan.Settings.RagScale, Is.EqualTo(RagScale.FivePoint));
        Assert.That(plan.Settings.BoardMeetings, Is.EqualTo(new[] { new DateOnly(2024, 6, 4), new DateOnly(2024, 12, 3) }));
    }

    [TestCase("""{"title":"X","periodStart":"2024-04-01","periodEnd":"2024-03-31"}""", "periodEnd")]
    [TestCase("""{"title":"","periodStart":"2024-04-01","periodEnd":"2025-03-31"}""", "title")]
    [TestCase("""{"title":"X","periodEnd":"2025-03-31"}""", "periodStart")]
    [TestCase("""{"title":"X","periodStart":"2024-04-01","periodEnd":"2025-03-31","settings":{"ragScale":"ThreePoint","dueSoonDays":30,"staleAfterDays":60,"progressRedBelowPercent":80,"progressAmberBelowPercent":60,"reminderDueSoonDays":14,"overdueReminderEveryDays":7,"escalateAfterDaysOverdue":30,"boardUpdateRequestWorkingDays":10,"remindersPaused":false,"boardMeetings":[]}}""", "settings.progressAmberBelowPercent")]
    [TestCase("""{"title":"X","periodStart":"2024-04-01","periodEnd":"2025-03-31","settings":{"ragScale":"ThreePoint","dueSoonDays":0,"staleAfterDays":60,"progressRedBelowPercent":70,"progressAmberBelowPercent":90,"reminderDueSoonDays":14,"overdueReminderEveryDays":7,"escalateAfterDaysOverdue":30,"boardUpdateRequestWorkingDays":10,"remindersPaused":false,"boardMeetings":[]}}""", "settings.dueSoonDays")]
    [TestCase("""{"title":"X","periodStart":"2024-04-01","periodEnd":"2025-03-31","settings":{"ragScale":"ThreePoint","dueSoonDays":30,"staleAfterDays":60,"progressRedBelowPercent":70,"progressAmberBelowPercent":90,"reminderDueSoonDays":14,"overdueReminderEveryDays":7,"escalateAfterDaysOverdue":30,"boardUpdateRequestWorkingDays":10,"remindersPaused":false,"boardMeetings":["2024-06-04","2024-06-04"]}}""", "settings.boardMeetings")]
    [TestCase("""{"title":"X","periodStart":"2024-04-01","periodEnd":"2025-03-31","status":"Finished"}""", "status")]
    public async Task CreatePlan_Invalid_ReturnsValidationProblemNamingTheField(string body, string field)
    {
        using var response = await Client.SendJsonAsync(HttpMethod.Post, "/api/v1/plans", body, ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Has.Some.StartsWith(field), errors.ToString());
    }

    [Test]
    public async Task CreatePlan_UnknownReview_ReturnsValidationProblemNamingReviewId()
    {
        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/plans", UriKind.Relative), NewPlan() with { ReviewId = Guid.CreateVersion7() }, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ProblemAsync()).GetProperty("errors").TryGetProperty("reviewId", out _), Is.True);
    }

    [Test]
    public async Task CreatePlan_DuplicateTitle_ReturnsConflict()
    {
        var (plan, _) = await CreateAsync(NewPlan());

        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/plans", UriKind.Relative), NewPlan(plan.Title), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task UpdatePlan_ChangesFieldsAndReplacesTheBoardCalendar_KeepingItsTree()
    {
        var (plan, etag) = await CreateAsync(NewPlan(settings: new PlanSettingsRequest(BoardMeetings: [new DateOnly(2024, 6, 4), new DateOnly(2024, 9, 3)], RagScale: RagScale.ThreePoint, DueSoonDays: 30, StaleAfterDays: 60, ProgressRedBelowPercent: 70, ProgressAmberBelowPercent: 90, ReminderDueSoonDays: 14, OverdueReminderEveryDays: 7, EscalateAfterDaysOverdue: 30, BoardUpdateRequestWorkingDays: 10, RemindersPaused: false)));
        using (var theme = await Client.PostAsJsonAsync(new Uri($"/api/v1/plans/{plan.Id}/themes", UriKind.Relative), new CreateThemeRequest("T", "Theme"), Json))
        {
            Assert.That(theme.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        using var current = await Client.GetAsync(new Uri($"/api/v1/plans/{plan.Id}", UriKind.Relative));
        var change = NewPlan(plan.Title + " (revised)", new PlanSettingsRequest(StaleAfterDays: 45, BoardMeetings: [new DateOnly(2024, 9, 3), new DateOnly(2024, 12, 3)], RagScale: RagScale.ThreePoint, DueSoonDays: 30, ProgressRedBelowPercent: 70, ProgressAmberBelowPercent: 90, ReminderDueSoonDays: 14, OverdueReminderEveryDays: 7, EscalateAfterDaysOverdue: 30, BoardUpdateRequestWorkingDays: 10, RemindersPaused: false)) with { Status = PlanStatus.Active };
        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/plans/{plan.Id}", change, current.ETag(), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var updated = (await response.Content.ReadFromJsonAsync<PlanDto>(Json))!;
        Assert.That((updated.Title, updated.Status, updated.Settings.StaleAfterDays), Is.EqualTo((change.Title, PlanStatus.Active, 45)));
        Assert.That(updated.Settings.BoardMeetings, Is.EqualTo(new[] { new DateOnly(2024, 9, 3), new DateOnly(2024, 12, 3) }));
        Assert.That(updated.Themes.Select(t => t.Code), Is.EqualTo(new[] { "T" }));
        Assert.That(etag, Is.Not.EqualTo(response.ETag()));
    }

    [Test]
    public async Task UpdatePlan_StaleETag_ReturnsPreconditionFailedAndChangesNothing()
    {
        var (plan, etag) = await CreateAsync(NewPlan());
        using (var first = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/plans/{plan.Id}", Replacement(plan.Title + " A"), etag, Json))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using var second = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/plans/{plan.Id}", Replacement(plan.Title + " B"), etag, Json);

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        Assert.That((await GetJsonAsync<PlanDto>($"/api/v1/plans/{plan.Id}")).Title, Is.EqualTo(plan.Title + " A"));
    }

    [Test]
    public async Task UpdatePlan_WithoutIfMatch_ReturnsPreconditionRequired()
    {
        var (plan, _) = await CreateAsync(NewPlan());

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/plans/{plan.Id}", Replacement(plan.Title), ifMatch: null, Json);

        Assert.That(response.StatusCode, Is.EqualTo((HttpStatusCode)428));
    }

    [Test]
    public async Task DeletePlan_WithThemes_ReturnsConflictNamingThem()
    {
        var summary = (await GetJsonAsync<Page<PlanSummaryDto>>("/api/v1/plans")).Items.Single(p => p.Title == "Building Safer Communities – Delivery Plan");
        using var current = await Client.GetAsync(new Uri($"/api/v1/plans/{summary.Id}", UriKind.Relative));

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/plans/{summary.Id}", null, current.ETag(), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That((await response.ProblemAsync()).GetProperty("dependents").GetProperty("themes").GetArrayLength(), Is.EqualTo(DemoPlanSeeder.ReadDocument().Themes.Count));
    }

    [Test]
    public async Task DeletePlan_Empty_RemovesItAndKeepsItsHistory()
    {
        var (plan, etag) = await CreateAsync(NewPlan());

        using var response = await Client.SendJsonAsync(HttpMethod.Delete, $"/api/v1/plans/{plan.Id}", null, etag, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var gone = await Client.GetAsync(new Uri($"/api/v1/plans/{plan.Id}", UriKind.Relative));
        Assert.That(gone.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var history = await GetJsonAsync<Page<HistoryEntryDto>>($"/api/v1/plans/{plan.Id}/history");
        Assert.That(history.Items.Select(h => h.Operation), Is.EqualTo(new[] { "Deleted", "Created" }));
    }
}
