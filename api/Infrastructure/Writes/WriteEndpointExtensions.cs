using DeliveryTracker.Api.Infrastructure.Errors;

namespace DeliveryTracker.Api.Infrastructure.Writes;

/// <summary>Declares a resource's PUT and PATCH, so both take the writable fields of its representation.</summary>
public static class WriteEndpointExtensions
{
    /// <summary>
    /// A PUT whose body is every writable field of <typeparamref name="TRepresentation"/> (all required): the read-only
    /// members a client copies from a GET are dropped before binding (<see cref="ReplacementBody"/>).
    /// </summary>
    public static RouteHandlerBuilder ReplacesRepresentation<TRequest, TRepresentation>(this RouteHandlerBuilder builder) =>
        builder
            .WithMetadata(new RepresentationMetadata(typeof(TRequest), typeof(TRepresentation)))
            .ProducesWriteProblems();

    /// <summary>A PATCH taking a JSON Merge Patch of <typeparamref name="TRequest"/> (see <see cref="MergePatch"/>).</summary>
    public static RouteHandlerBuilder AcceptsMergePatch<TRequest, TRepresentation>(this RouteHandlerBuilder builder)
        where TRequest : notnull =>
        builder
            .WithMetadata(new RepresentationMetadata(typeof(TRequest), typeof(TRepresentation)))
            .Accepts<TRequest>(MergePatch.MediaType)
            .WithDescription($"JSON Merge Patch (RFC 7396, {MergePatch.MediaType}): send only the fields to change; null clears a field that may be empty. The result is checked as a PUT body would be.")
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
