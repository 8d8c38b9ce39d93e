namespace DeliveryTracker.Api.Infrastructure;

/// <summary>
/// Links to the SPA from messages that leave the request (emails, in-app notifications written by jobs), where there is no
/// request to take a host from. The base is <c>App:PublicBaseUrl</c> (default http://127.0.0.1:5080, what
/// <c>.ci/start</c> serves); the paths mirror <c>client/src/config/paths.ts</c>.
/// </summary>
public sealed class PublicUrls(IConfiguration configuration)
{
    public const string DefaultBaseUrl = "http://127.0.0.1:5080";

    private readonly string _base = (configuration["App:PublicBaseUrl"] is { Length: > 0 } configured ? configured : DefaultBaseUrl).TrimEnd('/');

    /// <summary>The action's page, e.g. http://127.0.0.1:5080/actions/0193…, as <c>paths.actions.action</c> in the SPA.</summary>
    public Uri Action(Guid actionId) => new($"{_base}/actions/{actionId}");
}
