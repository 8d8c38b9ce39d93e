using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using DeliveryTracker.Api.Infrastructure.Errors;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Validation;
using Microsoft.Net.Http.Headers;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace DeliveryTracker.Api.Infrastructure.Writes;

/// <summary>
/// JSON Merge Patch (RFC 7396) for every resource that has a PUT: the patch is applied to the resource's current
/// writable representation and the result is read and validated exactly as that PUT's body would be, so a PATCH can
/// do nothing a PUT cannot, and nothing the client did not send changes.
/// </summary>
/// <remarks>
/// <c>PATCH /themes/{id}</c> with <c>{"title": "Tackling violence"}</c> on a theme <c>{"code": "SYV", "title": "…"}</c>
/// is the PUT <c>{"code": "SYV", "title": "Tackling violence"}</c>. <c>null</c> clears a field: a nullable one becomes
/// null, a required one (<c>{"title": null}</c>) is a 400 naming it.
/// </remarks>
public static class MergePatch
{
    public const string MediaType = "application/merge-patch+json";

    /// <summary>
    /// Reads the patch document and checks what it can on its own, before the resource is looked up: each member is a
    /// field of the resource, and each value has the field's type.
    /// </summary>
    /// <exception cref="UnsupportedMediaTypeException">The body is not <c>application/merge-patch+json</c>: 415.</exception>
    /// <exception cref="BadHttpRequestException">The body is not JSON: 400 naming where it breaks.</exception>
    /// <exception cref="RequestValidationException">The body is not an object, or names a field the resource does not have, or gives one a value of the wrong type.</exception>
    public static async Task<JsonObject> ReadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) || !type.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase))
        {
            throw new UnsupportedMediaTypeException($"Send the patch as {MediaType} (RFC 7396): only the fields to change, null to clear one.");
        }

        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException malformed)
        {
            throw new BadHttpRequestException("The patch is not valid JSON.", malformed);
        }

        var patch = body as JsonObject ?? throw new RequestValidationException("$", "A patch is a JSON object of the fields to change.");
        if (http.GetEndpoint()?.Metadata.GetMetadata<RepresentationMetadata>() is { } metadata)
        {
            var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            var errors = new Dictionary<string, string[]>();
            Check(patch, options.GetTypeInfo(metadata.Request), options.GetTypeInfo(metadata.Representation), "", errors);
            if (errors.Count > 0)
            {
                throw new RequestValidationException(errors);
            }
        }

        return patch;
    }

    /// <summary>Each member a field of the request (or read-only in the representation, and so ignored), each value of its field's type.</summary>
    private static void Check(JsonObject patch, JsonTypeInfo request, JsonTypeInfo representation, string prefix, Dictionary<string, string[]> errors)
    {
        var writable = patch.DeepClone().AsObject();
        WritableRepresentation.RemoveReadOnly(writable, request, representation);
        foreach (var (name, value) in writable)
        {
            var field = request.Properties.FirstOrDefault(p => string.Equals(p.Name, name, request.Options.PropertyNameCaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));
            if (field is null)
            {
                errors[prefix + name] = ["This property is not part of the request."];
                continue;
            }

            var shown = representation.Properties.FirstOrDefault(p => p.Name == field.Name);
            if (value is JsonObject members && shown is not null && request.Options.GetTypeInfo(field.PropertyType).Kind == JsonTypeInfoKind.Object)
            {
                // A nested object is merged into the current one, so it too may name only some of its fields.
                Check(members, request.Options.GetTypeInfo(field.PropertyType), representation.Options.GetTypeInfo(shown.PropertyType), $"{prefix}{name}.", errors);
                continue;
            }

            if (value is null)
            {
                continue;
            }

            try
            {
                value.Deserialize(field.PropertyType, request.Options);
            }
            catch (JsonException)
            {
                errors[prefix + name] = ["The value has the wrong type, is not one of the allowed values, or lacks a required part."];
            }
        }
    }

    /// <summary>
    /// The request a PUT of <typeparamref name="TRequest"/> would have to send to make the change the patch describes,
    /// bound and validated as that PUT's body.
    /// </summary>
    /// <param name="http">The request, for the API's JSON options and validation.</param>
    /// <param name="current">The resource's current representation (its DTO).</param>
    /// <param name="patch">The patch, from <see cref="ReadAsync"/>.</param>
    public static async Task<TRequest> ApplyAsync<TRequest>(HttpContext http, object current, JsonObject patch)
        where TRequest : class
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(patch);
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var target = WritableRepresentation.Of<TRequest>(current, options);
        Merge(target, patch);
        // Read-only members a client copied into the patch are ignored, as in a PUT body.
        WritableRepresentation.RemoveReadOnly(target, options.GetTypeInfo(typeof(TRequest)), options.GetTypeInfo(current.GetType()));

        TRequest request;
        try
        {
            request = target.Deserialize<TRequest>(options) ?? throw new RequestValidationException("$", "A patch is a JSON object of the fields to change.");
        }
        catch (JsonException invalid)
        {
            // The same problem a PUT body with this value would get, naming the field.
            throw new BadHttpRequestException("The patched resource is not valid.", invalid);
        }

        await ValidateAsync(http, request);
        return request;
    }

    /// <summary>The data-annotation and cross-field rules a PUT body is checked against, by the same validator.</summary>
    /// <remarks>
    /// The minimal-API validator's own entry points are marked experimental (ASP0029) in .NET 10; they are what the
    /// framework runs on every PUT body, so calling them is the only way to check a patched body by the same rules.
    /// </remarks>
#pragma warning disable ASP0029
    private static async Task ValidateAsync<TRequest>(HttpContext http, TRequest request)
        where TRequest : class
    {
        var validation = http.RequestServices.GetRequiredService<IOptions<ValidationOptions>>().Value;
        if (!validation.TryGetValidatableTypeInfo(typeof(TRequest), out var info))
        {
            return;
        }

        var context = new ValidateContext
        {
            ValidationOptions = validation,
            ValidationContext = new System.ComponentModel.DataAnnotations.ValidationContext(request, http.RequestServices, items: null),
        };
        await info.ValidateAsync(request, context, http.RequestAborted);
        if (context.ValidationErrors is { Count: > 0 } errors)
        {
            throw new RequestValidationException(errors);
        }
    }
#pragma warning restore ASP0029

    /// <summary>
    /// RFC 7396, section 2, with one difference: <c>null</c> for a member the target has sets it to null instead of
    /// removing it. Every writable field is required, so "cleared" must reach the request as an explicit null.
    /// </summary>
    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (name, value) in patch)
        {
            if (value is JsonObject members)
            {
                if (target[name] is not JsonObject existing)
                {
                    existing = [];
                    target[name] = existing;
                }

                Merge(existing, members);
            }
            else
            {
                target[name] = value?.DeepClone();
            }
        }
    }
}
