using AutoMapper.QueryableExtensions;
using DeliveryTracker.Contracts.Common;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Infrastructure.Paging;

/// <summary>One page of a list in creation order (API keys, webhooks): keyset on the id, projected to the contract by its AutoMapper profile.</summary>
public static class CreationOrder
{
    /// <exception cref="Errors.RequestValidationException">A bad limit or cursor, naming it.</exception>
    public static async Task<Page<TDto>> PageAsync<TEntity, TDto>(
        IQueryable<TEntity> query, AutoMapper.IConfigurationProvider mapping, Func<TDto, Guid> id, HttpContext http, PageParameters page, CancellationToken cancellationToken)
        where TEntity : class, ICreationOrdered
    {
        ArgumentNullException.ThrowIfNull(mapping);
        ArgumentNullException.ThrowIfNull(page);
        var size = Keyset.Limit(page.Limit);
        var after = Keyset.After<IdCursor>(page.Cursor);
        var rows = await query.AsNoTracking()
            .Where(e => after == null || e.Id > after.Id)
            .OrderBy(e => e.Id)
            .Take(size + 1)
            .ProjectTo<TDto>(mapping)
            .ToListAsync(cancellationToken);
        return Keyset.ToPage(http, rows, size, dto => new IdCursor(id(dto)));
    }
}
