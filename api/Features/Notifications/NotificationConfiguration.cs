using DeliveryTracker.Api.Features.Accounts;
using DeliveryTracker.Api.Features.Leads;
using DeliveryTracker.Api.Features.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeliveryTracker.Api.Features.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Subject).HasMaxLength(300);
        builder.Property(n => n.Body).HasMaxLength(20000);
        builder.HasIndex(n => new { n.UserId, n.CreatedAt });
        builder.HasIndex(n => new { n.LeadId, n.CreatedAt });
        // One in-app notification per digest: the in-app delivery job run twice inserts nothing new.
        builder.HasIndex(n => n.DigestId).IsUnique();
        builder.ToTable(t => t.HasCheckConstraint("ck_notifications_recipient", "lead_id IS NOT NULL OR user_id IS NOT NULL"));
        builder.HasOne<Lead>().WithMany().HasForeignKey(n => n.LeadId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<TrackerUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ReminderDigest>().WithMany().HasForeignKey(n => n.DigestId).OnDelete(DeleteBehavior.Cascade);
    }
}
