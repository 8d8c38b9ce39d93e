using AutoMapper;
using DeliveryTracker.Api.Infrastructure.Concurrency;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Infrastructure.Writes;

/// <summary>
/// PUT, PATCH and DELETE of a resource whose representation is its entity mapped by its AutoMapper profile (plans,
/// themes, objectives, reviews, measurements): the one shape of a conditional write.
/// </summary>
/// <remarks>
/// If-Match is required before anything is read (428 without it); a stored version other than the client's is a 412
/// carrying the representation as it is now. A PUT or PATCH is made from that representation (a PATCH merges into it),
/// and is answered with the entity as saved and its new ETag.
/// </remarks>
public static class MappedResourceWrite
{
    /// <summary>PUT and PATCH alike: <paramref name="change"/> turns the current representation into the request to apply.</summary>
    /// <param name="target">The resource's row, tracked, with what its representation needs included.</param>
    /// <param name="change">The request body (PUT) or the merge of the patch into the current representation (PATCH).</param>
    /// <param name="apply">Checks the request against the database and writes it onto the entity.</param>
    /// <param name="db">The context <paramref name="target"/> comes from.</param>
    /// <param name="mapper">Maps the entity to its representation.</param>
    /// <param name="http">The request, for If-Match and the new ETag.</param>
    /// <param name="cancellationToken">Cancels the reads and the save.</param>
    public static async Task<Results<Ok<TDto>, NotFound>> UpdateAsync<TEntity, TDto, TRequest>(
        IQueryable<TEntity> target,
        Func<TDto, Task<TRequest>> change,
        Func<TEntity, TRequest, Task> apply,
        DbContext db,
        IMapper mapper,
        HttpContext http,
        CancellationToken cancellationToken)
        where TEntity : class, IVersioned
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(apply);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(mapper);
        var ifMatch = EntityTag.RequiredIfMatch(http);
        var entity = await target.FirstOrDefaultAsync(cancellationToken);
        if (entity is null)
        {
            return TypedResults.NotFound();
        }

        var current = mapper.Map<TDto>(entity);
        EntityTag.EnsureCurrent(ifMatch, entity.Version, () => current!);
        var request = await change(current);
        await apply(entity, request);
        await db.SaveChangesAsync(cancellationToken);

        EntityTag.Set(http, entity.Version);
        return TypedResults.Ok(mapper.Map<TDto>(entity));
    }

    /// <inheritdoc cref="UpdateAsync{TEntity, TDto, TRequest}(IQueryable{TEntity}, Func{TDto, Task{TRequest}}, Func{TEntity, TRequest, Task}, DbContext, IMapper, HttpContext, CancellationToken)"/>
    public static Task<Results<Ok<TDto>, NotFound>> UpdateAsync<TEntity, TDto, TRequest>(
        IQueryable<TEntity> target,
        Func<TDto, Task<TRequest>> change,
        Action<TEntity, TRequest> apply,
        DbContext db,
        IMapper mapper,
        HttpContext http,
        CancellationToken cancellationToken)
        where TEntity : class, IVersioned
    {
        ArgumentNullException.ThrowIfNull(apply);
        return UpdateAsync(
            target,
            change,
            (entity, request) =>
            {
                apply(entity, request);
                return Task.CompletedTask;
            },
            db,
            mapper,
            http,
            cancellationToken);
    }

    /// <summary>DELETE: <paramref name="beforeRemove"/> refuses the delete while dependents remain (409 naming them) and closes any gap in an order.</summary>
    /// <param name="target">The resource's row, tracked, with what its representation and the dependents check need included.</param>
    /// <param name="beforeRemove">Runs once the version is checked, before the row is removed.</param>
    /// <param name="db">The context <paramref name="target"/> comes from.</param>
    /// <param name="mapper">Maps the entity to its representation, for the 412 body.</param>
    /// <param name="http">The request, for If-Match.</param>
    /// <param name="cancellationToken">Cancels the reads and the save.</param>
    public static async Task<Results<NoContent, NotFound>> DeleteAsync<TEntity, TDto>(
        IQueryable<TEntity> target, Func<TEntity, Task> beforeRemove, DbContext db, IMapper mapper, HttpContext http, CancellationToken cancellationToken)
        where TEntity : class, IVersioned
    {
        ArgumentNullException.ThrowIfNull(beforeRemove);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(mapper);
        var ifMatch = EntityTag.RequiredIfMatch(http);
        var entity = await target.FirstOrDefaultAsync(cancellationToken);
        if (entity is null)
        {
            return TypedResults.NotFound();
        }

        EntityTag.EnsureCurrent(ifMatch, entity.Version, () => mapper.Map<TDto>(entity)!);
        await beforeRemove(entity);
        db.Remove(entity);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
