using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeliveryTracker.Api.Features.Actions;

internal sealed class ActionRecommendationConfiguration : IEntityTypeConfiguration<ActionRecommendation>
{
    public void Configure(EntityTypeBuilder<ActionRecommendation> builder)
    {
        builder.HasKey(r => new { r.ActionId, r.RecommendationId });
        builder.HasIndex(r => r.RecommendationId);
        builder.HasOne(r => r.Recommendation).WithMany().HasForeignKey(r => r.RecommendationId).OnDelete(DeleteBehavior.Restrict);
    }
}
