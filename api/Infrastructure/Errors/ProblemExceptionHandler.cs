using System.Text.Json;
using DeliveryTracker.Api.Infrastructure.Idempotency;
using DeliveryTracker.Api.Infrastructure.Requests;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DeliveryTracker.Api.Infrastructure.Errors;

/// <summary>
/// The one place exceptions become RFC 9457 problem details. Handlers throw the exceptions in this folder rather than
/// building problems themselves. Bad requests the framework detects (malformed JSON, unknown properties, wrong types)
/// are 400s naming the JSON path; anything unexpected is a 500 whose body carries a trace id but never a stack trace
/// or exception message outside Development.
/// </summary>
internal sealed class ProblemExceptionHandler(
    IProblemDetailsService problemDetails,
    IHostEnvironment environment,
    ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } when MissingProperties(json) is { Count: > 0 } missing => Missing(json.Path ?? "$", missing),
            BadHttpRequestException { InnerException: JsonException json } => Invalid(json.Path ?? "$", JsonMessage(json)),
            BadHttpRequestException bad when BoundParameter(bad.Message) is { } parameter => new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                [parameter] = [bad.Message.StartsWith("Required", StringComparison.Ordinal) ? "This parameter is required." : "The value is not valid for this parameter."],
            })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more fields are not valid.",
            },
            BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = "The request is not valid.", Detail = bad.Message },
            UnknownQueryParameterException unknown => UnknownParameters(unknown),
            NotAcceptableException refused => new ProblemDetails
            {
                Status = StatusCodes.Status406NotAcceptable,
                Title = "The response cannot be given in a format the Accept header allows.",
                Detail = refused.Message,
                Extensions = { ["available"] = refused.Available },
            },
            RequestValidationException invalid => new HttpValidationProblemDetails(invalid.Errors) { Status = StatusCodes.Status400BadRequest, Title = "One or more fields are not valid." },
            PreconditionRequiredException required => new ProblemDetails { Status = StatusCodes.Status428PreconditionRequired, Title = "If-Match header required.", Detail = required.Message },
            PreconditionFailedException failed => Stale(failed),
            DbUpdateConcurrencyException => new ProblemDetails { Status = StatusCodes.Status412PreconditionFailed, Title = "The resource changed while you were saving.", Detail = "Read it again and reapply your change." },
            ConflictException conflict => Conflict(conflict),
            UnsupportedMediaTypeException unsupported => new ProblemDetails { Status = StatusCodes.Status415UnsupportedMediaType, Title = "The body's media type is not supported here.", Detail = unsupported.Message },
            ForbiddenException forbidden => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "You may not do this.", Detail = forbidden.Message },
            SignInFailedException failed => new ProblemDetails { Status = StatusCodes.Status401Unauthorized, Title = "Sign-in failed.", Detail = failed.Message },
            IdempotencyKeyReusedException reused => new ProblemDetails { Status = StatusCodes.Status422UnprocessableEntity, Title = "Idempotency-Key reused with a different request.", Detail = reused.Message },
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique } saving => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "It already exists.",
                Detail = UniqueConflicts.MessageFor(unique, saving),
            },
            DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } } => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Other records depend on this one.",
                Detail = "Remove or move the records that depend on it first.",
            },
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => new ProblemDetails { Status = 499, Title = "The client closed the request." },
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred.",
                Detail = environment.IsDevelopment() ? exception.ToString() : null,
            };
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, Exception = exception, ProblemDetails = problem });
    }

    private static HttpValidationProblemDetails UnknownParameters(UnknownQueryParameterException unknown) =>
        new(unknown.Unknown.ToDictionary(name => name, name => new[] { unknown.MessageFor(name) }))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The query string has parameters this operation does not take.",
            Extensions = { ["acceptedParameters"] = unknown.Accepted },
        };

    private static HttpValidationProblemDetails Invalid(string jsonPath, string message)
    {
        var path = ErrorFieldNames.ToClientPath(jsonPath);
        return new(new Dictionary<string, string[]> { [path] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request body is not valid JSON for this operation.",
            Detail = path.Length == 0 ? message : $"{path}: {message}",
        };
    }

    /// <summary>One error per required property the body left out, keyed by its path: <c>settings.dueSoonDays</c>.</summary>
    private static HttpValidationProblemDetails Missing(string jsonPath, IReadOnlyList<string> properties)
    {
        var parent = ErrorFieldNames.ToClientPath(jsonPath);
        var errors = properties
            .Select(p => parent.Length == 0 ? p : $"{parent}.{p}")
            .ToDictionary(path => path, path => new[] { $"{ErrorFieldNames.Label(path)} is required." });
        return new(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request body is not valid JSON for this operation.",
            Detail = "Required properties are missing: " + string.Join(", ", errors.Keys) + ". Send every field, with null for one left empty.",
        };
    }

    /// <summary>The properties System.Text.Json reports missing: "… missing required properties including: 'title', 'periodStart'."</summary>
    private static List<string> MissingProperties(JsonException json)
    {
        var at = json.Message.IndexOf("missing required properties including:", StringComparison.Ordinal);
        return at < 0
            ? []
            : System.Text.RegularExpressions.Regex.Matches(json.Message[at..], "'(?<name>[^']+)'", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1))
                .Select(m => m.Groups["name"].Value)
                .ToList();
    }

    /// <summary>
    /// The route/query parameter a binding failure names: "Failed to bind parameter \"Nullable&lt;KpiLifecycle&gt; lifecycle\"
    /// from \"Bogus\"." → "lifecycle". The framework's message names .NET types, so it is not passed on.
    /// </summary>
    private static string? BoundParameter(string message)
    {
        var match = System.Text.RegularExpressions.Regex.Match(message, "parameter \"(?:[^\"]* )?(?<name>[A-Za-z_][A-Za-z0-9_]*)\"", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
        return match.Success ? match.Groups["name"].Value : null;
    }

    /// <summary>System.Text.Json's messages name .NET types; say what is wrong in the client's terms instead.</summary>
    private static string JsonMessage(JsonException json) => json.Message switch
    {
        var m when m.Contains("could not be mapped to any .NET member", StringComparison.Ordinal) => "This property is not part of the request.",
        var m when m.Contains("could not be converted to", StringComparison.Ordinal) => "The value has the wrong type or is not one of the allowed values.",
        _ => "The JSON is malformed.",
    };

    /// <remarks>
    /// The current ETag goes in the body (<c>currentETag</c>), not the header: the exception-handling middleware strips
    /// cache headers, ETag included, from every error response.
    /// </remarks>
    private static ProblemDetails Stale(PreconditionFailedException failed)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status412PreconditionFailed, Title = "The resource has changed since you read it.", Detail = failed.Message };
        if (failed.Current is not null)
        {
            problem.Extensions["current"] = failed.Current;
        }

        if (failed.EntityTag is not null)
        {
            problem.Extensions["currentETag"] = failed.EntityTag;
        }

        return problem;
    }

    private static ProblemDetails Conflict(ConflictException conflict)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "The request conflicts with other records.", Detail = conflict.Message };
        foreach (var (key, value) in conflict.Details)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }
}
