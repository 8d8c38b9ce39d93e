using Microsoft.Net.Http.Headers;

namespace DeliveryTracker.Api.Infrastructure.Requests;

/// <summary>
/// What one API operation takes in its query string and answers with, read from the same endpoint metadata the
/// OpenAPI document is built from, so the checks in this folder and the document can never disagree. Built once per
/// operation (<see cref="OperationCatalogue"/>), so a request only looks things up.
/// </summary>
/// <param name="QueryParameters">camelCase name (any case finds it) → what one value of it must be.</param>
/// <param name="ResponseMediaTypes">The media types of its success responses; empty when it answers without a body.</param>
/// <param name="Acceptable">What an <c>Accept</c> header may ask for: the response types by type/subtype, plus
/// <c>application/problem+json</c> when the operation answers in JSON.</param>
public sealed record OperationContract(
    IReadOnlyDictionary<string, QueryParameter> QueryParameters,
    IReadOnlyList<string> ResponseMediaTypes,
    IReadOnlyList<MediaTypeHeaderValue> Acceptable);
