using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeliveryTracker.Api.Features.Reminders;

internal sealed class DigestDeliveryConfiguration : IEntityTypeConfiguration<DigestDelivery>
{
    public void Configure(EntityTypeBuilder<DigestDelivery> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.LastError).HasMaxLength(1000);
        builder.HasIndex(d => new { d.DigestId, d.Channel }).IsUnique();
        // The sweep that re-enqueues deliveries a crash left behind reads pending rows only.
        builder.HasIndex(d => d.CreatedAt).HasFilter("state = 'Pending'");
        builder.HasOne<ReminderDigest>().WithMany().HasForeignKey(d => d.DigestId).OnDelete(DeleteBehavior.Cascade);
    }
}
