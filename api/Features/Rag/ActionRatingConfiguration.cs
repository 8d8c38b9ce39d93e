using DeliveryTracker.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeliveryTracker.Api.Features.Rag;

/// <summary>
/// Maps <see cref="ActionRating"/> onto the table-valued function <c>action_ratings(as_of date)</c>
/// (<see cref="ActionRatingsFunction"/>), reached through <see cref="TrackerDbContext.ActionRatings"/>.
/// </summary>
internal sealed class ActionRatingConfiguration : IEntityTypeConfiguration<ActionRating>
{
    public void Configure(EntityTypeBuilder<ActionRating> builder)
    {
        // No table: without this, migrations would create an "action_rating" table nobody writes to.
        builder.HasNoKey().ToTable((string?)null);

        // The function is registered here rather than in OnModelCreating so the whole mapping sits beside the entity.
        var method = typeof(TrackerDbContext).GetMethod(nameof(TrackerDbContext.ActionRatings), [typeof(DateOnly)])
            ?? throw new InvalidOperationException($"{nameof(TrackerDbContext)}.{nameof(TrackerDbContext.ActionRatings)}(DateOnly) is missing.");
        var function = builder.Metadata.Model.AddDbFunction(method);
        function.Name = "action_ratings";

        // The function returns the enum names as text, as the tables store them.
        builder.Property(r => r.DerivedRag).HasConversion<string>();
        builder.Property(r => r.DerivedReason).HasConversion<string>();
        builder.Property(r => r.ReportedRag).HasConversion<string>();
        builder.Property(r => r.EffectiveRag).HasConversion<string>();
        builder.Property(r => r.EffectiveSource).HasConversion<string>();
    }
}
