using System.Net;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Audit;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.ProgressUpdates;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Actions;

/// <summary>
/// Optimistic concurrency under contention: writers that read, change and write back with <c>If-Match</c>, retrying on
/// 412, must all land — none overwritten by another that read the same version.
/// </summary>
public sealed class ActionConcurrencyTests : DeliveryPlanFixture
{
    private const int Writers = 16;

    private const int MaxAttempts = 500;

    [Test]
    public async Task SixteenConcurrentWriters_OnOneAction_LoseNoUpdate()
    {
        var objective = await NewPlanObjectiveAsync();
        var (action, _) = await CreateActionAsync(objective.Id, new CreateActionRequest("Contended action", KpiText: "Markers:"));
        var markers = Enumerable.Range(1, Writers).Select(i => $"[writer-{i:D2}]").ToList();

        var attempts = await Task.WhenAll(markers.Select(marker => Task.Run(() => AppendMarkerAsync(action.Id, marker))));

        var (final, _) = await GetActionAsync(action.Id);
        Assert.Multiple(() =>
        {
            foreach (var marker in markers)
            {
                Assert.That(final.KpiText!.Split(' ').Count(part => part == marker), Is.EqualTo(1), $"{marker} is there exactly once: {final.KpiText}");
            }
        });
        var history = await GetJsonAsync<Page<HistoryEntryDto>>($"/api/v1/actions/{action.Id}/history");
        Assert.That(history.Items.Count(h => h.Operation == "Updated"), Is.EqualTo(Writers), "one recorded change per successful write, none for refused ones");
        TestContext.Out.WriteLine($"{Writers} writers needed {attempts.Sum()} attempts in all (most {attempts.Max()}).");
    }

    [Test]
    public async Task SixteenConcurrentLeads_PostingProgressUpdates_LoseNoUpdate()
    {
        var objective = await NewPlanObjectiveAsync();
        var (action, _) = await CreateActionAsync(objective.Id, new CreateActionRequest("Contended action", Timescale: "March 2099"));
        var notes = Enumerable.Range(1, Writers).Select(i => $"Update from lead {i:D2}").ToList();

        await Task.WhenAll(notes.Select((note, i) => Task.Run(() => PostUpdateAsync(action.Id, note, percent: i + 1))));

        var timeline = await GetJsonAsync<Page<ProgressUpdateDto>>($"/api/v1/actions/{action.Id}/progress-updates?limit=200");
        Assert.That(timeline.Items.Select(u => u.Note), Is.EquivalentTo(notes));
        var (final, _) = await GetActionAsync(action.Id);
        var newest = timeline.Items[0];
        Assert.That((final.PercentComplete, final.LastProgressAt), Is.EqualTo((newest.PercentComplete, (DateTimeOffset?)newest.PostedAt)), "the action shows the last update to land");
        var history = await GetJsonAsync<Page<HistoryEntryDto>>($"/api/v1/actions/{action.Id}/history");
        Assert.That(history.Items.Count(h => h.Operation == "Updated"), Is.EqualTo(Writers));
    }

    /// <summary>Read, append the marker to the KPI text, write back with the ETag read; on 412 start again.</summary>
    private async Task<int> AppendMarkerAsync(Guid actionId, string marker)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var (current, etag) = await GetActionAsync(actionId);
            using var response = await Client.SendJsonAsync(
                HttpMethod.Put, $"/api/v1/actions/{actionId}", Unchanged(current) with { KpiText = $"{current.KpiText} {marker}" }, etag, Json);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return attempt;
            }

            if (response.StatusCode != HttpStatusCode.PreconditionFailed)
            {
                throw new InvalidOperationException($"{marker}: unexpected {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }

        throw new InvalidOperationException($"{marker} gave up after {MaxAttempts} attempts.");
    }

    private async Task PostUpdateAsync(Guid actionId, string note, int percent)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var (_, etag) = await GetActionAsync(actionId);
            using var response = await Client.SendJsonAsync(
                HttpMethod.Post, $"/api/v1/actions/{actionId}/progress-updates", new CreateProgressUpdateRequest(ActionStatus.InProgress, percent, Note: note), etag, Json);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                return;
            }

            if (response.StatusCode != HttpStatusCode.PreconditionFailed)
            {
                throw new InvalidOperationException($"{note}: unexpected {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }

        throw new InvalidOperationException($"{note} gave up after {MaxAttempts} attempts.");
    }
}
