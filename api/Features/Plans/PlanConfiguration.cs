using DeliveryTracker.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeliveryTracker.Api.Features.Plans;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.Property(p => p.SourceDocument).HasMaxLength(500);
        builder.Property(p => p.Version).IsXminConcurrencyToken();
        builder.HasIndex(p => p.Title).IsUnique();
        builder.HasIndex(p => p.UpdatedAt);
        builder.OwnsOne(p => p.Settings, settings => settings.ToTable("plans"));
        builder.Navigation(p => p.Settings).IsRequired();
        builder.HasOne(p => p.Review).WithMany().HasForeignKey(p => p.ReviewId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Themes).WithOne(t => t.Plan).HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.BoardMeetings).WithOne().HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
