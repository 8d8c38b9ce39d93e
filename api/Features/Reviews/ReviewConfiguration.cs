using DeliveryTracker.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeliveryTracker.Api.Features.Reviews;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Title).HasMaxLength(300);
        builder.Property(r => r.Version).IsXminConcurrencyToken();
        builder.HasMany(r => r.Recommendations).WithOne().HasForeignKey(r => r.ReviewId).OnDelete(DeleteBehavior.Restrict);
    }
}
