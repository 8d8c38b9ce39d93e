using System.Security.Cryptography;
using AutoMapper;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Infrastructure.Auth;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Api.Infrastructure.Paging;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Webhooks;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Features.Webhooks;

/// <summary>Webhook subscriptions, for administrators: where to POST which events. (Delivery comes with the reminders and integration work.)</summary>
public static class WebhookEndpoints
{
    /// <summary>The data-protection purpose the signing secrets are encrypted under.</summary>
    internal const string SecretPurpose = "DeliveryTracker.Webhooks.SigningSecret";

    public static IEndpointRouteBuilder MapWebhookEndpoints(this IEndpointRouteBuilder api)
    {
        var webhooks = api.MapGroup("/webhooks").WithTags("Webhooks");

        webhooks.MapPost("/", CreateWebhook)
            .WithName("CreateWebhook")
            .WithSummary("Subscribe a URL to events; the response carries the signing secret, shown this once")
            .WithDescription("The URL must be https on the public internet: loopback, private and link-local addresses are refused (400 naming url) unless Webhooks:AllowPrivateNetworks is set.")
            .RequireAuthorization(Policies.Administer)
            .ProducesValidationProblem();

        webhooks.MapGet("/", ListWebhooks)
            .WithName("ListWebhooks")
            .WithSummary("List webhook subscriptions in the order they were created")
            .RequireAuthorization(Policies.Administer)
            .ProducesValidationProblem();

        webhooks.MapDelete("/{webhookId:guid}", DeleteWebhook)
            .WithName("DeleteWebhook")
            .WithSummary("Remove a webhook subscription")
            .RequireAuthorization(Policies.Administer)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    public static async Task<Created<CreatedWebhookDto>> CreateWebhook(
        CreateWebhookRequest request, TrackerDbContext db, IMapper mapper, WebhookUrlPolicy urlPolicy, IDataProtectionProvider dataProtection, HttpContext http, CancellationToken cancellationToken)
    {
        var url = await urlPolicy.EnsureAllowedAsync(request.Url, cancellationToken);
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var webhook = new WebhookSubscription
        {
            Name = request.Name.Trim(),
            Url = url.AbsoluteUri,
            Events = request.Events.Distinct().Order().ToList(),
            EncryptedSecret = dataProtection.CreateProtector(SecretPurpose).Protect(secret),
            CreatedBy = http.User.Identity!.Name!,
        };
        db.WebhookSubscriptions.Add(webhook);
        await db.SaveChangesAsync(cancellationToken);
        EntityTag.Set(http, webhook.Version);
        return TypedResults.Created($"/api/v1/webhooks/{webhook.Id}", new CreatedWebhookDto(secret, mapper.Map<WebhookDto>(webhook)));
    }

    public static async Task<Ok<Page<WebhookDto>>> ListWebhooks(TrackerDbContext db, IMapper mapper, HttpContext http, [AsParameters] PageParameters page, CancellationToken cancellationToken) =>
        TypedResults.Ok(await CreationOrder.PageAsync<WebhookSubscription, WebhookDto>(db.WebhookSubscriptions, mapper, w => w.Id, http, page, cancellationToken));

    public static async Task<Results<NoContent, NotFound>> DeleteWebhook(Guid webhookId, TrackerDbContext db, CancellationToken cancellationToken)
    {
        var webhook = await db.WebhookSubscriptions.FirstOrDefaultAsync(w => w.Id == webhookId, cancellationToken);
        if (webhook is null)
        {
            return TypedResults.NotFound();
        }

        db.WebhookSubscriptions.Remove(webhook);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
