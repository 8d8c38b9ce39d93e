using System.ComponentModel.DataAnnotations;

namespace DeliveryTracker.Contracts.Accounts;

/// <summary>Credentials for a sign-in with an account held by Delivery Tracker.</summary>
/// <param name="Email">The account's email address.</param>
/// <param name="Password">The account's password.</param>
/// <remarks>The messages are the GOV.UK Design System's, as the sign-in page shows them as they are.</remarks>
public sealed record SignInRequest(
    [Required(ErrorMessage = "Enter your email address"), StringLength(320, MinimumLength = 3, ErrorMessage = "Enter an email address between 3 and 320 characters")] string Email,
    [Required(ErrorMessage = "Enter your password"), StringLength(256, MinimumLength = 1, ErrorMessage = "Enter a password of 256 characters or fewer")] string Password);
