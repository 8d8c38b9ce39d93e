using DeliveryTracker.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeliveryTracker.Api.Features.Webhooks;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.Name).HasMaxLength(100);
        builder.Property(w => w.Url).HasMaxLength(2000);
        builder.Property(w => w.EncryptedSecret).HasMaxLength(1000);
        builder.Property(w => w.CreatedBy).HasMaxLength(330);
        builder.PrimitiveCollection(w => w.Events).ElementType(e => e.HasConversion<string>());
        builder.Property(w => w.Version).IsXminConcurrencyToken();
    }
}
