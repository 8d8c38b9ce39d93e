namespace DeliveryTracker.Api.Infrastructure.Ordering;

/// <summary>A sibling with a 1-based position among its parent's children: a theme in its plan, an objective in its theme, an action in its objective.</summary>
public interface IOrdered
{
    Guid Id { get; }

    int Position { get; set; }
}
