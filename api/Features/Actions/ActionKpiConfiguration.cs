using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeliveryTracker.Api.Features.Actions;

internal sealed class ActionKpiConfiguration : IEntityTypeConfiguration<ActionKpi>
{
    public void Configure(EntityTypeBuilder<ActionKpi> builder)
    {
        builder.HasKey(k => new { k.ActionId, k.KpiId });
        builder.HasIndex(k => k.KpiId);
        builder.HasOne(k => k.Kpi).WithMany().HasForeignKey(k => k.KpiId).OnDelete(DeleteBehavior.Restrict);
    }
}
