using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeliveryTracker.Api.Features.UpdateLinks;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Audit;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.ProgressUpdates;
using DeliveryTracker.Contracts.Rag;
using DeliveryTracker.Contracts.Security;
using DeliveryTracker.Contracts.UpdateLinks;
using DeliveryTracker.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace DeliveryTracker.Tests.Features.UpdateLinks;

/// <summary>
/// A signed update link lets its partner lead read and post updates to exactly the actions of its digest, and nothing
/// else; it stops at expiry or revocation; every use and refusal is in the security log. Each test makes its own link.
/// </summary>
public sealed class UpdateLinkTests : ApiFixture
{
    private const string ExpiredMessage = "This link has expired. Ask the programme manager for a new one.";

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Guid actionId, object body, string? etag) =>
        await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/update-link/actions/{actionId}/progress-updates", body, etag, Json);

    private static async Task<UpdateLinkDto> ReadLinkAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/api/v1/update-link", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<UpdateLinkDto>(Json))!;
    }

    private async Task<IReadOnlyList<SecurityEventDto>> LogAsync(Guid linkId)
    {
        using var response = await Administrator.GetAsync(new Uri($"/api/v1/security-events?subject=update-link:{linkId}", UriKind.Relative));
        return (await response.Content.ReadFromJsonAsync<Page<SecurityEventDto>>(Json))!.Items;
    }

    [Test]
    public async Task IssueAsync_ReturnsTheUpdatePageWithTheTokenInTheFragment_AndTheSameLinkWhenAskedAgain()
    {
        var link = await NewLinkAsync();

        var again = await IssueAsync(link.DigestId, link.LeadId);

        Assert.Multiple(() =>
        {
            Assert.That(link.Address.GetLeftPart(UriPartial.Path), Is.EqualTo("http://127.0.0.1:5080/update"));
            Assert.That(link.Address.Query, Is.Empty, "nothing secret in the part of the address servers see");
            Assert.That(link.Token, Has.Length.GreaterThan(40));
            Assert.That(again.GetLeftPart(UriPartial.Path), Is.EqualTo("http://127.0.0.1:5080/update"));
        });
        var links = await GetJsonAsync<Page<UpdateLinkSummaryDto>>($"/api/v1/update-links?leadId={link.LeadId}");
        Assert.That(links.Items.Select(l => (l.Id, l.DigestId)), Is.EqualTo(new[] { (link.LinkId, link.DigestId) }), "one link per digest");
        Assert.That((await ReadLinkAsync(LinkClient(again.Fragment[1..]))).LeadName, Is.EqualTo(link.LeadName), "the re-signed link works too");
    }

    [Test]
    public async Task GetUpdateLink_ShowsTheLeadExpiryAndOnlyTheDigestsActionsThatAreNotWithdrawn()
    {
        var link = await NewLinkAsync(actionCount: 4, inDigest: 3, withdrawn: [1]);

        var shown = await ReadLinkAsync(LinkClient(link.Token));

        Assert.Multiple(() =>
        {
            Assert.That(shown.LeadName, Is.EqualTo(link.LeadName));
            Assert.That(shown.ExpiresAt, Is.EqualTo(DateTimeOffset.UtcNow.AddDays(28)).Within(TimeSpan.FromMinutes(5)));
            Assert.That(shown.Actions.Select(a => a.ReferenceCode), Is.EqualTo(new[] { link.Actions[0].ReferenceCode, link.Actions[2].ReferenceCode }), "in plan order; the withdrawn one and the one outside the digest left out");
            var first = shown.Actions[0];
            Assert.That((first.Id, first.Text, first.Status, first.DueDate, first.LastProgressAt, first.RagScale), Is.EqualTo((link.Actions[0].Id, "Test action 1", ActionStatus.NotStarted, (DateOnly?)new DateOnly(2099, 3, 31), (DateTimeOffset?)null, RagScale.ThreePoint)));
            Assert.That(first.Etag, Does.Match("^\"[0-9]+\"$"));
        });
    }

    [Test]
    public async Task UpdateLink_ActionsCompletedOrCancelledSinceTheDigest_AreLeftOut()
    {
        // The reminders stay Delivered (delivered in-app before the email went out): only the action's status now counts.
        var link = await NewLinkAsync(actionCount: 3, inDigest: 3);
        await SetStatusAsync(link.Actions[0].Id, ActionStatus.Completed);
        await SetStatusAsync(link.Actions[1].Id, ActionStatus.Cancelled);
        var client = LinkClient(link.Token);

        var shown = await ReadLinkAsync(client);
        var etag = (await GetJsonAsync<ActionDto>($"/api/v1/actions/{link.Actions[0].Id}")).Etag;
        using var post = await PostAsync(client, link.Actions[0].Id, new CreateProgressUpdateRequest(ActionStatus.InProgress, 50), etag);
        var listed = await GetJsonAsync<Page<UpdateLinkSummaryDto>>($"/api/v1/update-links?leadId={link.LeadId}");

        Assert.Multiple(() =>
        {
            Assert.That(shown.Actions.Select(a => a.Id), Is.EqualTo(new[] { link.Actions[2].Id }));
            Assert.That(post.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "a completed action cannot be reopened through the link");
            Assert.That(listed.Items.Single().ActionCount, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task GetUpdateLink_ShowsNothingElse()
    {
        var link = await NewLinkAsync(actionCount: 1, inDigest: 1);
        using var response = await LinkClient(link.Token).GetAsync(new Uri("/api/v1/update-link", UriKind.Relative));

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(body.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "leadName", "expiresAt", "actions" }));
        Assert.That(body.GetProperty("actions")[0].EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[]
        {
            "id", "referenceCode", "text", "status", "percentComplete", "dueDate", "lastProgressAt", "derivedRag", "derivedReasonText", "ragScale", "etag",
        }));
    }

    [Test]
    public async Task PostThroughLink_OnAnActionInTheDigest_RecordsTheUpdateAsTheLeadAndMovesTheAction()
    {
        var link = await NewLinkAsync();
        var client = LinkClient(link.Token);
        var action = (await ReadLinkAsync(client)).Actions[0];

        using var response = await PostAsync(client, action.Id, new CreateProgressUpdateRequest(ActionStatus.InProgress, 40, Note: "Mentors recruited"), action.Etag);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var update = (await response.Content.ReadFromJsonAsync<ProgressUpdateDto>(Json))!;
        var author = $"{link.LeadName} (update link)";
        Assert.That((update.ActionId, update.AuthorName, update.Status, update.PercentComplete, update.Note), Is.EqualTo((action.Id, author, ActionStatus.InProgress, (int?)40, "Mentors recruited")));
        var after = await GetJsonAsync<ActionDto>($"/api/v1/actions/{action.Id}");
        var timeline = await GetJsonAsync<Page<ProgressUpdateDto>>($"/api/v1/actions/{action.Id}/progress-updates");
        var history = await GetJsonAsync<Page<HistoryEntryDto>>($"/api/v1/actions/{action.Id}/history");
        var reread = (await ReadLinkAsync(client)).Actions[0];
        Assert.Multiple(() =>
        {
            Assert.That((after.Status, after.PercentComplete), Is.EqualTo((ActionStatus.InProgress, (int?)40)));
            Assert.That(response.ETag(), Is.EqualTo(after.Etag), "the response carries the action's new version");
            Assert.That(timeline.Items.Select(u => u.Id), Is.EqualTo(new[] { update.Id }));
            Assert.That(history.Items[0].Actor, Is.EqualTo(author), "the change history names the link's lead");
            Assert.That((reread.Status, reread.LastProgressAt, reread.Etag), Is.EqualTo((ActionStatus.InProgress, (DateTimeOffset?)update.PostedAt, after.Etag)));
        });
    }

    [Test]
    public async Task PostThroughLink_OnAnActionOutsideTheDigestOrWithdrawn_ReturnsNotFoundAndWritesNothing()
    {
        var link = await NewLinkAsync(actionCount: 4, inDigest: 3, withdrawn: [1]);
        var client = LinkClient(link.Token);
        var others = new[] { link.Actions[1].Id, link.Actions[3].Id, (await NewLinkAsync(actionCount: 1, inDigest: 1)).Actions[0].Id, Guid.NewGuid() };

        var statuses = new List<HttpStatusCode>();
        foreach (var other in others)
        {
            var etag = (await Client.GetAsync(new Uri($"/api/v1/actions/{other}", UriKind.Relative))).Headers.ETag?.ToString() ?? "\"1\"";
            using var response = await PostAsync(client, other, new CreateProgressUpdateRequest(ActionStatus.Completed), etag);
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.NotFound));
        foreach (var other in others.Take(3))
        {
            Assert.That((await GetJsonAsync<ActionDto>($"/api/v1/actions/{other}")).Status, Is.EqualTo(ActionStatus.NotStarted));
        }
    }

    [Test]
    public async Task PostThroughLink_FollowsTheSameRulesAsSignedIn()
    {
        var link = await NewLinkAsync(actionCount: 1, inDigest: 1);
        var client = LinkClient(link.Token);
        var action = (await ReadLinkAsync(client)).Actions[0];

        using var missingIfMatch = await PostAsync(client, action.Id, new CreateProgressUpdateRequest(ActionStatus.InProgress), etag: null);
        using var notJustified = await PostAsync(client, action.Id, new CreateProgressUpdateRequest(ActionStatus.InProgress, 10, RagRating.Red), action.Etag);
        using var fivePoint = await PostAsync(client, action.Id, new CreateProgressUpdateRequest(ActionStatus.InProgress, 10, RagRating.AmberRed, Justification: "x"), action.Etag);
        using var noStatus = await PostAsync(client, action.Id, new { percentComplete = 10 }, action.Etag);

        Assert.Multiple(async () =>
        {
            Assert.That(missingIfMatch.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionRequired));
            Assert.That((await notJustified.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { "justification" }));
            Assert.That((await fivePoint.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { "reportedRag" }));
            Assert.That((await noStatus.ProblemAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { "status" }));
        });
        Assert.That((await GetJsonAsync<ActionDto>($"/api/v1/actions/{action.Id}")).Etag, Is.EqualTo(action.Etag), "nothing written");
    }

    [Test]
    public async Task PostThroughLink_OnAStaleVersion_ReturnsPreconditionFailedWithTheActionAsTheLinkShowsIt()
    {
        var link = await NewLinkAsync(actionCount: 1, inDigest: 1);
        var client = LinkClient(link.Token);
        var action = (await ReadLinkAsync(client)).Actions[0];
        using var first = await PostAsync(client, action.Id, new CreateProgressUpdateRequest(ActionStatus.InProgress, 20), action.Etag);
        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        using var stale = await PostAsync(client, action.Id, new CreateProgressUpdateRequest(ActionStatus.Completed, 100), action.Etag);

        Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        var problem = await stale.ProblemAsync();
        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("currentETag").GetString(), Is.EqualTo(first.ETag()));
            Assert.That(problem.GetProperty("current").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[]
            {
                "id", "referenceCode", "text", "status", "percentComplete", "dueDate", "lastProgressAt", "derivedRag", "derivedReasonText", "ragScale", "etag",
            }), "never the full action (leads, KPIs, recommendations)");
            Assert.That(problem.GetProperty("current").GetProperty("status").GetString(), Is.EqualTo("InProgress"));
        });
    }

    [Test]
    public async Task PostThroughLink_WithTheSameIdempotencyKey_CreatesOneUpdate()
    {
        var link = await NewLinkAsync(actionCount: 1, inDigest: 1);
        var client = LinkClient(link.Token);
        var action = (await ReadLinkAsync(client)).Actions[0];
        var key = Guid.NewGuid().ToString();

        async Task<HttpResponseMessage> SendAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/update-link/actions/{action.Id}/progress-updates", UriKind.Relative))
            {
                Content = JsonContent.Create(new CreateProgressUpdateRequest(ActionStatus.InProgress, 30), options: Json),
            };
            request.Headers.TryAddWithoutValidation("If-Match", action.Etag);
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
            return await client.SendAsync(request);
        }

        using var first = await SendAsync();
        using var retry = await SendAsync();

        Assert.That((first.StatusCode, retry.StatusCode), Is.EqualTo((HttpStatusCode.Created, HttpStatusCode.Created)));
        Assert.That(retry.Headers.GetValues("Idempotency-Replayed"), Is.EqualTo(new[] { "true" }));
        var timeline = await GetJsonAsync<Page<ProgressUpdateDto>>($"/api/v1/actions/{action.Id}/progress-updates");
        Assert.That(timeline.Items, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ALink_OnAnyOtherEndpoint_IsRefused()
    {
        var link = await NewLinkAsync(actionCount: 1, inDigest: 1);
        var client = LinkClient(link.Token);
        var actionId = link.Actions[0].Id;
        var etag = (await GetJsonAsync<ActionDto>($"/api/v1/actions/{actionId}")).Etag;

        var logged = (await LogAsync(link.LinkId)).Count;
        var refused = new List<(string, HttpStatusCode)>();
        foreach (var path in new[] { "/api/v1/plans", $"/api/v1/actions/{actionId}", $"/api/v1/actions/{actionId}/progress-updates", "/api/v1/leads", "/api/v1/auth/me", "/api/v1/update-links", "/api/v1/kpis" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            refused.Add((path, response.StatusCode));
        }

        using var post = await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/actions/{actionId}/progress-updates", new CreateProgressUpdateRequest(ActionStatus.Completed), etag, Json);
        using var revoke = await client.DeleteAsync(new Uri($"/api/v1/update-links/{link.LinkId}", UriKind.Relative));
        refused.Add(("post", post.StatusCode));
        refused.Add(("revoke", revoke.StatusCode));

        Assert.That(refused.Where(r => r.Item2 is not (HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)), Is.Empty);
        Assert.That((await LogAsync(link.LinkId)).Count, Is.EqualTo(logged), "elsewhere the link is not read at all: nothing logged, nothing to flood");
        Assert.That((await GetJsonAsync<ActionDto>($"/api/v1/actions/{actionId}")).Status, Is.EqualTo(ActionStatus.NotStarted));
        Assert.That((await ReadLinkAsync(client)).Actions, Has.Count.EqualTo(1), "still not revoked");
    }

    [Test]
    public async Task TheLinkEndpoints_AcceptNoOtherCredential()
    {
        var link = await NewLinkAsync(actionCount: 1, inDigest: 1);
        var lead = ClientAs(Role.Lead);

        using var programmeManager = await Client.GetAsync(new Uri("/api/v1/update-link", UriKind.Relative));
        using var leadPost = await PostAsync(lead, link.Actions[0].Id, new CreateProgressUpdateRequest(ActionStatus.Completed), "\"1\"");
        using var anonymous = await AnonymousClient().GetAsync(new Uri("/api/v1/update-link", UriKind.Relative));

        Assert.That((programmeManager.StatusCode, leadPost.StatusCode, anonymous.StatusCode), Is.EqualTo((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized)));
        Assert.That((await anonymous.ProblemAsync()).GetProperty("reason").GetString(), Is.EqualTo("missing"));
    }

    [Test]
    public async Task AnExpiredLink_IsRefusedWithAPlainMessage_AndTheRefusalLogged()
    {
        var link = await NewLinkAsync(actionCount: 1, inDigest: 1);
        await TestRows.ExecuteAsync(ConnectionString, "UPDATE update_links SET expires_at = now() - interval '1 minute' WHERE id = @id", ("id", link.LinkId));
        var client = LinkClient(link.Token);

        using var read = await client.GetAsync(new Uri("/api/v1/update-link", UriKind.Relative));
        using var post = await PostAsync(client, link.Actions[0].Id, new CreateProgressUpdateRequest(ActionStatus.Completed), "\"1\"");

        Assert.That((read.StatusCode, post.StatusCode), Is.EqualTo((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized)));
        var problem = await read.ProblemAsync();
        Assert.That((problem.GetProperty("detail").GetString(), problem.GetProperty("reason").GetString()), Is.EqualTo((ExpiredMessage, "expired")));
        var log = await LogAsync(link.LinkId);
        Assert.That(log.Where(e => e.Kind == SecurityEventKind.UpdateLinkRejected).Select(e => e.Detail).ToList(), Has.Count.EqualTo(2).And.All.StartsWith("expired"));
        var listed = await GetJsonAsync<Page<UpdateLinkSummaryDto>>($"/api/v1/update-links?leadId={link.LeadId}&active=false");
        Assert.That(listed.Items.Select(l => (l.Id, l.Active)), Is.EqualTo(new[] { (link.LinkId, false) }));
    }

    [Test]
    public async Task ARevokedLink_StopsWorkingAtOnce()
    {
        var link = await NewLinkAsync(actionCount: 1, inDigest: 1);
        var client = LinkClient(link.Token);
        await ReadLinkAsync(client);

        using var revoke = await Client.DeleteAsync(new Uri($"/api/v1/update-links/{link.LinkId}", UriKind.Relative));
        using var read = await client.GetAsync(new Uri("/api/v1/update-link", UriKind.Relative));

        Assert.That((revoke.StatusCode, read.StatusCode), Is.EqualTo((HttpStatusCode.NoContent, HttpStatusCode.Unauthorized)));
        Assert.That((await read.ProblemAsync()).GetProperty("reason").GetString(), Is.EqualTo("revoked"));
        var listed = (await GetJsonAsync<Page<UpdateLinkSummaryDto>>($"/api/v1/update-links?leadId={link.LeadId}")).Items.Single();
        Assert.Multiple(() =>
        {
            Assert.That((listed.Active, listed.RevokedBy), Is.EqualTo((false, "programmemanager@tests.example")));
            Assert.That(listed.RevokedAt, Is.Not.Null);
            Assert.That(listed.LastUsedAt, Is.Not.Null);
        });
    }

    [Test]
    public async Task RevokeUpdateLink_ByALeadOrViewer_IsForbidden_AndAnUnknownLinkIsNotFound()
    {
        var link = await NewLinkAsync(actionCount: 1, inDigest: 1);

        using var lead = await ClientAs(Role.Lead).DeleteAsync(new Uri($"/api/v1/update-links/{link.LinkId}", UriKind.Relative));
        using var viewer = await ClientAs(Role.Viewer).GetAsync(new Uri("/api/v1/update-links", UriKind.Relative));
        using var unknown = await Client.DeleteAsync(new Uri($"/api/v1/update-links/{Guid.NewGuid()}", UriKind.Relative));

        Assert.That((lead.StatusCode, viewer.StatusCode, unknown.StatusCode), Is.EqualTo((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.NotFound)));
        Assert.That((await ReadLinkAsync(LinkClient(link.Token))).Actions, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ATamperedOrForeignToken_IsRefusedAsNotValid()
    {
        var link = await NewLinkAsync(actionCount: 1, inDigest: 1);
        var bytes = WebEncoders.Base64UrlDecode(link.Token);
        bytes[^5] ^= 0x40;
        var tampered = WebEncoders.Base64UrlEncode(bytes);
        // The right id, protected for another purpose (as a webhook secret is): must not read as a link.
        var foreign = WebEncoders.Base64UrlEncode(Factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("DeliveryTracker.Webhooks.Secret").Protect(link.LinkId.ToByteArray()));

        var reasons = new List<string?>();
        foreach (var token in new[] { tampered, foreign, link.Token[..^4], "not-a-token", link.LinkId.ToString() })
        {
            using var response = await LinkClient(token).GetAsync(new Uri("/api/v1/update-link", UriKind.Relative));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            reasons.Add((await response.ProblemAsync()).GetProperty("reason").GetString());
        }

        Assert.That(reasons, Is.All.EqualTo("invalid"));
    }

    [Test]
    public async Task EveryUse_IsInTheSecurityLog()
    {
        var link = await NewLinkAsync(actionCount: 1, inDigest: 1);
        var client = LinkClient(link.Token);
        var action = (await ReadLinkAsync(client)).Actions[0];
        using (await PostAsync(client, action.Id, new CreateProgressUpdateRequest(ActionStatus.InProgress), action.Etag))
        {
        }

        using (await Client.DeleteAsync(new Uri($"/api/v1/update-links/{link.LinkId}", UriKind.Relative)))
        {
        }

        using (await client.GetAsync(new Uri("/api/v1/update-link", UriKind.Relative)))
        {
        }

        var log = (await LogAsync(link.LinkId)).Reverse().ToList();
        Assert.That(log.Select(e => (e.Kind, e.Actor)), Is.EqualTo(new[]
        {
            (SecurityEventKind.UpdateLinkUsed, $"{link.LeadName} (update link)"),
            (SecurityEventKind.UpdateLinkUsed, $"{link.LeadName} (update link)"),
            (SecurityEventKind.UpdateLinkRevoked, "programmemanager@tests.example"),
            (SecurityEventKind.UpdateLinkRejected, "anonymous"),
        }));
        Assert.Multiple(() =>
        {
            Assert.That(log[0].Detail, Does.Contain(link.LeadId.ToString()).And.Contain("GET /api/v1/update-link"));
            Assert.That(log[1].Detail, Does.Contain($"POST /api/v1/update-link/actions/{action.Id}/progress-updates"));
            Assert.That(log[3].Detail, Does.StartWith("revoked").And.Contain(link.LeadName));
        });
    }

    [Test]
    public async Task ListUpdateLinks_FiltersByLeadAndState_AndPages()
    {
        var first = await NewLinkAsync(actionCount: 2, inDigest: 2);
        var second = await NewLinkAsync(actionCount: 1, inDigest: 1);
        using (await Client.DeleteAsync(new Uri($"/api/v1/update-links/{second.LinkId}", UriKind.Relative)))
        {
        }

        var mine = await GetJsonAsync<Page<UpdateLinkSummaryDto>>($"/api/v1/update-links?leadId={first.LeadId}&active=true");
        var revoked = await GetJsonAsync<Page<UpdateLinkSummaryDto>>("/api/v1/update-links?active=false&limit=200");
        var page = await GetJsonAsync<Page<UpdateLinkSummaryDto>>("/api/v1/update-links?limit=1");

        Assert.Multiple(() =>
        {
            Assert.That(mine.Items.Select(l => (l.Id, l.LeadName, l.ActionCount, l.Active)), Is.EqualTo(new[] { (first.LinkId, first.LeadName, 2, true) }));
            Assert.That(revoked.Items.Select(l => l.Id), Does.Contain(second.LinkId).And.Not.Contain(first.LinkId));
            Assert.That(page.Items, Has.Count.EqualTo(1));
            Assert.That(page.NextCursor, Is.Not.Null);
        });
    }

    private async Task SetStatusAsync(Guid actionId, ActionStatus status)
    {
        var etag = (await GetJsonAsync<ActionDto>($"/api/v1/actions/{actionId}")).Etag;
        using var response = await Client.SendMergePatchAsync($"/api/v1/actions/{actionId}", $$"""{"status":"{{status}}"}""", etag);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }
}
