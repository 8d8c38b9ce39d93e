namespace DeliveryTracker.Contracts.Themes;

/// <summary>Validation rules shared by theme requests.</summary>
public static class ThemeRules
{
    public const string CodePattern = "^[A-Z][A-Z0-9]{0,19}$";

    public const string CodeMessage = "The code must be capital letters and digits, starting with a letter (e.g. SYV).";
}
