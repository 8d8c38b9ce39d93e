using DeliveryTracker.Api.Features.Reminders;

namespace DeliveryTracker.Tests.Features.Reminders;

/// <summary>Working days in England and Wales, against the real 2020 and 2021 bank holidays.</summary>
public sealed class WorkingDaysTests
{
    [TestCase("2020-04-20", 10, "2020-04-02", TestName = "Before_OverEaster2020_SkipsGoodFridayAndEasterMonday")]
    [TestCase("2020-04-20", 1, "2020-04-17", TestName = "Before_OneDayFromAMonday_IsTheFriday")]
    [TestCase("2020-05-11", 1, "2020-05-07", TestName = "Before_VeDay2020_TheMayBankHolidayMovedToFriday8May")]
    [TestCase("2020-05-12", 2, "2020-05-07", TestName = "Before_TwoDaysFromTuesday12May2020_SkipsVeDay")]
    [TestCase("2020-12-29", 1, "2020-12-24", TestName = "Before_Christmas2020_BoxingDayOnSaturdayMovesToMonday28")]
    [TestCase("2021-01-05", 2, "2020-12-31", TestName = "Before_NewYear2021_SkipsFriday1January")]
    [TestCase("2021-06-01", 1, "2021-05-28", TestName = "Before_SpringBankHoliday2021_SkipsMonday31May")]
    [TestCase("2021-12-29", 1, "2021-12-24", TestName = "Before_Christmas2021_BothHolidaysMovedToMonday27AndTuesday28")]
    [TestCase("2020-04-20", 0, "2020-04-20", TestName = "Before_ZeroDays_IsTheDateItself")]
    public void Before_CountsBackWorkingDays(string date, int workingDays, string expected) =>
        Assert.That(WorkingDays.Before(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), workingDays),
            Is.EqualTo(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));

    [TestCase("2020-05-08", false, TestName = "IsWorkingDay_8May2020_VeDayBankHoliday")]
    [TestCase("2020-05-04", true, TestName = "IsWorkingDay_4May2020_NotABankHolidayThatYear")]
    [TestCase("2020-08-31", false, TestName = "IsWorkingDay_31August2020_SummerBankHoliday")]
    [TestCase("2021-12-27", false, TestName = "IsWorkingDay_27December2021_ChristmasDaySubstitute")]
    [TestCase("2021-12-28", false, TestName = "IsWorkingDay_28December2021_BoxingDaySubstitute")]
    [TestCase("2021-03-13", false, TestName = "IsWorkingDay_Saturday")]
    [TestCase("2021-03-15", true, TestName = "IsWorkingDay_OrdinaryMonday")]
    public void IsWorkingDay_EnglandAndWales(string date, bool expected) =>
        Assert.That(WorkingDays.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(expected));
}
