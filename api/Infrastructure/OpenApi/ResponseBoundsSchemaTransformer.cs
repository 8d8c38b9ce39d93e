using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.ApiKeys;
using DeliveryTracker.Api.Features.Kpis;
using DeliveryTracker.Api.Features.Rag;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Api.Infrastructure.Paging;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Plans;
using DeliveryTracker.Contracts.ProgressUpdates;
using DeliveryTracker.Contracts.Reminders;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.OpenApi;

namespace DeliveryTracker.Api.Infrastructure.OpenApi;

/// <summary>
/// Gives the properties of response records the limits the API really holds them to, where no validation attribute
/// already did (<see cref="ValidationSchemaTransformer"/> runs first): a string its database column's length, an
/// integer or a list the limit of the request field of the same name, a page at most <see cref="Keyset.MaxLimit"/>
/// items. Requests get only limits their validation enforces (attributes, and the rule-checked lengths below).
/// </summary>
/// <remarks>
/// Only real limits are written. A new property that none of these rules covers stays unbounded, and Spectral's
/// OWASP rules then fail the build's lint step: give it a validation attribute, a column length, or an entry below.
/// Example: <c>ThemeDto.title</c> is read from <c>themes.title</c>, varchar(500), so the document says maxLength 500.
/// </remarks>
internal sealed class ResponseBoundsSchemaTransformer : IOpenApiSchemaTransformer
{
    private const string Max = "2147483647";

    /// <summary>Integers whose range is their meaning rather than a request field's: counts, positions, numbers.</summary>
    private static readonly Dictionary<string, (string Minimum, string Maximum)> Integers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["position"] = ("1", Max),           // 1-based; appending has no upper limit
        ["number"] = ("1", Max),             // recommendation numbers, [Range(1, int.MaxValue)] where written
        ["recommendationNumbers"] = ("1", Max),
        ["total"] = ("0", Max),
        ["excluded"] = ("0", Max),
        ["overdue"] = ("0", Max),            // AttentionCountsDto
        ["dueSoon"] = ("0", Max),
        ["stale"] = ("0", Max),
        ["blocked"] = ("0", Max),
        ["count"] = ("0", Max),              // UnreadCountDto
        ["daysOverdue"] = ("0", Max),        // reminders: 0 unless overdue
        ["reminders"] = ("0", Max),          // ReminderScanResultDto: counts of what a scan recorded
        ["escalation"] = ("0", Max),
        ["boardUpdateRequest"] = ("0", Max),
        ["unassigned"] = ("0", Max),
        ["digests"] = ("0", Max),
    };

    /// <summary>Strings that are not a column of the same name: (entity property they are read from).</summary>
    private static readonly Dictionary<string, string> ColumnAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["timescaleRaw"] = "Raw",
        ["reportedJustification"] = "Justification",
        ["ownerName"] = "Name",
        ["organisationName"] = "Name",
        ["primaryLeadName"] = "Name",        // AnsweringActionDto: the primary lead's leads.name
        ["actionText"] = "Text",             // LatestProgressUpdateDto: the action's text
        ["leadName"] = "Name",               // UpdateLinkDto, UpdateLinkSummaryDto: the lead's leads.name
    };

    /// <summary>Lists written through a request field of another name.</summary>
    private static readonly Dictionary<string, string> ListAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["kpis"] = "kpiIds",
    };

    /// <summary>Lists the API cuts to a fixed length itself.</summary>
    private static readonly Dictionary<string, int> FixedLists = new(StringComparer.OrdinalIgnoreCase)
    {
        ["trend"] = KpiTileDto.TrendLength,
        ["latestUpdates"] = PlanDashboardDto.LatestUpdateCount,
        ["deliveredVia"] = Enum.GetValues<DeliveryChannel>().Length, // each channel once
    };

    /// <summary>Strings the API makes itself, with the longest it makes.</summary>
    private static readonly Dictionary<string, int> Derived = new(StringComparer.OrdinalIgnoreCase)
    {
        ["evidenceLinks"] = ProgressUpdateRules.MaxEvidenceLinkLength, // each link
        ["nextCursor"] = Keyset.MaxCursorLength,
        ["etag"] = EntityTag.MaxLength,
        ["key"] = ApiKeySecret.KeyLength,       // shown once, at creation
        ["signingSecret"] = 44,             // base64 of 32 random bytes (WebhookEndpoints)
        ["derivedReasonText"] = RagReasonText.MaxLength,
        ["reason"] = KpiRatingText.MaxLength,  // KpiRatingDto; ActionRatingDto's reasons are enums
        ["periodLabel"] = 100,              // kpi_measurements.period_label, also where a KPI rating repeats it
        ["authenticationMethod"] = 20,      // cookie, bearer, apiKey
        ["recipientName"] = 200,            // a reminder's lead (leads.name) or programme manager (users.display_name), both 200
    };

    private IModel? _model;

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var property = context.JsonPropertyInfo;
        if (property?.DeclaringType.Namespace?.StartsWith("DeliveryTracker.Contracts", StringComparison.Ordinal) != true)
        {
            return Task.CompletedTask;
        }

        var name = property.Name;
        if (Is(schema, JsonSchemaType.String) && schema.MaxLength is null && schema.Enum is not { Count: > 0 } && schema.Format is null)
        {
            schema.MaxLength = StringLimit(property.DeclaringType, name, context.ApplicationServices);
        }
        else if (Is(schema, JsonSchemaType.Integer) && schema.Minimum is null && schema.Maximum is null)
        {
            if (IntegerRange(name) is { } range)
            {
                (schema.Minimum, schema.Maximum) = range;
            }
            else if (!IsRequest(property.DeclaringType) && RequestField<RangeAttribute>(property.DeclaringType, name) is { } requested)
            {
                schema.Minimum = Convert.ToString(requested.Minimum, CultureInfo.InvariantCulture);
                schema.Maximum = Convert.ToString(requested.Maximum, CultureInfo.InvariantCulture);
            }
        }
        else if (Is(schema, JsonSchemaType.Array))
        {
            schema.MaxItems ??= property.DeclaringType.IsGenericType && property.DeclaringType.GetGenericTypeDefinition() == typeof(Page<>)
                ? Keyset.MaxLimit
                : FixedLists.TryGetValue(name, out var fixedLength) ? fixedLength
                : IsRequest(property.DeclaringType) ? null
                : RequestField<MaxLengthAttribute>(property.DeclaringType, ListAliases.GetValueOrDefault(name, name))?.Length;
            if (schema.Items is OpenApiSchema items)
            {
                // A list's items share its name: evidenceLinks' links, recommendationNumbers' numbers.
                if (Is(items, JsonSchemaType.String) && items.MaxLength is null && items.Format is null && items.Enum is not { Count: > 0 })
                {
                    items.MaxLength = StringLimit(property.DeclaringType, name, context.ApplicationServices);
                }
                else if (Is(items, JsonSchemaType.Integer) && items.Minimum is null && IntegerRange(name) is { } range)
                {
                    (items.Minimum, items.Maximum) = range;
                }
            }
        }
        else if (Is(schema, JsonSchemaType.Object) && schema.AdditionalProperties is OpenApiSchema values
            && property.PropertyType.IsGenericType && property.PropertyType.GetGenericArguments() is [{ IsEnum: true } key, _])
        {
            // A dictionary keyed by an enum (RagCountsDto.counts) has at most one entry per value.
            schema.MaxProperties = Enum.GetValues(key).Length;
            if (Is(values, JsonSchemaType.Integer) && values.Minimum is null && IntegerRange(name) is { } range)
            {
                (values.Minimum, values.Maximum) = range;
            }
        }

        return Task.CompletedTask;
    }

    private static (string Minimum, string Maximum)? IntegerRange(string name) =>
        Integers.TryGetValue(name, out var range) ? range
        : name.EndsWith("Count", StringComparison.Ordinal) || name.EndsWith("counts", StringComparison.OrdinalIgnoreCase) ? ("0", Max)
        : null;

    private static bool IsRequest(Type contract) => contract.Name.EndsWith("Request", StringComparison.Ordinal);

    private static bool Is(OpenApiSchema schema, JsonSchemaType type) => schema.Type is { } t && t.HasFlag(type);

    private int? StringLimit(Type contract, string name, IServiceProvider services)
    {
        if (Derived.TryGetValue(name, out var derived))
        {
            return derived;
        }

        if (IsRequest(contract))
        {
            return null; // what a request accepts is what its validation attributes say, not what a column could hold
        }

        var model = Model(services);
        var aliased = ColumnAliases.TryGetValue(name, out var column);
        column ??= name;

        // The record's own entity first (ThemeDto, ThemeNodeDto → Theme: themes.title is 500), else the longest column
        // of that name anywhere, which is still a true limit. An alias names another entity's column (a KPI's ownerName
        // is its lead's name), so it takes the longest.
        var entity = aliased ? null : model.GetEntityTypes().FirstOrDefault(e => e.ClrType.Name == EntityName(contract));
        if (entity?.GetProperties().FirstOrDefault(p => p.ClrType == typeof(string) && string.Equals(p.Name, column, StringComparison.OrdinalIgnoreCase)) is { } own)
        {
            return own.GetMaxLength();
        }

        var columns = model.GetEntityTypes()
            .Where(e => e.ClrType.Namespace?.StartsWith("DeliveryTracker", StringComparison.Ordinal) == true) // not Identity's own tables
            .SelectMany(e => e.GetProperties())
            .Where(p => p.ClrType == typeof(string) && string.Equals(p.Name, column, StringComparison.OrdinalIgnoreCase))
            .Select(p => p.GetMaxLength())
            .ToList();

        // None where any column of that name is unbounded (text): then no limit would be true.
        return columns.Count > 0 && columns.All(length => length is not null) ? columns.Max() : null;
    }

    private static string EntityName(Type contract)
    {
        foreach (var suffix in (string[])["SummaryDto", "NodeDto", "Dto"])
        {
            if (contract.Name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return contract.Name[..^suffix.Length];
            }
        }

        return contract.Name;
    }

    private IModel Model(IServiceProvider services)
    {
        if (_model is null)
        {
            using var scope = services.CreateScope();
            _model = scope.ServiceProvider.GetRequiredService<TrackerDbContext>().Model;
        }

        return _model;
    }

    /// <summary>
    /// The attribute on the field of that name of a request record, from the same feature (namespace) first: the plan
    /// tree's actions carry the leads written through the actions' requests.
    /// </summary>
    private static TAttribute? RequestField<TAttribute>(Type response, string name)
        where TAttribute : Attribute =>
        response.Assembly.GetTypes()
            .Where(IsRequest)
            .OrderBy(t => t.Namespace == response.Namespace ? 0 : 1)
            .ThenBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => t.GetConstructors().SelectMany(c => c.GetParameters()))
            .Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            .Select(p => p.GetCustomAttribute<TAttribute>())
            .FirstOrDefault(a => a is not null);
}
