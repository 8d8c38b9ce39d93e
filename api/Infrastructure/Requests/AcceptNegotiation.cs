using Microsoft.Net.Http.Headers;

namespace DeliveryTracker.Api.Infrastructure.Requests;

/// <summary>
/// Refuses with 406 a request whose <c>Accept</c> header allows none of the formats its operation answers in, instead
/// of sending JSON the client said it cannot read. A JSON operation accepts <c>application/json</c>,
/// <c>application/problem+json</c>, <c>application/*</c> and <c>*/*</c> (with any parameters or quality above 0), which
/// covers browsers (<c>text/html,…,*/*;q=0.8</c>) and the generated client (<c>application/json</c>). Operations that
/// answer without a body, and endpoints outside the OpenAPI document, are not checked.
/// </summary>
public sealed class AcceptNegotiation(RequestDelegate next, OperationCatalogue catalogue)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var accept = context.Request.Headers.Accept;
        if (accept.Count == 0 || catalogue.Find(context.GetEndpoint()) is not { ResponseMediaTypes.Count: > 0 } operation)
        {
            return next(context);
        }

        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            // An Accept header that cannot be read is ignored, as RFC 9110 allows, rather than refused.
            return next(context);
        }

        // Compared by type/subtype only: a charset or version parameter in Accept does not make JSON unacceptable.
        var wanted = ranges.Where(r => r.Quality is not 0).Select(r => new MediaTypeHeaderValue(r.MediaType)).ToList();
        if (!operation.Acceptable.Any(m => wanted.Any(m.IsSubsetOf)))
        {
            throw new NotAcceptableException([.. operation.ResponseMediaTypes]);
        }

        return next(context);
    }
}
