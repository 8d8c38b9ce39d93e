using Hangfire.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using HangfireLogLevel = Hangfire.Logging.LogLevel;
using LogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace DeliveryTracker.Api.Jobs;

/// <summary>
/// Hangfire's logs into this app's logging. Hangfire keeps one log provider for the whole process
/// (<c>LogProvider.SetCurrentLogProvider</c>), and its components create loggers as they are built; with the default
/// provider, a process that stops one host while another runs (the tests host many) has every later Hangfire component
/// call a disposed logger factory and fail. This provider turns a disposed factory into silence instead; in a deployment
/// (one host per process) it behaves exactly like Hangfire's own.
/// </summary>
public sealed class HangfireLogProvider(ILoggerFactory loggers) : ILogProvider
{
    public ILog GetLogger(string name)
    {
        try
        {
            return new Forwarder(loggers.CreateLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return new Forwarder(NullLogger.Instance);
        }
    }

    private sealed class Forwarder(ILogger logger) : ILog
    {
        public bool Log(HangfireLogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            var level = logLevel switch
            {
                HangfireLogLevel.Trace => LogLevel.Trace,
                HangfireLogLevel.Debug => LogLevel.Debug,
                HangfireLogLevel.Info => LogLevel.Information,
                HangfireLogLevel.Warn => LogLevel.Warning,
                HangfireLogLevel.Error => LogLevel.Error,
                HangfireLogLevel.Fatal => LogLevel.Critical,
                _ => LogLevel.None,
            };
            try
            {
                // A null message asks only whether the level is enabled.
                if (messageFunc is null)
                {
                    return logger.IsEnabled(level);
                }

                logger.Log(level, exception, "{HangfireMessage}", messageFunc());
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
