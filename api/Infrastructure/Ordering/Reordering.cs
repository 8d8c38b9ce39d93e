using DeliveryTracker.Api.Infrastructure.Concurrency;
using DeliveryTracker.Contracts.Common;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Infrastructure.Ordering;

/// <summary>The write behind <c>PUT …/order</c> for a plan's themes, a theme's objectives and an objective's actions.</summary>
/// <remarks>
/// The order belongs to the parent: the client sends the parent's ETag in If-Match, and the write touches the parent so
/// its ETag moves and a second reorder based on the old order is refused with 412 and the order as it is now.
/// </remarks>
public static class Reordering
{
    /// <summary>Puts <paramref name="children"/> in the order of <paramref name="ids"/> and answers with them in that order.</summary>
    /// <param name="db">The context tracking <paramref name="parent"/> and <paramref name="children"/>.</param>
    /// <param name="http">The request, for the new ETag.</param>
    /// <param name="ifMatch">The parent's version the client sent.</param>
    /// <param name="parent">The plan, theme or objective whose children are reordered.</param>
    /// <param name="children">Every child of the parent, tracked.</param>
    /// <param name="ids">The children's ids in the new order (the request's <c>ids</c>).</param>
    /// <param name="toDtos">Maps children, in order, to their contract records.</param>
    /// <param name="current">The 412 body: the parent's id and its children as they are, named for the list.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <exception cref="Errors.PreconditionFailedException">The parent has changed since the client read it.</exception>
    /// <exception cref="Errors.RequestValidationException">The ids do not name every child exactly once.</exception>
    public static async Task<Page<TDto>> ApplyAsync<TChild, TDto>(
        DbContext db,
        HttpContext http,
        uint ifMatch,
        IVersioned parent,
        IReadOnlyList<TChild> children,
        IReadOnlyList<Guid> ids,
        Func<List<TChild>, Task<List<TDto>>> toDtos,
        Func<List<TDto>, object> current,
        CancellationToken cancellationToken)
        where TChild : IOrdered
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(toDtos);
        ArgumentNullException.ThrowIfNull(current);
        if (ifMatch != parent.Version)
        {
            var stored = await toDtos(Ordering.InOrder(children));
            EntityTag.EnsureCurrent(ifMatch, parent.Version, () => current(stored));
        }

        Ordering.Apply(children, ids, "ids");
        EntityTag.Touch(db, parent);
        await db.SaveChangesAsync(cancellationToken);

        EntityTag.Set(http, parent.Version);
        return new Page<TDto>(await toDtos(Ordering.InOrder(children)), NextCursor: null);
    }
}
