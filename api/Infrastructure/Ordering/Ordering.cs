using DeliveryTracker.Api.Infrastructure.Errors;

namespace DeliveryTracker.Api.Infrastructure.Ordering;

/// <summary>
/// Keeps the 1-based positions of siblings (themes in a plan, objectives in a theme, actions in an objective) dense:
/// the one place that inserts, reorders and closes the gap a deleted sibling leaves.
/// </summary>
/// <remarks>
/// Objectives at 1, 2, 3: inserting one at 2 moves 2 and 3 to 3 and 4; deleting the one at 2 moves 3 and 4 back to 2
/// and 3. <see cref="Reordering"/> is the write behind <c>PUT …/order</c>.
/// </remarks>
public static class Ordering
{
    /// <summary>Places <paramref name="item"/> at <paramref name="requested"/> (or last) and moves later siblings down one.</summary>
    public static void Insert<T>(IReadOnlyList<T> siblings, T item, int? requested)
        where T : IOrdered
    {
        ArgumentNullException.ThrowIfNull(siblings);
        ArgumentNullException.ThrowIfNull(item);
        var last = siblings.Count + 1;
        var target = Math.Clamp(requested ?? last, 1, last);
        foreach (var sibling in siblings.Where(s => s.Position >= target))
        {
            sibling.Position++;
        }

        item.Position = target;
    }

    /// <summary>Takes <paramref name="item"/> out of the order: the siblings after it move up one.</summary>
    public static void Remove<T>(IEnumerable<T> siblings, T item)
        where T : IOrdered
    {
        ArgumentNullException.ThrowIfNull(siblings);
        ArgumentNullException.ThrowIfNull(item);
        foreach (var sibling in siblings.Where(s => s.Id != item.Id && s.Position > item.Position))
        {
            sibling.Position--;
        }
    }

    /// <summary>Sets positions from the order of <paramref name="ids"/>, which must name every sibling exactly once.</summary>
    /// <exception cref="RequestValidationException">An id is missing, repeated or not a sibling.</exception>
    public static void Apply<T>(IReadOnlyList<T> siblings, IReadOnlyList<Guid> ids, string field)
        where T : IOrdered
    {
        ArgumentNullException.ThrowIfNull(siblings);
        ArgumentNullException.ThrowIfNull(ids);
        var byId = siblings.ToDictionary(s => s.Id);
        var unknown = ids.Where(i => !byId.ContainsKey(i)).ToList();
        var missing = byId.Keys.Except(ids).ToList();
        if (unknown.Count > 0 || missing.Count > 0 || ids.Distinct().Count() != ids.Count)
        {
            var problems = new List<string>();
            if (unknown.Count > 0)
            {
                problems.Add($"not in this list: {string.Join(", ", unknown)}");
            }

            if (missing.Count > 0)
            {
                problems.Add($"missing: {string.Join(", ", missing)}");
            }

            if (ids.Distinct().Count() != ids.Count)
            {
                problems.Add("some ids are repeated");
            }

            throw new RequestValidationException(field, "Send every id exactly once; " + string.Join("; ", problems) + ".");
        }

        for (var index = 0; index < ids.Count; index++)
        {
            byId[ids[index]].Position = index + 1;
        }
    }

    /// <summary>The siblings by position.</summary>
    public static List<T> InOrder<T>(IEnumerable<T> siblings)
        where T : IOrdered =>
        siblings.OrderBy(s => s.Position).ToList();
}
