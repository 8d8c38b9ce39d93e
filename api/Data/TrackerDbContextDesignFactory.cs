using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DeliveryTracker.Api.Data;

/// <summary>Lets <c>dotnet ef</c> build the model without running <c>Program</c> (which would start a database).</summary>
internal sealed class TrackerDbContextDesignFactory : IDesignTimeDbContextFactory<TrackerDbContext>
{
    public TrackerDbContext CreateDbContext(string[] args) =>
        new(TrackerDatabase.Configure(new DbContextOptionsBuilder<TrackerDbContext>(), "Host=localhost;Database=design_time").Options);
}
