using DeliveryTracker.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeliveryTracker.Api.Features.Objectives;

internal sealed class ObjectiveConfiguration : IEntityTypeConfiguration<Objective>
{
    public void Configure(EntityTypeBuilder<Objective> builder)
    {
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Title).HasMaxLength(1000);
        builder.Property(o => o.Version).IsXminConcurrencyToken();
        builder.HasIndex(o => new { o.ThemeId, o.Position });
        builder.HasMany(o => o.Actions).WithOne(a => a.Objective).HasForeignKey(a => a.ObjectiveId).OnDelete(DeleteBehavior.Restrict);
    }
}
