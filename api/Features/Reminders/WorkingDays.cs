using PublicHoliday;

namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>
/// Working days in England and Wales: Monday to Friday, bank holidays excluded (computed by the <c>PublicHoliday</c>
/// package, which moves a holiday that falls at a weekend to the next working day, as the government does).
/// </summary>
/// <remarks>
/// "N working days before a date" counts back from the day before it, skipping weekends and bank holidays. Example:
/// a board meeting on Monday 20 Apr 2020 with 10 working days' notice: 17, 16, 15, 14 Apr (4), then Easter Monday
/// 13 Apr and Good Friday 10 Apr are skipped with the weekend, 9, 8, 7, 6 Apr (8), the weekend, 3 Apr (9), 2 Apr (10):
/// the request day is Thursday 2 Apr 2020, and 2–17 Apr holds exactly ten working days. Without Easter it would be
/// 6 Apr. The 2020 early May bank holiday was moved to Friday 8 May (VE Day), and the package knows it.
/// </remarks>
public static class WorkingDays
{
    /// <summary>The day <paramref name="workingDays"/> working days before <paramref name="date"/>; 0 gives the date itself.</summary>
    public static DateOnly Before(DateOnly date, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var holidays = new UKBankHoliday(UKBankHoliday.UkCountries.England);
        var day = date;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(-1);
            if (IsWorkingDay(holidays, day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>Whether <paramref name="date"/> is a working day in England and Wales.</summary>
    public static bool IsWorkingDay(DateOnly date) => IsWorkingDay(new UKBankHoliday(UKBankHoliday.UkCountries.England), date);

    private static bool IsWorkingDay(UKBankHoliday holidays, DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.IsBankHoliday(date.ToDateTime(TimeOnly.MinValue));
}
