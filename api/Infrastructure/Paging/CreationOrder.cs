using AutoMapper;
using DeliveryTracker.Contracts.Common;
using Microsoft.EntityFrameworkCore;

namespace DeliveryTracker.Api.Infrastructure.Paging;

/// <summary>One page of a list in creation order (API keys, webhooks): keyset on the id, mapped to the contract by its AutoMapper profile.</summary>
/// <remarks>
/// The page is mapped in memory, not projected: both entities hold a primitive collection (scopes, events) that
/// AutoMapper's projection copies into a new list, which EF Core cannot translate. A page is at most 200 rows.
/// </remarks>
public static class CreationOrder
{
    /// <exception cref="Errors.RequestValidationException">A bad limit or cursor, naming it.</exception>
    public static async Task<Page<TDto>> PageAsync<TEntity, TDto>(
        IQueryable<TEntity> query, IMapper mapper, Func<TDto, Guid> id, HttpContext http, PageParameters page, CancellationToken cancellationToken)
        where TEntity : class, ICreationOrdered
    {
        ArgumentNullException.ThrowIfNull(mapper);
        ArgumentNullException.ThrowIfNull(page);
        var size = Keyset.Limit(page.Limit);
        var after = Keyset.After<IdCursor>(page.Cursor);
        var rows = await query.AsNoTracking()
            .Where(e => after == null || e.Id > after.Id)
            .OrderBy(e => e.Id)
            .Take(size + 1)
            .ToListAsync(cancellationToken);
        return Keyset.ToPage(http, rows.Select(mapper.Map<TDto>).ToList(), size, dto => new IdCursor(id(dto)));
    }
}
