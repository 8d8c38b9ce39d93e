using System.Text.RegularExpressions;

namespace DeliveryTracker.Tests.Infrastructure.Requests;

/// <summary>One operation of the document.</summary>
/// <param name="Method">GET, POST …</param>
/// <param name="Path">The route template, e.g. <c>/api/v1/plans/{planId}</c>.</param>
/// <param name="OperationId">Its name.</param>
/// <param name="Query">Its query parameters with their enum values, if any.</param>
/// <param name="ResponseMediaTypes">The media types of its success responses.</param>
/// <param name="Policy">Its authorization policy (<c>x-authorization-policy</c>), e.g. "read-plans" or "use-update-link".</param>
public sealed record OpenApiOperation(string Method, string Path, string OperationId, IReadOnlyDictionary<string, IReadOnlyList<string>> Query, IReadOnlyList<string> ResponseMediaTypes, string? Policy)
{
    /// <summary>The policy only a signed update link satisfies: no user or key gets past it, so such operations are called with a link.</summary>
    public const string UpdateLinkPolicy = "use-update-link";

    /// <summary>The path with a new id in every route parameter.</summary>
    public string ConcretePath => Regex.Replace(Path, "\\{[^}]+\\}", _ => Guid.CreateVersion7().ToString());

    public override string ToString() => $"{Method} {Path}";
}
