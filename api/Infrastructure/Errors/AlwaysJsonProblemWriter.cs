using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace DeliveryTracker.Api.Infrastructure.Errors;

/// <summary>
/// The last problem writer: the framework's own writes only when <c>Accept</c> allows JSON, which would leave a 406
/// (or any error for a client asking for, say, <c>text/csv</c>) with an empty body. An error is always described, as
/// <c>application/problem+json</c>, which RFC 9110 allows whatever the client asked for.
/// </summary>
internal sealed class AlwaysJsonProblemWriter(IOptions<JsonOptions> json, IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        problem.Status ??= context.HttpContext.Response.StatusCode;
        problem.Title ??= Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        options.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(problem, problem.GetType(), json.Value.SerializerOptions, "application/problem+json"));
    }
}
