using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeliveryTracker.Api.Data;

/// <summary>Shared pieces of entity configuration.</summary>
public static class EntityConfigurationExtensions
{
    /// <summary>
    /// Maps a <c>uint Version</c> property onto PostgreSQL's <c>xmin</c> system column as the concurrency token.
    /// </summary>
    /// <remarks>
    /// The column name is set explicitly: the snake_case naming convention would otherwise rename it to
    /// <c>version</c>, and migrations would then add a real <c>version xid</c> column that never changes, so every
    /// concurrent write would silently win. Npgsql's migration generator skips system columns named <c>xmin</c>.
    /// </remarks>
    public static PropertyBuilder<uint> IsXminConcurrencyToken(this PropertyBuilder<uint> property) =>
        property.HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
}
