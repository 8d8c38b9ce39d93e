using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace DeliveryTracker.Api.Infrastructure.Errors;

/// <summary>
/// The 409 message for each unique index and composite key in the database, naming the thing and the value the client
/// sent (<c>A plan titled "…" already exists.</c>) rather than the index. The values are read from the entity EF was
/// saving, in the index's column order, as <c>{0}</c>, <c>{1}</c> …. A test holds this list to every unique index and
/// composite key of the model, so a new one cannot fall back to the generic message unnoticed.
/// </summary>
public static class UniqueConflicts
{
    /// <summary>Database name of the index or key → message; the placeholders are the index's values in order.</summary>
    public static readonly IReadOnlyDictionary<string, string> Messages = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ix_plans_title"] = "A plan titled \"{0}\" already exists.",
        ["ix_themes_plan_id_code"] = "This plan already has a theme with the code \"{1}\".",
        ["ix_actions_plan_id_reference_code"] = "This plan already has an action with the reference \"{1}\".",
        ["ix_recommendations_review_id_number"] = "This review already has a recommendation numbered {1}.",
        ["ix_board_meetings_plan_id_meeting_date"] = "The plan already has a board meeting on {1:yyyy-MM-dd}.",
        ["ix_kpis_code"] = "A KPI with the code \"{0}\" already exists.",
        ["ix_kpi_measurements_kpi_id_period_start_period_end"] = "This KPI already has a measurement for {1:yyyy-MM-dd} to {2:yyyy-MM-dd}.",
        ["ix_leads_name"] = "A lead named \"{0}\" already exists.",
        ["ix_api_keys_name"] = "An API key named \"{0}\" already exists.",
        ["ix_api_keys_prefix"] = "Another API key happened to get the same prefix; create the key again.",
        ["ix_reminders_action_id_kind_cycle_lead_id_user_id"] = "This reminder has already been recorded for this action, kind and cycle.",
        ["ix_digest_deliveries_digest_id_channel"] = "This digest already has a delivery by {1}.",
        ["ix_notifications_digest_id"] = "This digest is already in the notifications.",
        ["ix_update_links_digest_id"] = "This digest already has an update link.",
        ["ix_action_leads_one_primary"] = "An action can have only one primary lead.",
        ["pk_action_leads"] = "The lead {1} is listed more than once for this action.",
        ["pk_action_kpis"] = "The KPI {1} is listed more than once for this action.",
        ["pk_action_recommendations"] = "A recommendation is listed more than once for this action.",
        ["UserNameIndex"] = "A user with the email \"{0}\" already exists.",
        ["RoleNameIndex"] = "A role named \"{0}\" already exists.",
    };

    /// <summary>The message for a unique violation raised while saving <paramref name="saving"/>.</summary>
    public static string MessageFor(PostgresException unique, DbUpdateException saving)
    {
        ArgumentNullException.ThrowIfNull(unique);
        ArgumentNullException.ThrowIfNull(saving);
        if (unique.ConstraintName is not { } name || !Messages.TryGetValue(name, out var template))
        {
            return "A record with the same values already exists.";
        }

        foreach (var entry in saving.Entries)
        {
            IReadOnlyList<IProperty>? columns =
                entry.Metadata.GetIndexes().FirstOrDefault(i => i.GetDatabaseName() == name)?.Properties
                ?? (entry.Metadata.FindPrimaryKey() is { } key && key.GetName() == name ? key.Properties : null);
            if (columns is not null)
            {
                return string.Format(CultureInfo.InvariantCulture, template, [.. columns.Select(c => entry.Property(c.Name).CurrentValue)]);
            }
        }

        // Not saved through EF (no entry to read): say what conflicts without the value.
        return string.Format(CultureInfo.InvariantCulture, template, [.. Enumerable.Repeat<object?>("…", 4)]);
    }
}
