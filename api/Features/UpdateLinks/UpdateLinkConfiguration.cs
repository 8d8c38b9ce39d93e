using DeliveryTracker.Api.Features.Leads;
using DeliveryTracker.Api.Features.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeliveryTracker.Api.Features.UpdateLinks;

internal sealed class UpdateLinkConfiguration : IEntityTypeConfiguration<UpdateLink>
{
    public void Configure(EntityTypeBuilder<UpdateLink> builder)
    {
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.RevokedBy).HasMaxLength(256);
        // One link per digest: a retried email signs the same link again.
        builder.HasIndex(l => l.DigestId).IsUnique();
        builder.HasIndex(l => l.LeadId);
        builder.HasOne<ReminderDigest>().WithMany().HasForeignKey(l => l.DigestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Lead>().WithMany().HasForeignKey(l => l.LeadId).OnDelete(DeleteBehavior.Cascade);
    }
}
