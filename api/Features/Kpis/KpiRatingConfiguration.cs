using DeliveryTracker.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeliveryTracker.Api.Features.Kpis;

/// <summary>
/// Maps <see cref="KpiRating"/> onto the table-valued function <c>kpi_ratings(as_of date)</c>
/// (<see cref="KpiRatingsFunction"/>), reached through <see cref="TrackerDbContext.KpiRatings"/>.
/// </summary>
internal sealed class KpiRatingConfiguration : IEntityTypeConfiguration<KpiRating>
{
    public void Configure(EntityTypeBuilder<KpiRating> builder)
    {
        // No table: without this, migrations would create a "kpi_rating" table nobody writes to.
        builder.HasNoKey().ToTable((string?)null);

        var method = typeof(TrackerDbContext).GetMethod(nameof(TrackerDbContext.KpiRatings), [typeof(DateOnly)])
            ?? throw new InvalidOperationException($"{nameof(TrackerDbContext)}.{nameof(TrackerDbContext.KpiRatings)}(DateOnly) is missing.");
        var function = builder.Metadata.Model.AddDbFunction(method);
        function.Name = "kpi_ratings";

        // The function returns the enum names as text, as the tables store them.
        builder.Property(r => r.Rag).HasConversion<string>();
        builder.Property(r => r.Rule).HasConversion<string>();
        builder.Property(r => r.Unit).HasConversion<string>();
        builder.Property(r => r.Direction).HasConversion<string>();
    }
}
