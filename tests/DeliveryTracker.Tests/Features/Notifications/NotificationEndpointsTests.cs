using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Notifications;
using DeliveryTracker.Contracts.Reminders;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Notifications;

/// <summary>
/// The notifications of the signed-in user: theirs and their lead's, newest first, digests with their reminders most
/// urgent first; nobody else's, whether listing, counting or marking read. Rows are seeded as the delivery job writes them.
/// </summary>
public sealed class NotificationEndpointsTests : ApiFixture
{
    private static readonly DateOnly DueOn = new(2020, 3, 1);

    /// <summary>A lead with an account, their lead's digest and a direct notice; and another lead with one of their own.</summary>
    private async Task<Scenario> ScenarioAsync()
    {
        var leadA = await CreateLeadAsync();
        var leadB = await CreateLeadAsync();
        var userA = await TestAccounts.CreateUserAsync(Administrator, [Role.Lead], leadA);
        var userB = await TestAccounts.CreateUserAsync(Administrator, [Role.Lead], leadB);
        var (planId, actions) = await NewPlanWithActionsAsync([
            new TestAction(DueDate: DueOn, Leads: [new ActionLeadRequest(leadA, true)]),
            new TestAction(DueDate: DueOn.AddDays(40), Leads: [new ActionLeadRequest(leadA, true)]),
            new TestAction(DueDate: DueOn.AddDays(-20), Leads: [new ActionLeadRequest(leadA, true)]),
        ]);

        var digest = await ReminderRows.DigestAsync(ConnectionString, leadA, userA.Id);
        var dueSoon = await ReminderRows.ReminderAsync(ConnectionString, planId, actions[1].Id, ReminderKind.DueSoon, DueOn.AddDays(40), 0, leadA, digestId: digest);
        var overdue = await ReminderRows.ReminderAsync(ConnectionString, planId, actions[0].Id, ReminderKind.Overdue, DueOn, 31, leadA, digestId: digest);
        var withdrawn = await ReminderRows.ReminderAsync(ConnectionString, planId, actions[2].Id, ReminderKind.Overdue, DueOn.AddDays(-20), 51, leadA, digestId: digest, state: ReminderState.Withdrawn);
        var digestNotice = await ReminderRows.NotificationAsync(ConnectionString, null, leadA, digest, "3 actions need an update");
        var directNotice = await ReminderRows.NotificationAsync(ConnectionString, userA.Id, null, subject: "Your account");
        var otherNotice = await ReminderRows.NotificationAsync(ConnectionString, userB.Id, leadB, subject: "Not yours");
        return new Scenario(
            ClientAs(TestTokens.For(userA.Email, [Role.Lead])), ClientAs(TestTokens.For(userB.Email, [Role.Lead])),
            digestNotice, directNotice, otherNotice, [withdrawn, overdue, dueSoon], actions.Select(a => a.ReferenceCode).ToList());
    }

    [Test]
    public async Task ListNotifications_AsALinkedLead_ReturnsTheirOwnAndTheirLeadsNewestFirst()
    {
        var s = await ScenarioAsync();

        var page = await s.UserA.GetFromJsonAsync<Page<NotificationDto>>(new Uri("/api/v1/notifications", UriKind.Relative), Json);

        Assert.That(page!.Items.Select(n => n.Id), Is.EqualTo(new[] { s.DirectNotice, s.DigestNotice }));
        Assert.That(page.Items[0].Items, Is.Empty, "a notice that is not a digest has no items");
        Assert.That(page.NextCursor, Is.Null);
    }

    [Test]
    public async Task ListNotifications_ADigest_ListsItsRemindersMostOverdueFirstWithWithdrawnMarked()
    {
        var s = await ScenarioAsync();

        var page = await s.UserA.GetFromJsonAsync<Page<NotificationDto>>(new Uri("/api/v1/notifications", UriKind.Relative), Json);
        var digest = page!.Items.Single(n => n.Id == s.DigestNotice);

        Assert.That(digest.Subject, Is.EqualTo("3 actions need an update"));
        Assert.That(digest.Items.Select(i => i.ReminderId), Is.EqualTo(s.RemindersMostUrgentFirst));
        Assert.That(digest.Items.Select(i => i.ReferenceCode), Is.EqualTo(new[] { s.References[2], s.References[0], s.References[1] }));
        Assert.That(digest.Items.Select(i => (i.Kind, i.DaysOverdue, i.State)), Is.EqualTo(new[]
        {
            (ReminderKind.Overdue, 51, ReminderState.Withdrawn),
            (ReminderKind.Overdue, 31, ReminderState.Pending),
            (ReminderKind.DueSoon, 0, ReminderState.Pending),
        }));
        Assert.That(digest.Items[1].DueOn, Is.EqualTo(DueOn));
        Assert.That(digest.Items[1].ActionText, Is.EqualTo("Test action 1"));
    }

    [Test]
    public async Task ListNotifications_OfAnotherUser_AreNeverShown()
    {
        var s = await ScenarioAsync();

        var pageB = await s.UserB.GetFromJsonAsync<Page<NotificationDto>>(new Uri("/api/v1/notifications", UriKind.Relative), Json);
        var pageA = await s.UserA.GetFromJsonAsync<Page<NotificationDto>>(new Uri("/api/v1/notifications?limit=200", UriKind.Relative), Json);

        Assert.That(pageB!.Items.Select(n => n.Id), Is.EqualTo(new[] { s.OtherNotice }));
        Assert.That(pageA!.Items.Select(n => n.Id), Does.Not.Contain(s.OtherNotice));
    }

    [Test]
    public async Task ListNotifications_ForACallerWithoutAnAccount_IsEmpty()
    {
        await ScenarioAsync();

        var page = await Client.GetFromJsonAsync<Page<NotificationDto>>(new Uri("/api/v1/notifications", UriKind.Relative), Json);
        var count = await Client.GetFromJsonAsync<UnreadCountDto>(new Uri("/api/v1/notifications/unread-count", UriKind.Relative), Json);

        Assert.That(page!.Items, Is.Empty);
        Assert.That(count!.Count, Is.Zero);
    }

    [Test]
    public async Task ListNotifications_WithLimitOne_PagesByCursor()
    {
        var s = await ScenarioAsync();

        var first = await s.UserA.GetFromJsonAsync<Page<NotificationDto>>(new Uri("/api/v1/notifications?limit=1", UriKind.Relative), Json);
        var second = await s.UserA.GetFromJsonAsync<Page<NotificationDto>>(new Uri($"/api/v1/notifications?limit=1&cursor={first!.NextCursor}", UriKind.Relative), Json);

        Assert.That(first.Items.Select(n => n.Id), Is.EqualTo(new[] { s.DirectNotice }));
        Assert.That(second!.Items.Select(n => n.Id), Is.EqualTo(new[] { s.DigestNotice }));
        Assert.That(second.NextCursor, Is.Null);
    }

    [Test]
    public async Task MarkNotificationRead_ThenUnreadFilterAndCount_LeaveItOut()
    {
        var s = await ScenarioAsync();
        Assert.That((await UnreadAsync(s.UserA)).Count, Is.EqualTo(2));

        using var response = await s.UserA.PostAsync(new Uri($"/api/v1/notifications/{s.DigestNotice}/read", UriKind.Relative), null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await UnreadAsync(s.UserA)).Count, Is.EqualTo(1));
        var unread = await s.UserA.GetFromJsonAsync<Page<NotificationDto>>(new Uri("/api/v1/notifications?unread=true", UriKind.Relative), Json);
        var read = await s.UserA.GetFromJsonAsync<Page<NotificationDto>>(new Uri("/api/v1/notifications?unread=false", UriKind.Relative), Json);
        Assert.That(unread!.Items.Select(n => n.Id), Is.EqualTo(new[] { s.DirectNotice }));
        Assert.That(read!.Items.Select(n => n.Id), Is.EqualTo(new[] { s.DigestNotice }));
        Assert.That(read.Items[0].ReadAt, Is.Not.Null);
    }

    [Test]
    public async Task MarkNotificationRead_Twice_KeepsTheFirstReadTime()
    {
        var s = await ScenarioAsync();
        using var first = await s.UserA.PostAsync(new Uri($"/api/v1/notifications/{s.DirectNotice}/read", UriKind.Relative), null);
        var readAt = (await ReadAsync(s.UserA, s.DirectNotice)).ReadAt;

        using var second = await s.UserA.PostAsync(new Uri($"/api/v1/notifications/{s.DirectNotice}/read", UriKind.Relative), null);

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(readAt, Is.Not.Null);
        Assert.That((await ReadAsync(s.UserA, s.DirectNotice)).ReadAt, Is.EqualTo(readAt));
    }

    [Test]
    public async Task MarkNotificationRead_AnotherUsersNotification_ReturnsNotFoundAndLeavesItUnread()
    {
        var s = await ScenarioAsync();

        using var response = await s.UserA.PostAsync(new Uri($"/api/v1/notifications/{s.OtherNotice}/read", UriKind.Relative), null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((await ReadAsync(s.UserB, s.OtherNotice)).ReadAt, Is.Null);
        Assert.That((await UnreadAsync(s.UserB)).Count, Is.EqualTo(1));
    }

    [Test]
    public async Task MarkNotificationRead_UnknownId_ReturnsNotFound()
    {
        var s = await ScenarioAsync();

        using var response = await s.UserA.PostAsync(new Uri($"/api/v1/notifications/{Guid.CreateVersion7()}/read", UriKind.Relative), null);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task MarkAllNotificationsRead_MarksTheCallersOnly_AndIsIdempotent()
    {
        var s = await ScenarioAsync();

        using var first = await s.UserA.PostAsync(new Uri("/api/v1/notifications/read-all", UriKind.Relative), null);
        using var second = await s.UserA.PostAsync(new Uri("/api/v1/notifications/read-all", UriKind.Relative), null);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That((await UnreadAsync(s.UserA)).Count, Is.Zero);
        Assert.That((await UnreadAsync(s.UserB)).Count, Is.EqualTo(1), "another user's notification stays unread");
    }

    private static async Task<UnreadCountDto> UnreadAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<UnreadCountDto>(new Uri("/api/v1/notifications/unread-count", UriKind.Relative), Json))!;

    private static async Task<NotificationDto> ReadAsync(HttpClient client, Guid id) =>
        (await client.GetFromJsonAsync<Page<NotificationDto>>(new Uri("/api/v1/notifications?limit=200", UriKind.Relative), Json))!.Items.Single(n => n.Id == id);

    private sealed record Scenario(
        HttpClient UserA, HttpClient UserB, Guid DigestNotice, Guid DirectNotice, Guid OtherNotice, IReadOnlyList<Guid> RemindersMostUrgentFirst, IReadOnlyList<string> References);
}
