using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Common;

/// <summary>A new order for the children of a parent (themes of a plan, objectives of a theme, actions of an objective).</summary>
/// <param name="Ids">Every child's id, each once, in the new order.</param>
public sealed record ReorderRequest([Required, MinLength(1), MaxLength(1000)] IReadOnlyList<Guid> Ids);
