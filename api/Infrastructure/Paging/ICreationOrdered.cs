namespace DeliveryTracker.Api.Infrastructure.Paging;

/// <summary>An entity whose UUIDv7 id sorts in creation order, so a list of them pages by id alone (<see cref="CreationOrder"/>).</summary>
public interface ICreationOrdered
{
    Guid Id { get; }
}
