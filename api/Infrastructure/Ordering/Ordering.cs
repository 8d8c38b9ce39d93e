using DeliveryTracker.Api.Infrastructure.Errors;

namespace DeliveryTracker.Api.Infrastructure.Ordering;

/// <summary>Keeps the 1-based positions of siblings (themes in a plan, objectives in a theme, actions in an objective) dense.</summary>
public static class Ordering
{
    /// <summary>Places <paramref name="item"/> at <paramref name="requested"/> (or last) and moves later siblings down one.</summary>
    public static void Insert<T>(IReadOnlyList<T> siblings, T item, int? requested, Func<T, int> position, Action<T, int> setPosition)
    {
        ArgumentNullException.ThrowIfNull(siblings);
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(setPosition);
        var last = siblings.Count + 1;
        var target = Math.Clamp(requested ?? last, 1, last);
        foreach (var sibling in siblings.Where(s => position(s) >= target))
        {
            setPosition(sibling, position(sibling) + 1);
        }

        setPosition(item, target);
    }

    /// <summary>Sets positions from the order of <paramref name="ids"/>, which must name every sibling exactly once.</summary>
    /// <exception cref="RequestValidationException">An id is missing, repeated or not a sibling.</exception>
    public static void Apply<T>(IReadOnlyList<T> siblings, IReadOnlyList<Guid> ids, Func<T, Guid> id, Action<T, int> setPosition, string field)
    {
        ArgumentNullException.ThrowIfNull(siblings);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(setPosition);
        var byId = siblings.ToDictionary(id);
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
            setPosition(byId[ids[index]], index + 1);
        }
    }
}
