namespace DeliveryTracker.Api.Infrastructure.Auditing;

/// <summary>Who is making the current change: the signed-in user's name, "anonymous" for a request without one, "system" outside a request.</summary>
public sealed class AuditActor(IHttpContextAccessor httpContextAccessor)
{
    public string Name => httpContextAccessor.HttpContext switch
    {
        null => "system",
        { User.Identity: { IsAuthenticated: true, Name: { } name } } => name,
        _ => "anonymous",
    };
}
