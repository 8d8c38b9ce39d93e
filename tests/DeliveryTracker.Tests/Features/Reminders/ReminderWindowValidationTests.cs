using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Plans;
using DeliveryTracker.Contracts.Rag;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Reminders;

/// <summary>
/// A plan's reminder window may not be longer than its due-soon (RAG) window: the scan reminds only actions that
/// <c>action_ratings</c> flags as due soon, so a longer window would be cut short without a word.
/// </summary>
public sealed class ReminderWindowValidationTests : ApiFixture
{
    private static PlanSettingsRequest WindowSettings(int dueSoonDays, int reminderDueSoonDays) =>
        new(RagScale.ThreePoint, dueSoonDays, 60, 70, 90, reminderDueSoonDays, 7, 30, 10, false, []);

    private static PlanRequest NewPlan(PlanSettingsRequest? settings) =>
        new($"Window plan {Guid.NewGuid():N}", new DateOnly(2024, 4, 1), new DateOnly(2025, 3, 31), Settings: settings);

    [Test]
    public async Task CreatePlan_ReminderWindowLongerThanDueSoon_ReturnsValidationProblemNamingTheField()
    {
        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/plans", UriKind.Relative), NewPlan(WindowSettings(30, 31)), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { "settings.reminderDueSoonDays" }), errors.ToString());
        Assert.That(errors.GetProperty("settings.reminderDueSoonDays")[0].GetString(),
            Is.EqualTo("Leads can be reminded at most as early as an action counts as due soon (30 days)."));
    }

    [Test]
    public async Task UpdatePlan_DueSoonShortenedBelowTheReminderWindow_ReturnsValidationProblemNamingTheField()
    {
        using var created = await Client.PostAsJsonAsync(new Uri("/api/v1/plans", UriKind.Relative), NewPlan(settings: null), Json);
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
        var plan = (await created.Content.ReadFromJsonAsync<PlanDto>(Json))!;
        var change = new UpdatePlanRequest(plan.Title, plan.PeriodStart, plan.PeriodEnd, plan.Status, null, null, WindowSettings(10, 14));

        using var response = await Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/plans/{plan.Id}", change, created.ETag(), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), await response.Content.ReadAsStringAsync());
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.That(errors.GetProperty("settings.reminderDueSoonDays")[0].GetString(),
            Is.EqualTo("Leads can be reminded at most as early as an action counts as due soon (10 days)."));
    }

    [Test]
    public async Task CreatePlan_ReminderWindowEqualToDueSoon_Created()
    {
        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/plans", UriKind.Relative), NewPlan(WindowSettings(21, 21)), Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var settings = (await response.Content.ReadFromJsonAsync<PlanDto>(Json))!.Settings;
        Assert.That((settings.DueSoonDays, settings.ReminderDueSoonDays), Is.EqualTo((21, 21)));
    }
}
