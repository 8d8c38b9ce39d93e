using System.Text.RegularExpressions;

namespace DeliveryTracker.Tests.Infrastructure.Requests;

/// <summary>One operation of the document.</summary>
/// <param name="Method">GET, POST …</param>
/// <param name="Path">The route template, e.g. <c>/api/v1/plans/{planId}</c>.</param>
/// <param name="OperationId">Its name.</param>
/// <param name="Query">Its query parameters with their enum values, if any.</param>
/// <param name="ResponseMediaTypes">The media types of its success responses.</param>
public sealed record OpenApiOperation(string Method, string Path, string OperationId, IReadOnlyDictionary<string, IReadOnlyList<string>> Query, IReadOnlyList<string> ResponseMediaTypes)
{
    /// <summary>The path with a new id in every route parameter.</summary>
    public string ConcretePath => Regex.Replace(Path, "\\{[^}]+\\}", _ => Guid.CreateVersion7().ToString());

    public override string ToString() => $"{Method} {Path}";
}
