namespace DeliveryTracker.Api.Infrastructure.Requests;

/// <summary>
/// What one API operation takes in its query string and answers with, read from the same endpoint metadata the
/// OpenAPI document is built from, so the checks in this folder and the document can never disagree.
/// </summary>
/// <param name="QueryParameters">camelCase name → the bound .NET type (nullable and array wrappers included).</param>
/// <param name="ResponseMediaTypes">The media types of its success responses; empty when it answers without a body.</param>
public sealed record OperationContract(IReadOnlyDictionary<string, Type> QueryParameters, IReadOnlyList<string> ResponseMediaTypes);
