using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Idempotency;
using DeliveryTracker.Api.Infrastructure.Errors;
using DeliveryTracker.Contracts.Timescales;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using DeliveryTracker.Api.Infrastructure.Text;

namespace DeliveryTracker.Api.Features.Timescales;

/// <summary>Reads timescale text without saving anything, so a form can show what a timescale will be read as.</summary>
public static class TimescaleEndpoints
{
    public static IEndpointRouteBuilder MapTimescaleEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/timescales").WithTags("Timescales")
            .MapPost("/parse", ParseTimescale)
            .WithName("ParseTimescale")
            .RequireAuthorization(Policies.EditPlans)
            .WithoutIdempotencyKey()
            .WithSummary("Preview how a timescale text is read")
            .WithDescription("Reads the text against a plan's period (planId) or a given period, exactly as saving it on an action would. Nothing is written.")
            .ProducesValidationProblem();

        return api;
    }

    public static async Task<Ok<TimescaleDto>> ParseTimescale(ParseTimescaleRequest request, TrackerDbContext db, CancellationToken cancellationToken)
    {
        var (start, end) = (request.PeriodStart, request.PeriodEnd);
        if (request.PlanId is { } planId)
        {
            var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => new { p.PeriodStart, p.PeriodEnd }).FirstOrDefaultAsync(cancellationToken)
                ?? throw new RequestValidationException("planId", "No plan has this id.");
            (start, end) = (plan.PeriodStart, plan.PeriodEnd);
        }

        var raw = TextInput.NullIfBlank(request.Text);
        var parsed = TimescaleParser.Parse(raw, start!.Value, end!.Value);
        return TypedResults.Ok(new TimescaleDto(raw, parsed.Kind, parsed.StartDate, parsed.DueDate, parsed.Confidence, IsCorrected: false, parsed.Note));
    }
}
