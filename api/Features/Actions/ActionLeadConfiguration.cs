using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeliveryTracker.Api.Features.Actions;

internal sealed class ActionLeadConfiguration : IEntityTypeConfiguration<ActionLead>
{
    public void Configure(EntityTypeBuilder<ActionLead> builder)
    {
        builder.HasKey(l => new { l.ActionId, l.LeadId });
        builder.HasIndex(l => l.LeadId);
        // At most one primary lead per action.
        builder.HasIndex(l => l.ActionId).IsUnique().HasFilter("is_primary").HasDatabaseName("ix_action_leads_one_primary");
        builder.HasOne(l => l.Lead).WithMany().HasForeignKey(l => l.LeadId).OnDelete(DeleteBehavior.Restrict);
    }
}
