using Npgsql;

namespace DeliveryTracker.Perf;

/// <summary>
/// The requests of the benchmark, drawn with a seeded random from the loaded data: the load mix (20 themes × Red, Amber,
/// Green, in shuffled order) and, for the unloaded first-page timings, one list of paths per kind of filter.
/// </summary>
public sealed class BenchmarkFilters
{
    private const string Path = "/api/v1/actions";
    private static readonly string[] LoadRatings = ["Red", "Amber", "Green"];
    private static readonly string[] OpenStatuses = ["Blocked", "OnHold", "NotStarted", "InProgress"];

    private BenchmarkFilters(IReadOnlyList<string> load, IReadOnlyList<(string Name, IReadOnlyList<string> Paths)> firstPages)
    {
        Load = load;
        FirstPages = firstPages;
    }

    /// <summary>Theme + effective rating: the paths both endpoints serve under load.</summary>
    public IReadOnlyList<string> Load { get; }

    /// <summary>Kinds of filter (theme + rag first), each with the paths cycled through when timing first pages.</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<string> Paths)> FirstPages { get; }

    public static async Task<BenchmarkFilters> PickAsync(NpgsqlDataSource database, int seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var random = new Random(seed);
        var themes = Pick(random, await IdsAsync(database, "SELECT id FROM themes ORDER BY id", cancellationToken), 20);
        var plans = Pick(random, await IdsAsync(database, "SELECT id FROM plans ORDER BY id", cancellationToken), 20);
        var leads = Pick(random, await IdsAsync(database, "SELECT DISTINCT lead_id FROM action_leads ORDER BY lead_id", cancellationToken), 20);
        var numbers = Pick(random, Enumerable.Range(1, SyntheticPlan.RecommendationsPerReview).ToList(), 20);

        var load = themes.SelectMany(t => LoadRatings.Select(rag => $"{Path}?themeId={t}&rag={rag}")).ToArray();
        random.Shuffle(load);
        var firstPages = new List<(string, IReadOnlyList<string>)>
        {
            ("theme + rag", load),
            ("plan", plans.Select(p => $"{Path}?planId={p}").ToList()),
            ("lead", leads.Select(l => $"{Path}?leadId={l}").ToList()),
            ("overdue=true", [$"{Path}?overdue=true"]),
            ("q (one word)", SyntheticPlan.SearchWords.Select(w => $"{Path}?q={w}").ToList()),
            ("recommendation", numbers.Select(n => $"{Path}?recommendation={n}").ToList()),
            ("status", OpenStatuses.Select(s => $"{Path}?status={s}").ToList()),
        };
        return new BenchmarkFilters(load, firstPages);
    }

    private static List<T> Pick<T>(Random random, List<T> from, int count)
    {
        var copy = from.ToArray();
        random.Shuffle(copy);
        return copy.Take(count).ToList();
    }

    private static async Task<List<Guid>> IdsAsync(NpgsqlDataSource database, string sql, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }
}
