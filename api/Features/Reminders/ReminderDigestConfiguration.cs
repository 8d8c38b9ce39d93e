using DeliveryTracker.Api.Features.Accounts;
using DeliveryTracker.Api.Features.Leads;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeliveryTracker.Api.Features.Reminders;

internal sealed class ReminderDigestConfiguration : IEntityTypeConfiguration<ReminderDigest>
{
    public void Configure(EntityTypeBuilder<ReminderDigest> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasIndex(d => d.LeadId);
        builder.HasIndex(d => d.UserId);
        builder.ToTable(t => t.HasCheckConstraint("ck_reminder_digests_recipient", "lead_id IS NOT NULL OR user_id IS NOT NULL"));
        builder.HasOne<Lead>().WithMany().HasForeignKey(d => d.LeadId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TrackerUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
