using Npgsql;

namespace DeliveryTracker.Tests.Infrastructure;

/// <summary>
/// The one place tests write rows with SQL, for what the API cannot do: put data into the past (progress updates posted
/// in 2019, a plan whose period started years ago, a measurement recorded late). Everything else is set up through the
/// API (<see cref="ApiFixture"/>'s <c>New…Async</c> helpers), so tests read rows written by production code.
/// </summary>
public static class TestRows
{
    /// <summary>Runs <paramref name="sql"/> with named parameters; returns the rows affected.</summary>
    public static async Task<int> ExecuteAsync(string connectionString, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// The rows of <paramref name="sql"/>, each as its column values (DBNull as null): for state no endpoint shows yet
    /// (the delivery outbox, a reminder's delivery record), never to set data up.
    /// </summary>
    public static async Task<IReadOnlyList<object?[]>> QueryAsync(string connectionString, string sql, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row.Select(value => value is DBNull ? null : value).ToArray());
        }

        return rows;
    }
}
