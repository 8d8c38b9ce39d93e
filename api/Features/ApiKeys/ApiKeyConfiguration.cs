using DeliveryTracker.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeliveryTracker.Api.Features.ApiKeys;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.Name).HasMaxLength(100).UseCollation("und-ci");
        builder.Property(k => k.Prefix).HasMaxLength(20);
        builder.Property(k => k.Hash).HasMaxLength(32);
        builder.Property(k => k.CreatedBy).HasMaxLength(320);
        builder.PrimitiveCollection(k => k.Scopes).ElementType(e => e.HasConversion<string>());
        builder.Property(k => k.Version).IsXminConcurrencyToken();
        builder.HasIndex(k => k.Name).IsUnique();
        builder.HasIndex(k => k.Prefix).IsUnique();
    }
}
