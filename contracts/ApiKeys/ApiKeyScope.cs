using System.Text.Json.Serialization;

namespace DeliveryTracker.Contracts.ApiKeys;

/// <summary>What an integration's API key may do.</summary>
public enum ApiKeyScope
{
    /// <summary>Read plans, themes, objectives, actions, leads, reviews and recommendations.</summary>
    [JsonStringEnumMemberName("plans:read")]
    PlansRead,

    /// <summary>Read KPIs and their measurements.</summary>
    [JsonStringEnumMemberName("kpis:read")]
    KpisRead,

    /// <summary>Read RAG reports and board reports.</summary>
    [JsonStringEnumMemberName("reports:read")]
    ReportsRead,

    /// <summary>Add and correct KPI measurements (for feeds that push data).</summary>
    [JsonStringEnumMemberName("kpis:write")]
    KpisWrite,
}
