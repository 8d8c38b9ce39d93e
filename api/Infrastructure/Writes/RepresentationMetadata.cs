namespace DeliveryTracker.Api.Infrastructure.Writes;

/// <summary>
/// Endpoint metadata of a PUT or PATCH: the request type it takes and the representation (DTO) its GET returns, whose
/// writable fields the request is.
/// </summary>
public sealed record RepresentationMetadata(Type Request, Type Representation);
