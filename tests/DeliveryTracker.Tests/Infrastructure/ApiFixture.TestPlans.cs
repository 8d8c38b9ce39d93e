using System.Net;
using System.Net.Http.Json;
using DeliveryTracker.Contracts.Actions;
using DeliveryTracker.Contracts.Objectives;
using DeliveryTracker.Contracts.Plans;
using DeliveryTracker.Contracts.Rag;
using DeliveryTracker.Contracts.Reviews;
using DeliveryTracker.Contracts.Themes;

namespace DeliveryTracker.Tests.Infrastructure;

/// <summary>
/// Test data, set up one way: through the API, as a programme manager would, so every row a test reads was written by
/// the same code (and the same rules) as in production. Raw SQL is kept for the one thing the API cannot do, putting
/// rows into the past (<see cref="TestRows"/>).
/// </summary>
public abstract partial class ApiFixture
{
    /// <summary>A plan of the test's own, 1 Apr 2024 – 31 Mar 2025, answering <paramref name="reviewId"/> when given.</summary>
    protected async Task<Guid> NewPlanAsync(Guid? reviewId = null, RagScale ragScale = RagScale.ThreePoint)
    {
        var settings = ragScale == RagScale.ThreePoint ? null : new PlanSettingsRequest(ragScale, 30, 60, 70, 90, 14, 7, 30, 10, false, []);
        var request = new PlanRequest($"Test plan {Guid.NewGuid():N}", new DateOnly(2024, 4, 1), new DateOnly(2025, 3, 31), PlanStatus.Active, null, reviewId, settings);
        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/plans", UriKind.Relative), request, Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PlanDto>(Json))!.Id;
    }

    /// <summary>A plan of the test's own with one theme (code T) and one objective in it.</summary>
    protected async Task<ObjectiveDto> NewPlanObjectiveAsync(RagScale ragScale = RagScale.ThreePoint, Guid? reviewId = null) =>
        await NewObjectiveAsync(await NewPlanAsync(reviewId, ragScale));

    /// <summary>A new theme (code <paramref name="themeCode"/>) in <paramref name="planId"/> with one objective in it.</summary>
    protected async Task<ObjectiveDto> NewObjectiveAsync(Guid planId, string themeCode = "T")
    {
        using var response = await Client.PostAsJsonAsync(new Uri($"/api/v1/plans/{planId}/themes", UriKind.Relative), new CreateThemeRequest(themeCode, "Test theme"), Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var theme = (await response.Content.ReadFromJsonAsync<ThemeDto>(Json))!;
        return (await CreateObjectiveAsync(theme.Id, "Test objective")).Objective;
    }

    /// <summary>
    /// A plan of the test's own with one theme and objective holding <paramref name="actions"/> in order (T-1.1, T-1.2 …).
    /// A due date is written as an ISO date, which the timescale reader takes as "by date".
    /// </summary>
    protected async Task<(Guid PlanId, IReadOnlyList<(Guid Id, string ReferenceCode)> Actions)> NewPlanWithActionsAsync(
        IReadOnlyList<TestAction> actions, Guid? reviewId = null)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var objective = await NewPlanObjectiveAsync(reviewId: reviewId);
        var created = new List<(Guid, string)>();
        foreach (var (action, index) in actions.Select((a, i) => (a, i)))
        {
            var request = new CreateActionRequest(
                $"Test action {index + 1}",
                ReferenceCode: $"T-1.{index + 1}",
                Status: action.Status,
                Timescale: action.DueDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Leads: action.Leads,
                RecommendationNumbers: action.RecommendationNumbers);
            var (dto, _) = await CreateActionAsync(objective.Id, request);
            created.Add((dto.Id, dto.ReferenceCode));
        }

        return (objective.PlanId, created);
    }

    /// <summary>A review of the test's own with recommendations numbered <paramref name="numbers"/>; returns their ids by number.</summary>
    protected async Task<(Guid ReviewId, IReadOnlyDictionary<int, Guid> Recommendations)> NewReviewWithRecommendationsAsync(params int[] numbers)
    {
        ArgumentNullException.ThrowIfNull(numbers);
        using var response = await Client.PostAsJsonAsync(new Uri("/api/v1/reviews", UriKind.Relative), new CreateReviewRequest($"Review {Guid.NewGuid():N}"), Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        var reviewId = (await response.Content.ReadFromJsonAsync<ReviewDto>(Json))!.Id;
        var recommendations = new Dictionary<int, Guid>();
        foreach (var number in numbers)
        {
            using var created = await Client.PostAsJsonAsync(
                new Uri($"/api/v1/reviews/{reviewId}/recommendations", UriKind.Relative), new CreateRecommendationRequest(number, $"Recommendation {number}"), Json);
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created), await created.Content.ReadAsStringAsync());
            recommendations[number] = (await created.Content.ReadFromJsonAsync<RecommendationDto>(Json))!.Id;
        }

        return (reviewId, recommendations);
    }

    protected async Task<(ObjectiveDto Objective, string ETag)> CreateObjectiveAsync(Guid themeId, string title, int? position = null)
    {
        using var response = await Client.PostAsJsonAsync(new Uri($"/api/v1/themes/{themeId}/objectives", UriKind.Relative), new CreateObjectiveRequest(title, position), Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<ObjectiveDto>(Json))!, response.ETag());
    }

    protected async Task<(ActionDto Action, string ETag)> CreateActionAsync(Guid objectiveId, CreateActionRequest request)
    {
        using var response = await Client.PostAsJsonAsync(new Uri($"/api/v1/objectives/{objectiveId}/actions", UriKind.Relative), request, Json);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return ((await response.Content.ReadFromJsonAsync<ActionDto>(Json))!, response.ETag());
    }

    /// <summary>An action for <see cref="NewPlanWithActionsAsync"/>.</summary>
    protected sealed record TestAction(
        ActionStatus Status = ActionStatus.NotStarted,
        DateOnly? DueDate = null,
        IReadOnlyList<ActionLeadRequest>? Leads = null,
        IReadOnlyList<int>? RecommendationNumbers = null);
}
