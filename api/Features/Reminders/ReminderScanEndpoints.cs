using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Contracts.Reminders;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>Runs the reminder scan on demand, as the daily <c>reminder-scan</c> job does.</summary>
public static class ReminderScanEndpoints
{
    public static IEndpointRouteBuilder MapReminderScanEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/reminders").WithTags("Reminders")
            .MapPost("/scan", ScanReminders)
            .WithName("ScanReminders")
            .WithSummary("Run the reminder scan now: record today's due-soon, overdue, escalation, board and unassigned reminders and their digests")
            .WithDescription("Runs in the request and returns what it recorded. Safe to repeat: a reminder is recorded once per action, kind, cycle and recipient, so a second scan the same day records nothing.")
            .RequireAuthorization(Policies.EditPlans);
        return api;
    }

    public static async Task<Ok<ReminderScanResultDto>> ScanReminders(ReminderScan scan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var result = await scan.RunAsync(cancellationToken);
        return TypedResults.Ok(new ReminderScanResultDto(
            result.ScanDate,
            result.Reminders,
            result.Recorded(ReminderKind.DueSoon),
            result.Recorded(ReminderKind.Overdue),
            result.Recorded(ReminderKind.Escalation),
            result.Recorded(ReminderKind.BoardUpdateRequest),
            result.Recorded(ReminderKind.Unassigned),
            result.DigestIds.Count));
    }
}
