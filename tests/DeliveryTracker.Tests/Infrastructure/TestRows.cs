using Npgsql;

namespace DeliveryTracker.Tests.Infrastructure;

/// <summary>
/// Inserts plans and actions with raw SQL, for tests of other resources that need them (leads' action counts,
/// recommendations' answering actions) without depending on the action endpoints. Each call makes a plan of its own.
/// </summary>
public static class TestRows
{
    public static async Task<Guid> InsertPlanAsync(string connectionString, Guid? reviewId = null)
    {
        var id = Guid.CreateVersion7();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO plans (id, title, period_start, period_end, status, review_id, created_at, updated_at,
              settings_rag_scale, settings_due_soon_days, settings_stale_after_days, settings_progress_red_below_percent,
              settings_progress_amber_below_percent, settings_reminder_due_soon_days, settings_escalate_after_days_overdue,
              settings_board_update_request_working_days)
            VALUES (@id, @title, '2024-04-01', '2025-03-31', 'Active', @review, now(), now(), 'ThreePoint', 30, 60, 70, 90, 14, 30, 5)
            """, connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("title", $"Test plan {id}");
        command.Parameters.AddWithValue("review", (object?)reviewId ?? DBNull.Value);
        await command.ExecuteNonQueryAsync();
        return id;
    }

    /// <summary>A plan with one theme and objective holding one action per entry, in order, with the given status and due date.</summary>
    /// <returns>The plan's id and the actions' ids and reference codes (T-1.1, T-1.2 …), in the order given.</returns>
    public static async Task<(Guid PlanId, IReadOnlyList<(Guid Id, string ReferenceCode)> Actions)> InsertActionsAsync(
        string connectionString, IReadOnlyList<(string Status, DateOnly? DueDate)> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var planId = await InsertPlanAsync(connectionString);
        var themeId = Guid.CreateVersion7();
        var objectiveId = Guid.CreateVersion7();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var command = new NpgsqlCommand(
            """
            INSERT INTO themes (id, plan_id, code, title, position, created_at, updated_at) VALUES (@theme, @plan, 'T', 'Theme', 1, now(), now());
            INSERT INTO objectives (id, theme_id, title, position, created_at, updated_at) VALUES (@objective, @theme, 'Objective', 1, now(), now());
            """, connection))
        {
            command.Parameters.AddWithValue("theme", themeId);
            command.Parameters.AddWithValue("plan", planId);
            command.Parameters.AddWithValue("objective", objectiveId);
            await command.ExecuteNonQueryAsync();
        }

        var created = new List<(Guid, string)>();
        for (var index = 0; index < actions.Count; index++)
        {
            var id = Guid.CreateVersion7();
            var reference = $"T-1.{index + 1}";
            await using var command = new NpgsqlCommand(
                """
                INSERT INTO actions (id, plan_id, theme_id, objective_id, reference_code, text, position, status,
                  timescale_kind, timescale_due_date, timescale_confidence, timescale_is_corrected, created_at, updated_at)
                VALUES (@id, @plan, @theme, @objective, @reference, 'Test action', @position, @status,
                  'ByDate', @due, 'High', false, now(), now())
                """, connection);
            command.Parameters.AddWithValue("id", id);
            command.Parameters.AddWithValue("plan", planId);
            command.Parameters.AddWithValue("theme", themeId);
            command.Parameters.AddWithValue("objective", objectiveId);
            command.Parameters.AddWithValue("reference", reference);
            command.Parameters.AddWithValue("position", index + 1);
            command.Parameters.AddWithValue("status", actions[index].Status);
            command.Parameters.AddWithValue("due", (object?)actions[index].DueDate ?? DBNull.Value);
            await command.ExecuteNonQueryAsync();
            created.Add((id, reference));
        }

        return (planId, created);
    }

    public static async Task LinkLeadAsync(string connectionString, Guid actionId, Guid leadId, bool isPrimary)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "INSERT INTO action_leads (action_id, lead_id, is_primary, position) VALUES (@action, @lead, @primary, 1)", connection);
        command.Parameters.AddWithValue("action", actionId);
        command.Parameters.AddWithValue("lead", leadId);
        command.Parameters.AddWithValue("primary", isPrimary);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task LinkRecommendationAsync(string connectionString, Guid actionId, Guid recommendationId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "INSERT INTO action_recommendations (action_id, recommendation_id) VALUES (@action, @recommendation)", connection);
        command.Parameters.AddWithValue("action", actionId);
        command.Parameters.AddWithValue("recommendation", recommendationId);
        await command.ExecuteNonQueryAsync();
    }
}
