using DeliveryTracker.Api.Features.Accounts;
using DeliveryTracker.Api.Features.Actions;
using DeliveryTracker.Api.Features.ApiKeys;
using DeliveryTracker.Api.Features.Audit;
using DeliveryTracker.Api.Features.Kpis;
using DeliveryTracker.Api.Features.Leads;
using DeliveryTracker.Api.Features.Notifications;
using DeliveryTracker.Api.Features.Objectives;
using DeliveryTracker.Api.Features.Plans;
using DeliveryTracker.Api.Features.ProgressUpdates;
using DeliveryTracker.Api.Features.Reminders;
using DeliveryTracker.Api.Features.Reviews;
using DeliveryTracker.Api.Features.Security;
using DeliveryTracker.Api.Features.Themes;
using DeliveryTracker.Api.Features.Webhooks;
using DeliveryTracker.Api.Infrastructure.Idempotency;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Data;

/// <summary>The one database context of the service.</summary>
/// <remarks>
/// Entity configuration lives beside each entity (<c>Features/&lt;Feature&gt;/&lt;Entity&gt;Configuration.cs</c>) and is
/// picked up from this assembly. Names are snake_case; enums are stored as strings. The ASP.NET Core Identity tables
/// (users, roles and their links) come from the base class.
/// To add a migration after changing the model:
/// <code>dotnet tool restore &amp;&amp; dotnet ef migrations add &lt;Name&gt; --project api --output-dir Data/Migrations</code>
/// The design-time factory (<see cref="TrackerDbContextDesignFactory"/>) means this never starts a database.
/// </remarks>
public sealed class TrackerDbContext(DbContextOptions<TrackerDbContext> options) : IdentityDbContext<TrackerUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<BoardMeeting> BoardMeetings => Set<BoardMeeting>();

    public DbSet<Theme> Themes => Set<Theme>();

    public DbSet<Objective> Objectives => Set<Objective>();

    public DbSet<PlanAction> Actions => Set<PlanAction>();

    public DbSet<ActionLead> ActionLeads => Set<ActionLead>();

    public DbSet<ActionKpi> ActionKpis => Set<ActionKpi>();

    public DbSet<ActionRecommendation> ActionRecommendations => Set<ActionRecommendation>();

    public DbSet<Lead> Leads => Set<Lead>();

    public DbSet<Kpi> Kpis => Set<Kpi>();

    public DbSet<KpiMeasurement> KpiMeasurements => Set<KpiMeasurement>();

    public DbSet<Review> Reviews => Set<Review>();

    public DbSet<Recommendation> Recommendations => Set<Recommendation>();

    public DbSet<ProgressUpdate> ProgressUpdates => Set<ProgressUpdate>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<ReminderDigest> ReminderDigests => Set<ReminderDigest>();

    public DbSet<DigestDelivery> DigestDeliveries => Set<DigestDelivery>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<Features.UpdateLinks.UpdateLink> UpdateLinks => Set<Features.UpdateLinks.UpdateLink>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<SecurityEvent> SecurityEvents => Set<SecurityEvent>();

    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    /// <summary>ASP.NET Core's data-protection keys (they encrypt session cookies and CSRF tokens), shared by every instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Every action's derived, reported and effective RAG rating as of <paramref name="asOf"/> (a Europe/London date),
    /// computed by the database function <c>action_ratings</c>. Filter on top (<c>Where(r =&gt; r.PlanId == id)</c>):
    /// PostgreSQL inlines the function, so the filter reaches the actions indexes.
    /// </summary>
    public IQueryable<Features.Rag.ActionRating> ActionRatings(DateOnly asOf) => FromExpression(() => ActionRatings(asOf));

    /// <summary>
    /// Every KPI's RAG rating as of <paramref name="asOf"/> (a Europe/London date), computed by the database function
    /// <c>kpi_ratings</c>. Filter on top by KPI or plan: PostgreSQL inlines the function.
    /// </summary>
    public IQueryable<Features.Kpis.KpiRating> KpiRatings(DateOnly asOf) => FromExpression(() => KpiRatings(asOf));

    /// <summary>The ICU collation that compares the digits in a text as numbers ("natural" order).</summary>
    public const string NaturalCollation = "und-natural";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        IdentityTablesConfiguration.Configure(builder);
        // Case-insensitive collation for names people type ("police" and "Police" are the same lead).
        builder.HasCollation("und-ci", locale: "und-u-ks-level2", provider: "icu", deterministic: false);
        // Numeric collation for codes with numbers in them, so SYV-2.1 sorts before SYV-10.1 wherever SQL sorts them.
        builder.HasCollation(NaturalCollation, locale: "und-u-kn-true", provider: "icu", deterministic: true);
        builder.ApplyConfigurationsFromAssembly(typeof(TrackerDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
