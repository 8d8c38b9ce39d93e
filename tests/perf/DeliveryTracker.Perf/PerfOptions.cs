using System.Globalization;

namespace DeliveryTracker.Perf;

/// <summary>The command line of the actions benchmark.</summary>
/// <param name="Actions">How many actions the synthetic data set has.</param>
/// <param name="Seconds">How long each endpoint is measured under load (after the warm-up).</param>
/// <param name="Concurrency">Concurrent client workers, each sending its next request when the last one answered.</param>
/// <param name="WarmupSeconds">Load before each measurement that is not counted (JIT, query caches, connection pools).</param>
/// <param name="FirstPageRequests">Sequential requests per filter when timing first pages without load.</param>
/// <param name="KeepData">Where to keep the cluster and logs, and reuse them next time; null: a temporary folder, removed at the end.</param>
/// <param name="SqlLog">Let the API log every SQL command (EF Core's Database.Command category) into its log file.</param>
/// <param name="Seed">Seed of the data generator and of the filter picks, so runs are repeatable.</param>
/// <param name="NoJit">Turn PostgreSQL's JIT compilation off for the database (<c>ALTER DATABASE … SET jit = off</c>).</param>
public sealed record PerfOptions(
    int Actions = 200_000,
    int Seconds = 20,
    int Concurrency = 16,
    int WarmupSeconds = 3,
    int FirstPageRequests = 200,
    string? KeepData = null,
    bool SqlLog = false,
    int Seed = 2026,
    bool NoJit = false)
{
    public const string Usage = """
        Benchmark of GET /api/v1/actions against a raw Npgsql endpoint on a synthetic data set.
        Usage: dotnet run -c Release --project tests/perf/DeliveryTracker.Perf -- [options]
          --actions N          actions to generate (default 200000)
          --seconds N          measured seconds per endpoint under load (default 20)
          --concurrency N      concurrent client workers (default 16)
          --warmup N           unmeasured warm-up seconds before each load run (default 3)
          --first-page N       sequential requests per filter for first-page timings (default 200)
          --keep-data DIR      keep the PostgreSQL cluster and logs in DIR and reuse a loaded cluster next time
          --sql-log            let the API log its SQL (EF Core Database.Command) into DIR/api.log
          --seed N             generator and filter seed (default 2026)
          --no-jit             ALTER DATABASE … SET jit = off before the API starts (default: PostgreSQL's default, on)
        """;

    /// <summary>Reads the command line; null when help was asked for.</summary>
    /// <exception cref="ArgumentException">An unknown option or a value that is not a positive number.</exception>
    public static PerfOptions? Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new PerfOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            int Number() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : throw new ArgumentException($"{name} needs a positive whole number.");
            options = name switch
            {
                "--actions" => options with { Actions = Number() },
                "--seconds" => options with { Seconds = Number() },
                "--concurrency" => options with { Concurrency = Number() },
                "--warmup" => options with { WarmupSeconds = Number() },
                "--first-page" => options with { FirstPageRequests = Number() },
                "--keep-data" => options with { KeepData = Path.GetFullPath(Value()) },
                "--sql-log" => options with { SqlLog = true },
                "--seed" => options with { Seed = Number() },
                "--no-jit" => options with { NoJit = true },
                "--help" or "-h" => null,
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
            if (options is null)
            {
                return null;
            }
        }

        return options;
    }
}
