using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Data.Seed;
using DeliveryTracker.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace DeliveryTracker.Tests.Data;

public sealed class DemoPlanSeederTests
{
    [Test]
    public async Task Seed_RunTwice_LoadsThePlanOnce()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        try
        {
            await using var db = new TrackerDbContext(TrackerDatabase.Configure(new(), connectionString).Options);
            var countsBefore = (await db.Plans.CountAsync(), await db.Actions.CountAsync(), await db.Leads.CountAsync());
            var existingId = await db.Plans.Select(p => p.Id).SingleAsync();

            var id = await new DemoPlanSeeder(db, NullLogger<DemoPlanSeeder>.Instance).SeedAsync(CancellationToken.None);

            Assert.That(id, Is.EqualTo(existingId));
            Assert.That((await db.Plans.CountAsync(), await db.Actions.CountAsync(), await db.Leads.CountAsync()), Is.EqualTo(countsBefore));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connectionString);
        }
    }

    [Test]
    public async Task Seed_LoadsEveryRecommendationOfTheFileAndTheBoardReportKpis()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        try
        {
            await using var db = new TrackerDbContext(TrackerDatabase.Configure(new(), connectionString).Options);

            var document = DemoPlanSeeder.ReadDocument();
            var numbers = await db.Recommendations.OrderBy(r => r.Number).Select(r => r.Number).ToListAsync();
            Assert.That(numbers, Is.EqualTo(document.Review.Recommendations.Select(r => r.Number).Order()));
            // The review numbers its recommendations from 1 with none missing.
            Assert.That(numbers, Is.EqualTo(Enumerable.Range(1, numbers.Count)));

            var daAttendance = await db.Kpis.Include(k => k.Measurements)
                .SingleAsync(k => k.Target == 90 && k.Measurements.Any(m => m.Value == 75));
            Assert.That(daAttendance.Unit, Is.EqualTo(DeliveryTracker.Contracts.Kpis.KpiUnit.Percent));

            // The 2019-vs-2020 crime comparison: each category has a 2019 and a 2020 value for every period.
            var crimeSeries = await db.Kpis.Where(k => k.Code.StartsWith("CRIME-")).Include(k => k.Measurements).ToListAsync();
            Assert.That(crimeSeries, Is.Not.Empty);
            Assert.That(crimeSeries.Select(k => k.Measurements.Count(m => m.PeriodEnd.Year == 2019) == k.Measurements.Count(m => m.PeriodEnd.Year == 2020)), Is.All.True);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connectionString);
        }
    }

    [Test]
    public void DemoPlanDocument_EveryActionReferenceFollowsItsThemeCode()
    {
        var document = DemoPlanSeeder.ReadDocument();

        foreach (var theme in document.Themes)
        {
            Assert.That(theme.Objectives.SelectMany(o => o.Actions).Select(a => a.Reference), Is.All.StartWith(theme.Code + "-"));
        }
    }
}
