using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace DeliveryTracker.Api.Infrastructure.Writes;

/// <summary>
/// Lets a PUT take back what its GET returned: before the body is bound, the members that are read-only in the
/// representation (<c>id</c>, <c>etag</c>, <c>updatedAt</c>, <c>rating</c>, a lead's <c>name</c> …) are dropped. The
/// rest is bound and validated as usual, so every writable field is required and unknown members are refused.
/// </summary>
/// <remarks>Runs only for endpoints declared with <see cref="WriteEndpointExtensions.ReplacesRepresentation{TRequest, TRepresentation}"/>.</remarks>
public sealed class ReplacementBody(RequestDelegate next, IOptions<JsonOptions> json)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsPut(context.Request.Method)
            || context.GetEndpoint()?.Metadata.GetMetadata<RepresentationMetadata>() is not { } metadata
            || !context.Request.HasJsonContentType())
        {
            await next(context);
            return;
        }

        context.Request.EnableBuffering();
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            // Malformed JSON: leave the body as sent, so binding reports it the way it reports every bad body.
            body = null;
        }

        context.Request.Body.Position = 0;
        if (body is JsonObject members)
        {
            var options = json.Value.SerializerOptions;
            WritableRepresentation.RemoveReadOnly(members, options.GetTypeInfo(metadata.Request), options.GetTypeInfo(metadata.Representation));
            var rewritten = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(members, options));
            context.Response.RegisterForDispose(rewritten);
            context.Request.Body = rewritten;
            context.Request.ContentLength = rewritten.Length;
        }

        await next(context);
    }
}
