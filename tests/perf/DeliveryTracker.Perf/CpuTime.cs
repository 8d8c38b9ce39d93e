using System.Globalization;

namespace DeliveryTracker.Perf;

/// <summary>
/// CPU time (user + system) used so far by a process, or by a PostgreSQL server and all its backends, read from
/// <c>/proc</c>. Differences over a run divided by its requests give CPU per request, which other work on the machine
/// does not skew the way it skews wall-clock latency.
/// </summary>
public static class CpuTime
{
    // USER_HZ: the unit of utime and stime in /proc/<pid>/stat; 100 on every Linux build this runs on.
    private const double TicksPerSecond = 100;

    public static TimeSpan OfProcess(int processId) => Read(processId)?.Cpu ?? TimeSpan.Zero;

    /// <summary>The postmaster (first line of <c>postmaster.pid</c>) and every process it started.</summary>
    public static TimeSpan OfPostgres(string dataDirectory)
    {
        var postmaster = int.Parse(File.ReadLines(Path.Combine(dataDirectory, "postmaster.pid")).First(), CultureInfo.InvariantCulture);
        var total = OfProcess(postmaster);
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && Read(pid) is { ParentId: var parent, Cpu: var cpu } && parent == postmaster)
            {
                total += cpu;
            }
        }

        return total;
    }

    private static (int ParentId, TimeSpan Cpu)? Read(int processId)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{processId}/stat");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // Exited meanwhile.
        }

        // "pid (comm) state ppid … utime stime …": comm may hold spaces, so count fields after its closing parenthesis.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return (int.Parse(fields[1], CultureInfo.InvariantCulture), TimeSpan.FromSeconds(ticks / TicksPerSecond));
    }
}
