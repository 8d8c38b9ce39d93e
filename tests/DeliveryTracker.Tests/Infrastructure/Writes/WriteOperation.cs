using System.Text.Json;

namespace DeliveryTracker.Tests.Infrastructure.Writes;

/// <summary>A PUT or PATCH in the OpenAPI document.</summary>
/// <param name="Path">The path template, e.g. <c>/api/v1/themes/{themeId}</c>.</param>
/// <param name="OperationId">The operation's id, e.g. <c>UpdateTheme</c>.</param>
/// <param name="Policy">Who may call it (<c>x-authorization-policy</c>).</param>
/// <param name="RequestSchema">The body's schema, resolved; null when the operation takes no body.</param>
/// <param name="HasGet">True when the same path has a GET: the write replaces or patches that representation.</param>
/// <param name="HasHistory">True when <c>{path}/history</c> exists.</param>
internal sealed record WriteOperation(string Path, string OperationId, string Policy, JsonElement? RequestSchema, bool HasGet, bool HasHistory)
{
    public override string ToString() => $"{OperationId} ({Path})";
}
