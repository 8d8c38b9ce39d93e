using DeliveryTracker.Api.Features.Accounts;
using DeliveryTracker.Api.Features.Actions;
using DeliveryTracker.Api.Features.Leads;
using DeliveryTracker.Api.Features.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeliveryTracker.Api.Features.Reminders;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Cycle).HasMaxLength(40);
        builder.Property(r => r.LastFailure).HasMaxLength(1000);
        builder.PrimitiveCollection(r => r.DeliveredVia).ElementType(e => e.HasConversion<string>());
        // The scan inserts with ON CONFLICT DO NOTHING against this key, which makes it idempotent. NULLS NOT DISTINCT:
        // a recipient is a lead or a user, and the empty one must still count as equal.
        builder.HasIndex(r => new { r.ActionId, r.Kind, r.Cycle, r.LeadId, r.UserId }).IsUnique().AreNullsDistinct(false);
        builder.HasIndex(r => new { r.PlanId, r.CreatedAt });
        builder.HasIndex(r => r.DigestId);
        builder.HasIndex(r => r.LeadId);
        builder.HasIndex(r => r.UserId);
        builder.ToTable(t => t.HasCheckConstraint("ck_reminders_one_recipient", "(lead_id IS NULL) <> (user_id IS NULL)"));
        builder.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PlanAction>().WithMany().HasForeignKey(r => r.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Lead>().WithMany().HasForeignKey(r => r.LeadId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TrackerUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ReminderDigest>().WithMany().HasForeignKey(r => r.DigestId).OnDelete(DeleteBehavior.SetNull);
    }
}
