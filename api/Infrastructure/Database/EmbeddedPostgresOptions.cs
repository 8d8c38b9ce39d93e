namespace DeliveryTracker.Api.Infrastructure.Database;

/// <summary>Settings for the PostgreSQL server the app starts itself when no connection string is configured.</summary>
public sealed class EmbeddedPostgresOptions
{
    public const string Section = "EmbeddedPostgres";

    /// <summary>
    /// Where the cluster lives. Default: <c>$XDG_DATA_HOME/delivery-tracker/postgres</c> (<c>~/.local/share/…</c>);
    /// as root, <c>/var/lib/delivery-tracker/postgres</c>, because the <c>postgres</c> user that must own the folder
    /// cannot enter root's home.
    /// </summary>
    public string? DataDirectory { get; set; }

    /// <summary>The folder with <c>initdb</c>, <c>pg_ctl</c> and <c>postgres</c>; default: the newest under <c>/usr/lib/postgresql</c>.</summary>
    public string? BinDirectory { get; set; }

    /// <summary>Loopback port; 0 picks a free one at each start.</summary>
    public int Port { get; set; }

    public string Database { get; set; } = "delivery_tracker";

    /// <summary>Trades durability for speed (fsync off) and allows more connections (parallel test fixtures each pool their own). Only for throwaway test clusters.</summary>
    public bool Ephemeral { get; set; }
}
