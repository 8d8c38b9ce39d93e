using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DeliveryTracker.Api.Data;
using DeliveryTracker.Api.Infrastructure.Errors;
using DeliveryTracker.Contracts.Accounts;
using DeliveryTracker.Contracts.Common;
using DeliveryTracker.Contracts.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeliveryTracker.Tests.Infrastructure.Requests;

/// <summary>
/// One error style: <c>errors</c> keyed by the JSON path the client wrote (camelCase, nested records and lists
/// included) with plain-English messages; conflicts that name the thing; every error status as problem+json.
/// </summary>
public sealed partial class ErrorStyleTests : ApiFixture
{
    private static readonly string[] DotNetWords = ["The field ", " field is ", "System.", "Nullable", "DeliveryTracker", "Int32", "DateOnly", "$."];

    [GeneratedRegex(@"^$|^[a-z][A-Za-z0-9]*(\[\d+\])?(\.[a-z][A-Za-z0-9]*(\[\d+\])?)*$")]
    private static partial Regex ClientPath();

    [Test]
    public async Task EveryOperationWithABody_NamesFieldsByTheirJsonPathInPlainEnglish()
    {
        var client = ClientAs(Enum.GetValues<Role>());
        var operations = (await OpenApiOperations.ReadAsync(Client)).Items.Where(o => o.Method is "POST" or "PUT" or "PATCH").ToList();
        var failures = new List<string>();
        var checkedErrors = 0;
        foreach (var operation in operations)
        {
            foreach (var body in new[] { "{}", """{"unknownProperty":1}""" })
            {
                using var request = new HttpRequestMessage(new HttpMethod(operation.Method), new Uri(operation.ConcretePath, UriKind.Relative))
                {
                    Content = new StringContent(body, Encoding.UTF8, "application/json"),
                };
                request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
                using var response = await client.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.BadRequest)
                {
                    continue;
                }

                var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
                foreach (var error in problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject() : Enumerable.Empty<JsonProperty>())
                {
                    checkedErrors++;
                    var messages = error.Value.EnumerateArray().Select(m => m.GetString()!).ToList();
                    if (!ClientPath().IsMatch(error.Name) || messages.Any(m => DotNetWords.Any(w => m.Contains(w, StringComparison.Ordinal))))
                    {
                        failures.Add($"{operation} {body}: \"{error.Name}\": {string.Join(" | ", messages)}");
                    }
                }
            }
        }

        Assert.That(checkedErrors, Is.GreaterThan(operations.Count), "most operations should have refused these bodies");
        Assert.That(failures, Is.Empty);
    }

    [TestCase("""{"title":"T","periodStart":"2019-04-01","periodEnd":"2020-03-31","settings":{"ragScale":"ThreePoint","dueSoonDays":0,"staleAfterDays":60,"progressRedBelowPercent":70,"progressAmberBelowPercent":90,"reminderDueSoonDays":14,"overdueReminderEveryDays":7,"escalateAfterDaysOverdue":30,"boardUpdateRequestWorkingDays":10,"remindersPaused":false,"boardMeetings":[]}}""", "settings.dueSoonDays", "Due soon days must be between 1 and 365.")]
    [TestCase("""{"title":"T","periodStart":"2019-04-01","periodEnd":"2020-03-31","settings":{"ragScale":"ThreePoint","dueSoonDays":30,"staleAfterDays":60,"progressRedBelowPercent":90,"progressAmberBelowPercent":10,"reminderDueSoonDays":14,"overdueReminderEveryDays":7,"escalateAfterDaysOverdue":30,"boardUpdateRequestWorkingDays":10,"remindersPaused":false,"boardMeetings":[]}}""", "settings.progressAmberBelowPercent", "The Amber threshold must be at least the Red threshold.")]
    [TestCase("""{"title":"T","periodStart":"2019-04-01","periodEnd":"2020-03-31","settings":{"boardMeetings":["2019-05-01","2019-06-01","first Tuesday"]}}""", "settings.boardMeetings[2]", null)]
    [TestCase("""{"title":"","periodStart":"2019-04-01","periodEnd":"2020-03-31"}""", "title", "Title is required.")]
    [TestCase("""{"title":"T","periodStart":"2019-04-01"}""", "periodEnd", "Period end is required.")]
    [TestCase("""{"title":"T","periodStart":"2019-04-01","periodEnd":"2020-03-31","colour":"red"}""", "colour", null)]
    [TestCase("""{"title":"T","periodStart":"2019-04-01","periodEnd":"2020-03-31",""", "", null)]
    public async Task CreatePlan_InvalidField_IsKeyedByItsJsonPath(string body, string key, string? message)
    {
        using var response = await Client.PostAsync(new Uri("/api/v1/plans", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.ProblemAsync()).GetProperty("errors");
        Assert.That(errors.EnumerateObject().Select(e => e.Name), Is.EqualTo(new[] { key }), errors.ToString());
        if (message is not null)
        {
            Assert.That(errors.GetProperty(key)[0].GetString(), Is.EqualTo(message));
        }
    }

    [Test]
    public async Task CreateLead_BadEmail_SaysWhatToEnter()
    {
        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/leads", UriKind.Relative), new { name = $"Lead {Guid.NewGuid():N}", kind = "Person", email = "not an email" }, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var message = (await response.ProblemAsync()).GetProperty("errors").GetProperty("email")[0].GetString();
        Assert.That(message, Does.StartWith("Enter an email address"));
    }

    [Test]
    public async Task CreatePlan_WithATitleInUse_IsAConflictNamingThePlan()
    {
        var existing = (await GetJsonAsync<Page<PlanSummaryDto>>("/api/v1/plans")).Items[0].Title;

        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/plans", UriKind.Relative), new { title = existing, periodStart = "2019-04-01", periodEnd = "2020-03-31" }, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var detail = (await response.ProblemAsync()).GetProperty("detail").GetString();
        Assert.That(detail, Is.EqualTo($"A plan titled \"{existing}\" already exists."));
    }

    [Test]
    public async Task CreateLead_WithANameInUse_IsAConflictNamingTheLead()
    {
        var name = $"Lead {Guid.NewGuid():N}";
        using (var first = await Client.PostAsJsonAsync(new Uri("/api/v1/leads", UriKind.Relative), new { name, kind = "Person" }, Json))
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }

        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/leads", UriKind.Relative), new { name, kind = "Person" }, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var detail = (await response.ProblemAsync()).GetProperty("detail").GetString();
        Assert.That(detail, Does.StartWith("A lead named").And.Contain(name).And.Not.Contain("ix_"));
    }

    /// <summary>A new unique index without a message would fall back to a generic one: every one must be in the list.</summary>
    [Test]
    public void EveryUniqueIndexAndCompositeKey_HasAConflictMessage()
    {
        using var scope = Factory.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<TrackerDbContext>().Model;
        var constraints = model.GetEntityTypes()
            .SelectMany(e => e.GetIndexes().Where(i => i.IsUnique).Select(i => i.GetDatabaseName())
                .Concat(e.FindPrimaryKey() is { Properties.Count: > 1 } key && !e.IsOwned() ? [key.GetName()] : []))
            .OfType<string>()
            .Distinct()
            .ToList();
        var withoutMessage = constraints.Where(c => !UniqueConflicts.Messages.ContainsKey(c))
            .Where(c => !c.StartsWith("pk_user_", StringComparison.Ordinal) && !c.StartsWith("pk_role_", StringComparison.Ordinal));

        Assert.That(constraints, Has.Count.GreaterThan(5));
        Assert.That(withoutMessage, Is.Empty);
    }

    [Test]
    public async Task CreatePlan_History_UsesTheApisFieldNames()
    {
        using var created = await Client.PostAsJsonAsync(
            new Uri("/api/v1/plans", UriKind.Relative), new { title = $"History {Guid.NewGuid():N}", periodStart = "2019-04-01", periodEnd = "2020-03-31" }, Json);
        var planId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var history = await GetJsonAsync<Page<Contracts.Audit.HistoryEntryDto>>($"/api/v1/plans/{planId}/history");
        var names = history.Items.Single().After!.Value.EnumerateObject().Select(p => p.Name).ToList();

        Assert.That(names, Does.Contain("title").And.Contain("periodStart").And.Contain("settings.dueSoonDays"));
        Assert.That(names, Has.All.Match("^[a-z][A-Za-z]*(\\.[a-z][A-Za-z]*)?$"));
    }

    [Test]
    public async Task UrlTooLong_IsAProblem()
    {
        using var response = await Client.GetAsync(new Uri("/api/v1/leads?q=" + new string('a', 9000), UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestUriTooLong));
        Assert.That((await response.ProblemAsync()).GetProperty("status").GetInt32(), Is.EqualTo(414));
    }

    [Test]
    public async Task HeadersTooLarge_IsAProblem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/plans", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("X-Padding", new string('a', 40 * 1024));

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestHeaderFieldsTooLarge));
        Assert.That((await response.ProblemAsync()).GetProperty("status").GetInt32(), Is.EqualTo(431));
    }

    [TestCase("DELETE", "/api/v1/leads", null, null, HttpStatusCode.MethodNotAllowed)]
    [TestCase("GET", "/api/v1/no-such-thing", null, null, HttpStatusCode.NotFound)]
    [TestCase("POST", "/api/v1/leads", "name=x", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    public async Task ErrorStatus_IsAProblem(string method, string path, string? body, string? contentType, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, contentType!);
        }

        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(status));
        Assert.That((await response.ProblemAsync()).GetProperty("status").GetInt32(), Is.EqualTo((int)status));
    }
}
