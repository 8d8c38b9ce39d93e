using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Objectives;
using DeliveryTracker.Contracts.Plans;
using DeliveryTracker.Contracts.Themes;
using DeliveryTracker.Tests.Infrastructure;

namespace DeliveryTracker.Tests.Features.Actions;

/// <summary>
/// Helpers for fixtures that work below themes: the seeded demo plan (read-only: tests add their own objectives and
/// actions to it, never change seeded ones), plans of their own, and creating objectives and actions through the API.
/// </summary>
public abstract class DeliveryPlanFixture : ApiFixture
{
    protected const string DemoPlanTitle = "Building Safer Communities – Delivery Plan";

    private PlanDto? _demoPlan;

    /// <summary>The seeded demo plan as it was seeded (read once per fixture).</summary>
    protected async Task<PlanDto> DemoPlanAsync()
    {
        if (_demoPlan is null)
        {
            var plans = await GetJsonAsync<Page<PlanSummaryDto>>("/api/v1/plans");
            _demoPlan = await GetJsonAsync<PlanDto>($"/api/v1/plans/{plans.Items.Single(p => p.Title == DemoPlanTitle).Id}");
        }

        return _demoPlan;
    }

    protected async Task<ActionNodeDto> SeededActionAsync(string reference) =>
        (await DemoPlanAsync()).Themes.SelectMany(t => t.Objectives).SelectMany(o => o.Actions).Single(a => a.ReferenceCode == reference);

    /// <summary>The ids of seeded leads, by name.</summary>
    protected async Task<Guid> SeededLeadAsync(string name) =>
        (await DemoPlanAsync()).Themes.SelectMany(t => t.Objectives).SelectMany(o => o.Actions).SelectMany(a => a.Leads).First(l => l.Name == name).LeadId;

    /// <summary>A new objective, last in the demo plan's theme <paramref name="themeCode"/>.</summary>
    protected async Task<ObjectiveDto> NewDemoObjectiveAsync(string themeCode = "SYV")
    {
        var theme = (await DemoPlanAsync()).Themes.Single(t => t.Code == themeCode);
        return (await CreateObjectiveAsync(theme.Id, $"Test objective {Guid.NewGuid():N}")).Objective;
    }

    protected async Task<(ActionDto Action, string ETag)> GetActionAsync(Guid actionId)
    {
        using var response = await Client.GetAsync(new Uri($"/api/v1/actions/{actionId}", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<ActionDto>(Json))!, response.ETag());
    }

    /// <summary>The update request that leaves <paramref name="action"/> exactly as it is; tests change what they need with <c>with</c>.</summary>
    protected static UpdateActionRequest Unchanged(ActionDto action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new UpdateActionRequest(
            action.ReferenceCode,
            action.Text,
            action.Status,
            action.PercentComplete,
            action.KpiText,
            new ActionTimescaleRequest(action.Timescale.Raw),
            action.Leads.Select(l => new ActionLeadRequest(l.LeadId, l.IsPrimary)).ToList(),
            action.RecommendationNumbers,
            action.KpiIds,
            action.LeadToBeAgreed,
            action.SourceNote);
    }

    /// <summary>Ids of KPIs of the demo plan, by code order.</summary>
    protected async Task<IReadOnlyList<(Guid Id, string Code)>> DemoKpisAsync()
    {
        var planId = (await DemoPlanAsync()).Id;
        await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT id, code FROM kpis WHERE plan_id = @plan ORDER BY code", connection);
        command.Parameters.AddWithValue("plan", planId);
        await using var reader = await command.ExecuteReaderAsync();
        var kpis = new List<(Guid, string)>();
        while (await reader.ReadAsync())
        {
            kpis.Add((reader.GetGuid(0), reader.GetString(1)));
        }

        return kpis;
    }
}
