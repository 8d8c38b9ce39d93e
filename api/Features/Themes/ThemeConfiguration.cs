using DeliveryTracker.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeliveryTracker.Api.Features.Themes;

internal sealed class ThemeConfiguration : IEntityTypeConfiguration<Theme>
{
    public void Configure(EntityTypeBuilder<Theme> builder)
    {
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Code).HasMaxLength(20);
        builder.Property(t => t.Title).HasMaxLength(500);
        builder.Property(t => t.Version).IsXminConcurrencyToken();
        builder.HasIndex(t => new { t.PlanId, t.Code }).IsUnique();
        builder.HasIndex(t => new { t.PlanId, t.Position });
        builder.HasMany(t => t.Objectives).WithOne(o => o.Theme).HasForeignKey(o => o.ThemeId).OnDelete(DeleteBehavior.Restrict);
    }
}
