using AutoMapper;
using AutoMapper.QueryableExtensions;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Paging;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Security;

/// <summary>The security log, for administrators.</summary>
public static class SecurityEventEndpoints
{
    public static IEndpointRouteBuilder MapSecurityEventEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/security-events").WithTags("SecurityEvents")
            .MapGet("/", ListSecurityEvents)
            .WithName("ListSecurityEvents")
            .WithSummary("The security log, newest first: sign-ins, failures, lockouts, user and role changes, API key creation, use and refusal")
            .WithDescription("Filters: kind, subject (exact, e.g. an email or a key's name). Cursor-paginated (limit 1–200).")
            .RequireAuthorization(Policies.Administer)
            .ProducesValidationProblem();
        return api;
    }

    public static async Task<Ok<Page<SecurityEventDto>>> ListSecurityEvents(
        [AsParameters] SecurityEventListParameters parameters, TrackerDbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var (kind, subject, limit, cursor) = parameters;
        var size = Keyset.Limit(limit);
        var after = Keyset.After<IdCursor>(cursor);
        var query = db.SecurityEvents.AsNoTracking();
        if (kind is not null)
        {
            query = query.Where(e => e.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(subject))
        {
            query = query.Where(e => e.Subject == subject.Trim());
        }

        if (after is not null)
        {
            query = query.Where(e => e.Id < after.Id);
        }

        var events = await query
            .OrderByDescending(e => e.Id)
            .Take(size + 1)
            .ProjectTo<SecurityEventDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(Keyset.ToPage(http, events, size, e => new IdCursor(e.Id)));
    }
}
