namespace DeliveryTracker.Contracts.Kpis;

/// <summary>A KPI with its definition, figures, owner, latest measurement and the actions it measures.</summary>
/// <param name="Id">The KPI's id.</param>
/// <param name="PlanId">The plan it belongs to; null for a KPI shared across plans.</param>
/// <param name="Code">Short code unique across KPIs (e.g. "CRIME-BURGLARY").</param>
/// <param name="Name">The KPI's name.</param>
/// <param name="Description">What is measured and how.</param>
/// <param name="Unit">What the values count.</param>
/// <param name="Direction">Whether higher or lower values are better.</param>
/// <param name="Target">The value aimed for; null when none is set.</param>
/// <param name="AmberTolerance">How far on the wrong side of the target still counts as Amber; null when none is set.</param>
/// <param name="Frequency">How often the data is published.</param>
/// <param name="PublicationLagDays">Days after a period ends before its figure is expected.</param>
/// <param name="Baseline">The starting value the KPI is compared with, if recorded.</param>
/// <param name="BaselinePeriod">The period the baseline covers, as written.</param>
/// <param name="Lifecycle">How far the KPI has got from an idea to a reported measure.</param>
/// <param name="OwnerLeadId">The lead who owns it, if any.</param>
/// <param name="OwnerName">The owner's name, if any.</param>
/// <param name="DataSource">Where the data comes from.</param>
/// <param name="LatestMeasurement">The most recent measurement; null when none has been recorded.</param>
/// <param name="Rating">The KPI's RAG rating as of the date asked (today in London by default), with its reason.</param>
/// <param name="Actions">The actions linked to the KPI, by reference code.</param>
/// <param name="CreatedAt">When the KPI was created (UTC).</param>
/// <param name="UpdatedAt">When the KPI record last changed (UTC); a new measurement or action link does not change it.</param>
/// <param name="Etag">The version of this representation, the same as the <c>ETag</c> header: send it back in <c>If-Match</c> to change the resource.</param>
public sealed record KpiDto(
    Guid Id,
    Guid? PlanId,
    string Code,
    string Name,
    string? Description,
    KpiUnit Unit,
    KpiDirection Direction,
    decimal? Target,
    decimal? AmberTolerance,
    KpiFrequency Frequency,
    int PublicationLagDays,
    decimal? Baseline,
    string? BaselinePeriod,
    KpiLifecycle Lifecycle,
    Guid? OwnerLeadId,
    string? OwnerName,
    string? DataSource,
    KpiLatestMeasurementDto? LatestMeasurement,
    KpiRatingDto Rating,
    IReadOnlyList<KpiActionLinkDto> Actions,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string Etag);
