using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Plans;
using DeliveryTracker.Contracts.Rag;
using DeliveryTracker.Contracts.Reminders;
using DeliveryTracker.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DeliveryTracker.Tests.Features.Reminders;

/// <summary>
/// Base of the reminder-scan fixtures: the API with a clock the test sets (<see cref="Time"/>, 1 Apr 2020 to start
/// with), a programme manager's client on it, programme-manager accounts (the recipients of escalations and unassigned
/// reminders), plans of the test's own with the reminder settings it needs, and the reminders and digests the scan wrote.
/// </summary>
public abstract class ReminderFixture : ApiFixture
{
    protected static readonly DateOnly April1 = new(2020, 4, 1);

    private WebApplicationFactory<Program>? _timed;

    protected SettableTime Time { get; } = SettableTime.OnLondonDate(April1);

    /// <summary>Signed in as a programme manager, on the API whose clock is <see cref="Time"/>.</summary>
    protected HttpClient Manager { get; private set; } = null!;

    /// <summary>The enabled programme-manager accounts (two), who get escalations and unassigned reminders.</summary>
    protected IReadOnlyList<Guid> Managers { get; private set; } = [];

    /// <summary>A programme manager whose account is disabled: never reminded.</summary>
    protected Guid DisabledManager { get; private set; }

    /// <summary>The host with the settable clock; its services hold the same job storage and database as the fixture's.</summary>
    protected WebApplicationFactory<Program> TimedFactory => _timed!;

    [OneTimeSetUp]
    public async Task StartTimedApiAsync()
    {
        _timed = Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Time)));
        Manager = _timed.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        Manager.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For(Role.ProgrammeManager));
        Managers = [(await TestAccounts.CreateUserAsync(Administrator, [Role.ProgrammeManager])).Id, (await TestAccounts.CreateUserAsync(Administrator, [Role.ProgrammeManager, Role.BoardMember])).Id];
        var disabled = await TestAccounts.CreateUserAsync(Administrator, [Role.ProgrammeManager]);
        using var patched = await Administrator.SendMergePatchAsync($"/api/v1/users/{disabled.Id}", """{"disabled":true}""", disabled.Etag);
        Assert.That(patched.StatusCode, Is.EqualTo(HttpStatusCode.OK), await patched.Content.ReadAsStringAsync());
        DisabledManager = disabled.Id;
    }

    [OneTimeTearDown]
    public async Task StopTimedApiAsync()
    {
        Manager?.Dispose();
        if (_timed is not null)
        {
            await _timed.DisposeAsync();
        }
    }

    /// <summary>Runs the scan as of <paramref name="date"/> through <c>POST /api/v1/reminders/scan</c>.</summary>
    protected async Task<ReminderScanResultDto> ScanAsync(DateOnly date)
    {
        Time.SetLondonDate(date);
        using var response = await Manager.PostAsync(new Uri("/api/v1/reminders/scan", UriKind.Relative), null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ReminderScanResultDto>(Json))!;
    }

    /// <summary>
    /// An active plan of the test's own (1 Apr 2019 – 31 Mar 2022, default reminder settings unless given) with one
    /// theme and objective; returns the plan and the objective to add actions to.
    /// </summary>
    protected async Task<(Guid PlanId, Guid ObjectiveId)> NewReminderPlanAsync(
        bool paused = false, int boardWorkingDays = 10, IReadOnlyList<DateOnly>? boardMeetings = null, PlanStatus status = PlanStatus.Active)
    {
        var settings = new PlanSettingsRequest(RagScale.ThreePoint, 30, 60, 70, 90, 14, 7, 30, boardWorkingDays, paused, boardMeetings ?? []);
        var request = new PlanRequest($"Reminder plan {Guid.NewGuid():N}", new DateOnly(2019, 4, 1), new DateOnly(2022, 3, 31), status, null, null, settings);
        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/plans", UriKind.Relative), request, Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var planId = (await response.Content.ReadFromJsonAsync<PlanDto>(Json))!.Id;
        return (planId, (await NewObjectiveAsync(planId)).Id);
    }

    /// <summary>An action due on <paramref name="due"/> (none: "Ongoing") led by <paramref name="leads"/> (the first primary).</summary>
    protected async Task<Guid> NewActionAsync(Guid objectiveId, DateOnly? due, IReadOnlyList<Guid> leads, ActionStatus status = ActionStatus.NotStarted)
    {
        var request = new CreateActionRequest(
            $"Action {Guid.NewGuid():N}",
            Status: status,
            Timescale: due?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "Ongoing",
            Leads: [.. leads.Select((lead, i) => new ActionLeadRequest(lead, i == 0))]);
        return (await CreateActionAsync(objectiveId, request)).Action.Id;
    }

    /// <summary>The reminders the scans recorded for <paramref name="planId"/> (there is no list endpoint in this branch).</summary>
    protected async Task<List<ReminderRow>> RemindersAsync(Guid planId)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT action_id, kind, cycle, lead_id, user_id, due_on, days_overdue, scan_date, digest_id
            FROM reminders WHERE plan_id = @plan ORDER BY created_at, id
            """, connection);
        command.Parameters.AddWithValue("plan", planId);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<ReminderRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new ReminderRow(
                reader.GetGuid(0), Enum.Parse<ReminderKind>(reader.GetString(1)), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetGuid(3), reader.IsDBNull(4) ? null : reader.GetGuid(4),
                reader.GetFieldValue<DateOnly>(5), reader.GetInt32(6), reader.GetFieldValue<DateOnly>(7),
                reader.IsDBNull(8) ? null : reader.GetGuid(8)));
        }

        return rows;
    }

    /// <summary>The digests holding reminders of <paramref name="planId"/>, with their outbox rows.</summary>
    protected async Task<List<DigestRow>> DigestsAsync(Guid planId)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT d.id, d.lead_id, d.user_id,
                   (SELECT array_agg(x.channel || ':' || x.state ORDER BY x.channel) FROM digest_deliveries AS x WHERE x.digest_id = d.id)
            FROM reminder_digests AS d
            WHERE d.id IN (SELECT digest_id FROM reminders WHERE plan_id = @plan)
            """, connection);
        command.Parameters.AddWithValue("plan", planId);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<DigestRow>();
        while (await reader.ReadAsync())
        {
            rows.Add(new DigestRow(
                reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetGuid(2),
                reader.IsDBNull(3) ? [] : reader.GetFieldValue<string[]>(3)));
        }

        return rows;
    }

    protected sealed record ReminderRow(
        Guid ActionId, ReminderKind Kind, string Cycle, Guid? LeadId, Guid? UserId, DateOnly DueOn, int DaysOverdue, DateOnly ScanDate, Guid? DigestId);

    protected sealed record DigestRow(Guid Id, Guid? LeadId, Guid? UserId, IReadOnlyList<string> Deliveries);
}
