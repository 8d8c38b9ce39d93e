using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeliveryTracker.Api.Features.ProgressUpdates;

internal sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> builder)
    {
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.AuthorName).HasMaxLength(200);
        builder.Property(u => u.Justification).HasMaxLength(2000);
        builder.Property(u => u.Note).HasMaxLength(4000);
        builder.HasIndex(u => new { u.ActionId, u.PostedAt });
        builder.ToTable(t => t.HasCheckConstraint("ck_progress_updates_percent_complete", "percent_complete BETWEEN 0 AND 100"));
    }
}
