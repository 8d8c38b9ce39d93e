using System.Diagnostics;

namespace DeliveryTracker.Tests.Infrastructure;

/// <summary>
/// Waits for background work (Hangfire jobs) to reach a state. Not a timed assertion: the limit only stops a test that
/// would otherwise hang, and is generous for a loaded 2-core machine; the test then asserts on the state reached.
/// </summary>
public static class Eventually
{
    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, TimeSpan? limit = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > (limit ?? TimeSpan.FromSeconds(120)))
            {
                throw new TimeoutException($"Gave up waiting for {what} after {waited.Elapsed.TotalSeconds:0} s.");
            }

            await Task.Delay(200);
        }
    }
}
