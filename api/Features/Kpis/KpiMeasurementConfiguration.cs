using DeliveryTracker.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeliveryTracker.Api.Features.Kpis;

internal sealed class KpiMeasurementConfiguration : IEntityTypeConfiguration<KpiMeasurement>
{
    public void Configure(EntityTypeBuilder<KpiMeasurement> builder)
    {
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.PeriodLabel).HasMaxLength(100);
        builder.Property(m => m.Source).HasMaxLength(500);
        builder.Property(m => m.Note).HasMaxLength(2000);
        builder.Property(m => m.Value).HasPrecision(18, 4);
        builder.Property(m => m.Version).IsXminConcurrencyToken();
        // One value per KPI and period: a feed that sends a period again corrects it rather than adding a second.
        builder.HasIndex(m => new { m.KpiId, m.PeriodStart, m.PeriodEnd }).IsUnique();
        builder.HasIndex(m => new { m.UpdatedAt, m.Id });
        builder.ToTable(t => t.HasCheckConstraint("ck_kpi_measurements_period", "period_start <= period_end"));
    }
}
