using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Accounts;

/// <summary>Credentials for a sign-in with an account held by Delivery Tracker.</summary>
/// <param name="Email">The account's email address.</param>
/// <param name="Password">The account's password.</param>
public sealed record SignInRequest(
    [Required, StringLength(320, MinimumLength = 3)] string Email,
    [Required, StringLength(256, MinimumLength = 1)] string Password);
