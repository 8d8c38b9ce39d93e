using DeliveryTracker.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeliveryTracker.Api.Features.Reviews;

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Text).HasMaxLength(4000);
        builder.Property(r => r.CouncilResponse).HasMaxLength(8000);
        builder.Property(r => r.Version).IsXminConcurrencyToken();
        builder.HasIndex(r => new { r.ReviewId, r.Number }).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("ck_recommendations_number", "number >= 1"));
    }
}
