using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Features.Plans;
using DeliveryTracker.Api.Features.Themes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeliveryTracker.Api.Features.Actions;

internal sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> builder)
    {
        builder.ToTable("actions");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ReferenceCode).HasMaxLength(30).UseCollation(TrackerDbContext.NaturalCollation);
        // Written by the plan-order triggers (PlanOrderTriggers), read back after every save; EF never sends them.
        foreach (var position in new[] { nameof(PlanAction.ThemePosition), nameof(PlanAction.ObjectivePosition) })
        {
            var property = builder.Property<int>(position).ValueGeneratedOnAddOrUpdate().Metadata;
            property.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
            property.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        }

        builder.Property(a => a.Text).HasMaxLength(4000);
        builder.Property(a => a.KpiText).HasMaxLength(1000);
        builder.Property(a => a.SourceNote).HasMaxLength(2000);
        builder.Property(a => a.Version).IsXminConcurrencyToken();
        builder.ToTable(t => t.HasCheckConstraint("ck_actions_percent_complete", "percent_complete BETWEEN 0 AND 100"));

        builder.OwnsOne(a => a.Timescale, timescale =>
        {
            timescale.Property(t => t.Raw).HasMaxLength(200);
            timescale.Property(t => t.Note).HasMaxLength(500);
            timescale.HasIndex(t => t.DueDate);
        });
        builder.Navigation(a => a.Timescale).IsRequired();

        builder.HasOne<Plan>().WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Theme>().WithMany().HasForeignKey(a => a.ThemeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.PlanId, a.ReferenceCode }).IsUnique();
        builder.HasIndex(a => new { a.ObjectiveId, a.Position });
        builder.HasIndex(a => new { a.ThemeId, a.Status });
        builder.HasIndex(a => new { a.PlanId, a.Status });
        builder.HasIndex(a => new { a.UpdatedAt, a.Id });
        // The list's default order, plan order: a filter without plan or theme (overdue, status, q, recommendation)
        // walks this index and stops after a page, instead of rating and sorting every action (docs/performance.md).
        builder.HasIndex(a => new { a.PlanId, a.ThemePosition, a.ObjectivePosition, a.Position, a.Id }).HasDatabaseName("ix_actions_plan_order");
        // sort=Reference, in natural order (the column's collation).
        builder.HasIndex(a => new { a.ReferenceCode, a.Id });

        // Free-text search ("q") over the reference and the text, kept by PostgreSQL itself.
        builder.HasGeneratedTsVectorColumn(a => a.SearchVector, "english", a => new { a.ReferenceCode, a.Text })
            .HasIndex(a => a.SearchVector)
            .HasMethod("GIN");

        builder.HasMany(a => a.Leads).WithOne().HasForeignKey(l => l.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Kpis).WithOne().HasForeignKey(k => k.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Recommendations).WithOne().HasForeignKey(r => r.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.ProgressUpdates).WithOne().HasForeignKey(u => u.ActionId).OnDelete(DeleteBehavior.Cascade);
    }
}
