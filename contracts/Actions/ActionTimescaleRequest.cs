using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Actions;

/// <summary>The part of an action's timescale that a PUT or PATCH of the action sets: the text as written.</summary>
/// <param name="Raw">
/// The timescale as written ("September 2019", "Ongoing"); null for none. A different text is read again against the
/// plan's period and replaces dates corrected by hand; the same text keeps them.
/// </param>
public sealed record ActionTimescaleRequest([StringLength(200)] string? Raw);
