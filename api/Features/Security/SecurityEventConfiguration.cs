using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeliveryTracker.Api.Features.Security;

internal sealed class SecurityEventConfiguration : IEntityTypeConfiguration<SecurityEvent>
{
    public void Configure(EntityTypeBuilder<SecurityEvent> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Actor).HasMaxLength(330);
        builder.Property(e => e.Subject).HasMaxLength(330);
        builder.Property(e => e.IpAddress).HasMaxLength(45);
        builder.Property(e => e.Detail).HasMaxLength(2000);
        builder.HasIndex(e => e.Subject);
        builder.HasIndex(e => new { e.Kind, e.Id });
    }
}
