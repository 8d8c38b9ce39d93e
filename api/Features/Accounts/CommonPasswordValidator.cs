using Microsoft.AspNetCore.Identity;

namespace DeliveryTracker.Api.Features.Accounts;

/// <summary>Refuses passwords that contain the user's own email name or one of the words attackers try first.</summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<TrackerUser>
{
    private static readonly string[] Guessable = ["password", "passw0rd", "qwerty", "letmein", "welcome", "123456", "council", "kensington", "chelsea", "delivery"];

    public Task<IdentityResult> ValidateAsync(UserManager<TrackerUser> manager, TrackerUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var localPart = user.Email?.Split('@')[0];
        if (localPart is { Length: >= 3 } && password.Contains(localPart, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(Failed("PasswordContainsEmail", "The password must not contain your email name."));
        }

        var word = Guessable.FirstOrDefault(w => password.Contains(w, StringComparison.OrdinalIgnoreCase));
        return Task.FromResult(word is null ? IdentityResult.Success : Failed("PasswordTooCommon", $"The password must not contain a common word such as \"{word}\"."));
    }

    private static IdentityResult Failed(string code, string description) => IdentityResult.Failed(new IdentityError { Code = code, Description = description });
}
