using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeliveryTracker.Api.Features.Kpis;

internal sealed class KpiConfiguration : IEntityTypeConfiguration<Kpi>
{
    public void Configure(EntityTypeBuilder<Kpi> builder)
    {
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Code).HasMaxLength(60);
        builder.Property(k => k.Name).HasMaxLength(300);
        builder.Property(k => k.Description).HasMaxLength(2000);
        builder.Property(k => k.BaselinePeriod).HasMaxLength(100);
        builder.Property(k => k.DataSource).HasMaxLength(500);
        builder.Property(k => k.Target).HasPrecision(18, 4);
        builder.Property(k => k.AmberTolerance).HasPrecision(18, 4);
        builder.Property(k => k.Baseline).HasPrecision(18, 4);
        builder.Property(k => k.Version).IsXminConcurrencyToken();
        builder.HasIndex(k => k.Code).IsUnique();
        builder.HasIndex(k => k.PlanId);
        builder.HasIndex(k => k.UpdatedAt);
        builder.HasOne<Plan>().WithMany().HasForeignKey(k => k.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(k => k.OwnerLead).WithMany().HasForeignKey(k => k.OwnerLeadId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(k => k.Measurements).WithOne().HasForeignKey(m => m.KpiId).OnDelete(DeleteBehavior.Cascade);
    }
}
