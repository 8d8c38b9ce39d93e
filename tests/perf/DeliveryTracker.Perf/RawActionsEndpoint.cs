using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using DeliveryTracker.Api.Features.Actions;
using DeliveryTracker.Api.Features.ApiKeys;
using DeliveryTracker.Api.Features.Rag;
using DeliveryTracker.Api.Infrastructure.Paging;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Leads;
using DeliveryTracker.Contracts.Rag;
using DeliveryTracker.Contracts.Timescales;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DeliveryTracker.Perf;

/// <summary>
/// The baseline: <c>GET /api/v1/actions?themeId=…&amp;rag=…</c> (first page, 50 actions) served by one Kestrel
/// <c>MapGet</c> over a plain <see cref="NpgsqlDataSource"/> — no EF Core, no API versioning, middleware or validation —
/// doing the API's work: the page query (actions joined with <c>action_ratings(today in London)</c>, filtered by theme
/// and effective rating, in plan order (plan, theme, objective and action position, id), 51 rows), the three link reads of those rows, and the same JSON
/// (the contract records, the API's serializer settings, cursor and <c>Link</c> header).
/// </summary>
public sealed class RawActionsEndpoint : IAsyncDisposable
{
    private const int Limit = 50;

    private const string PageSql = """
        SELECT a.id, a.plan_id, a.theme_id, a.objective_id, a.reference_code, a.text, a.status, a.percent_complete,
               a.timescale_raw, a.timescale_kind, a.timescale_start_date, a.timescale_due_date,
               r.derived_rag, r.derived_reason, r.reason_date, r.reason_days, r.reported_rag, r.reported_at,
               r.reported_justification, r.effective_rag, r.effective_source, a.updated_at, a.lead_to_be_agreed,
               a.theme_position, a.objective_position, a.position, r.due_date, r.cycle_start,
               r.is_overdue, r.is_due_soon, r.is_stale, r.is_blocked
        FROM actions AS a
        JOIN action_ratings($1) AS r ON r.action_id = a.id
        WHERE a.theme_id = $2 AND r.effective_rag = ANY ($3)
        ORDER BY a.plan_id, a.theme_position, a.objective_position, a.position, a.id
        LIMIT $4
        """;

    private const string LeadsSql = """
        SELECT al.action_id, al.lead_id, l.name, l.kind, al.is_primary
        FROM action_leads AS al
        JOIN leads AS l ON l.id = al.lead_id
        WHERE al.action_id = ANY ($1)
        ORDER BY al.is_primary DESC, al.position
        """;

    private const string RecommendationsSql = """
        SELECT ar.action_id, r.number
        FROM action_recommendations AS ar
        JOIN recommendations AS r ON r.id = ar.recommendation_id
        WHERE ar.action_id = ANY ($1)
        ORDER BY r.number
        """;

    private const string KpisSql = "SELECT action_id, kpi_id FROM action_kpis WHERE action_id = ANY ($1)";

    private readonly WebApplication _app;

    private RawActionsEndpoint(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The API's JSON settings (<c>OpenApiSetup.AddTrackerApi</c>): camelCase, enums by name, strict numbers.</summary>
    public static void UseApiJson(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.NumberHandling = JsonNumberHandling.Strict;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
    }

    public static async Task<RawActionsEndpoint> StartAsync(NpgsqlDataSource database, int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.ConfigureHttpJsonOptions(options => UseApiJson(options.SerializerOptions));
        var app = builder.Build();
        var clock = new LondonClock(TimeProvider.System);
        app.MapGet("/api/v1/actions", (HttpContext http, CancellationToken token) => ListAsync(database, clock, http, token));
        await app.StartAsync(cancellationToken);
        return new RawActionsEndpoint(app, new Uri($"http://127.0.0.1:{port}"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>The API's key check by hand: one indexed lookup by prefix, a SHA-256 compare, revoked and expiry.</summary>
    private static async Task<bool> IsValidKeyAsync(NpgsqlConnection connection, string key, CancellationToken cancellationToken)
    {
        if (ApiKeySecret.PrefixOf(key) is not { } prefix)
        {
            return false;
        }

        await using var command = new NpgsqlCommand("SELECT hash FROM api_keys WHERE prefix = $1 AND revoked_at IS NULL AND expires_at > now() AND 'PlansRead' = ANY(scopes)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = prefix });
        return await command.ExecuteScalarAsync(cancellationToken) is byte[] hash && ApiKeySecret.Matches(key, hash);
    }

    private static async Task<IResult> ListAsync(NpgsqlDataSource database, LondonClock clock, HttpContext http, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(http.Request.Query["themeId"], out var themeId))
        {
            return TypedResults.BadRequest("themeId is required.");
        }

        var ratings = http.Request.Query["rag"].Select(r => Enum.Parse<RagRating>(r!).ToString()).ToArray();
        var asOf = clock.Today;

        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        if (!await IsValidKeyAsync(connection, http.Request.Headers["X-Api-Key"].ToString(), cancellationToken))
        {
            return TypedResults.Unauthorized();
        }

        var rows = new List<Row>(Limit + 1);
        await using (var command = new NpgsqlCommand(PageSql, connection))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = asOf });
            command.Parameters.Add(new NpgsqlParameter { Value = themeId });
            command.Parameters.Add(new NpgsqlParameter { Value = ratings });
            command.Parameters.Add(new NpgsqlParameter { Value = Limit + 1 });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(ReadRow(reader));
            }
        }

        var ids = rows.Select(r => r.Id).ToArray();
        var leads = new Dictionary<Guid, List<ActionLeadDto>>();
        await ReadLinksAsync(connection, LeadsSql, ids, reader =>
            Add(leads, reader.GetGuid(0), new ActionLeadDto(reader.GetGuid(1), reader.GetString(2), Enum.Parse<LeadKind>(reader.GetString(3)), reader.GetBoolean(4))), cancellationToken);
        var recommendations = new Dictionary<Guid, List<int>>();
        await ReadLinksAsync(connection, RecommendationsSql, ids, reader => Add(recommendations, reader.GetGuid(0), reader.GetInt32(1)), cancellationToken);
        var kpis = new Dictionary<Guid, List<Guid>>();
        await ReadLinksAsync(connection, KpisSql, ids, reader => Add(kpis, reader.GetGuid(0), reader.GetGuid(1)), cancellationToken);

        var items = rows.Select(r => new ActionSummaryDto(
                r.Id, r.PlanId, r.ThemeId, r.ObjectiveId, r.ReferenceCode, r.Text, r.Status, r.PercentComplete, r.TimescaleRaw,
                r.TimescaleKind, r.StartDate, r.DueDate, leads.GetValueOrDefault(r.Id) ?? [], r.LeadToBeAgreed, recommendations.GetValueOrDefault(r.Id) ?? [],
                kpis.GetValueOrDefault(r.Id) ?? [], r.Rating.ToDto(asOf), r.UpdatedAt))
            .ToList();
        var keys = rows.ToDictionary(r => r.Id, r => new ActionCursor(
            ActionSort.Plan, r.PlanId, r.ThemePosition, r.ObjectivePosition, r.Position, r.ReferenceCode, r.DueDate ?? DateOnly.MaxValue, r.UpdatedAt,
            Urgency: 0, UrgencyDue: DateOnly.MinValue, r.Id)); // plan order reads neither urgency key
        return TypedResults.Ok(Keyset.ToPage(http, items, Limit, a => keys[a.Id]));
    }

    private static Row ReadRow(NpgsqlDataReader reader) => new(
        reader.GetGuid(0),
        reader.GetGuid(1),
        reader.GetGuid(2),
        reader.GetGuid(3),
        reader.GetString(4),
        reader.GetString(5),
        Enum.Parse<ActionStatus>(reader.GetString(6)),
        reader.IsDBNull(7) ? null : reader.GetInt32(7),
        reader.IsDBNull(8) ? null : reader.GetString(8),
        Enum.Parse<TimescaleKind>(reader.GetString(9)),
        reader.IsDBNull(10) ? null : reader.GetFieldValue<DateOnly>(10),
        reader.IsDBNull(11) ? null : reader.GetFieldValue<DateOnly>(11),
        new ActionRating
        {
            DerivedRag = Rating(reader, 12),
            DerivedReason = Enum.Parse<RagReason>(reader.GetString(13)),
            ReasonDate = reader.IsDBNull(14) ? null : reader.GetFieldValue<DateOnly>(14),
            ReasonDays = reader.IsDBNull(15) ? null : reader.GetInt32(15),
            ReportedRag = Rating(reader, 16),
            ReportedAt = reader.IsDBNull(17) ? null : reader.GetFieldValue<DateTimeOffset>(17),
            ReportedJustification = reader.IsDBNull(18) ? null : reader.GetString(18),
            EffectiveRag = Rating(reader, 19),
            EffectiveSource = Enum.Parse<RatingSource>(reader.GetString(20)),
            DueDate = reader.IsDBNull(26) ? null : reader.GetFieldValue<DateOnly>(26),
            CycleStart = reader.IsDBNull(27) ? null : reader.GetFieldValue<DateOnly>(27),
            IsOverdue = reader.GetBoolean(28),
            IsDueSoon = reader.GetBoolean(29),
            IsStale = reader.GetBoolean(30),
            IsBlocked = reader.GetBoolean(31),
        },
        reader.GetFieldValue<DateTimeOffset>(21),
        reader.GetBoolean(22),
        reader.GetInt32(23),
        reader.GetInt32(24),
        reader.GetInt32(25));

    private static RagRating? Rating(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Enum.Parse<RagRating>(reader.GetString(ordinal));

    private static async Task ReadLinksAsync(NpgsqlConnection connection, string sql, Guid[] ids, Action<NpgsqlDataReader> read, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = ids });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            read(reader);
        }
    }

    private static void Add<T>(Dictionary<Guid, List<T>> links, Guid actionId, T value)
    {
        if (!links.TryGetValue(actionId, out var list))
        {
            links[actionId] = list = [];
        }

        list.Add(value);
    }

    private sealed record Row(
        Guid Id,
        Guid PlanId,
        Guid ThemeId,
        Guid ObjectiveId,
        string ReferenceCode,
        string Text,
        ActionStatus Status,
        int? PercentComplete,
        string? TimescaleRaw,
        TimescaleKind TimescaleKind,
        DateOnly? StartDate,
        DateOnly? DueDate,
        ActionRating Rating,
        DateTimeOffset UpdatedAt,
        bool LeadToBeAgreed,
        int ThemePosition,
        int ObjectivePosition,
        int Position);
}
