using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DeliveryTracker.Contracts.Timescales;

namespace DeliveryTracker.Api.Features.Timescales;

/// <summary>
/// Reads the free-text timescale of a delivery plan action ("September 2019", "Ongoing",
/// "March 2019 – March 2020") into a kind, dates and a confidence.
/// </summary>
/// <remarks>
/// Pure and culture-independent: no I/O, no clock, English month names only. The raw text is
/// never changed or dropped by the caller; this only produces a reading of it.
/// </remarks>
public static partial class TimescaleParser
{
    // Nothing written in a timescale cell is this long; longer text is a misplaced paragraph,
    // and the cap keeps every pattern below cheap whatever is pasted in.
    private const int MaxLength = 200;

    // Notes quote the raw text; keep them short enough to show in a table cell.
    private const int MaxQuotedLength = 80;

    // A written year outside this window is far more likely a reference number than a plan date.
    private const int MinWrittenYear = 1900;
    private const int MaxWrittenYear = 2199;

    private const string YearFromPlanNote = "year taken from the plan's first year";
    private const string StartFromPlanNote = "start taken as the plan start";

    // English month names, full or three-letter ("sept" too), with an optional full stop ("Sept.").
    // Input is lower-cased before matching, so the pattern is lower case only.
    private const string MonthPattern =
        @"(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";

    private const string OrdinalPattern = "(?:st|nd|rd|th)?";

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private delegate ParsedTimescale? Rule(Input input);

    // Tried in order; the first rule that recognises the text wins. Order matters:
    // "to be agreed" must win over "To <date>", "Ongoing to <date>" over a plain range,
    // a single period ("2019-2020" as a financial year) over a range split at its hyphen,
    // and a range ("From A to B") over a start-only "From A".
    private static readonly Rule[] Rules =
    [
        ReadToBeAgreed,
        ReadOngoing,
        ReadRecurring,
        ReadOngoingUntil,
        ReadStartThenOngoing,
        ReadSinglePeriod,
        ReadRange,
        ReadDueBy,
        ReadStartOnly,
        ReadWrittenTwice,
    ];

    /// <summary>
    /// Reads one timescale text against the plan period it belongs to.
    /// </summary>
    /// <param name="raw">The timescale exactly as written; may be null or blank.</param>
    /// <param name="planStart">First day of the delivery plan; used for text with no year and for "Ongoing"/"Annual".</param>
    /// <param name="planEnd">Last day of the delivery plan; recurring timescales never run past it.</param>
    /// <returns>The reading. Never null, and never throws: unreadable text comes back as <see cref="TimescaleKind.Unknown"/> with a note.</returns>
    /// <remarks>
    /// With a plan running from 2019-04-01:
    /// <list type="bullet">
    /// <item><description>"September 2019" → ByDate, due 2019-09-30, High.</description></item>
    /// <item><description>"March 2019 – March 2020" → Range, 2019-03-01 to 2020-03-31, High.</description></item>
    /// <item><description>"To March 2020" → ByDate, due 2020-03-31, High.</description></item>
    /// <item><description>"Commence September 2019" / "Project initiated September 2019" → StartOnly, start 2019-09-01, High.</description></item>
    /// <item><description>"February 2019 and ongoing" → Ongoing, start 2019-02-01, High.</description></item>
    /// <item><description>"1 July forward" → Ongoing, start 2019-07-01, Medium (year taken from the plan).</description></item>
    /// <item><description>"Ongoing to March 2020" → Range, 2019-04-01 to 2020-03-31, Medium (start is the plan start).</description></item>
    /// <item><description>"Ongoing" → Ongoing, no dates, High.</description></item>
    /// <item><description>"Annual" / "Throughout the year" → Recurring, 2019-04-01 to 2020-03-31, Medium.</description></item>
    /// <item><description>"2019/20" → Range, 2019-04-01 to 2020-03-31, Medium; "Q1 2019/20" → 2019-04-01 to 2019-06-30.</description></item>
    /// <item><description>"KPI's to be agreed" / "TBC" → ToBeAgreed, no dates, None.</description></item>
    /// <item><description>"" → Unknown, note "no timescale given"; "blah" → Unknown, note "could not read 'blah'".</description></item>
    /// </list>
    /// </remarks>
    public static ParsedTimescale Parse(string? raw, DateOnly planStart, DateOnly planEnd)
    {
        var text = Normalise(raw);
        if (text.Length == 0)
        {
            return Unknown("no timescale given");
        }

        if (text.Length <= MaxLength)
        {
            var input = new Input(raw ?? string.Empty, text, planStart, planEnd);
            foreach (var rule in Rules)
            {
                if (rule(input) is { } parsed)
                {
                    return parsed;
                }
            }
        }

        return Unknown($"could not read '{Quote(raw)}'");
    }

    // Raw is kept only to quote it back in notes; the rules read the normalised Text.
    private sealed record Input(string Raw, string Text, DateOnly PlanStart, DateOnly PlanEnd);

    // ---------------------------------------------------------------------------------------
    // Normaliser: text pasted from PDFs and Word carries curly quotes, odd dashes, non-breaking
    // spaces and Cyrillic letters that look Latin ("КРІ"). Fold all of that away once, here, so
    // the patterns below only ever see plain lower-case ASCII-ish text.
    // ---------------------------------------------------------------------------------------

    private static string Normalise(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            if (Fold(c) is { } folded)
            {
                builder.Append(char.ToLowerInvariant(folded));
            }
        }

        var text = Whitespace().Replace(builder.ToString(), " ").Replace(" & ", " and ", StringComparison.Ordinal);

        // Peel off wrapping that carries no meaning: trailing full stops, quotes, brackets.
        // Bounded loop: each pass must shorten the text or it stops.
        string previous;
        do
        {
            previous = text;
            text = text.Trim().TrimEnd('.', ',', ';', ':', '!', '*').Trim('"', '\'', ' ');
            if (text.Length >= 2 && text[0] == '(' && text[^1] == ')')
            {
                text = text[1..^1];
            }
        }
        while (text.Length < previous.Length);

        return text;
    }

    // Returns the plain character to use, or null to drop it.
    private static char? Fold(char c) => c switch
    {
        '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => null,
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
        '\u2010' or '\u2011' => '-',
        // En dash stands for every long dash so a range separator can be told apart from the
        // hyphen inside an ISO date.
        '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' => '\u2013',
        // Cyrillic and Greek capitals that PDF extraction substitutes for Latin ones.
        '\u0410' or '\u0391' => 'A',
        '\u0412' or '\u0392' => 'B',
        '\u0421' => 'C',
        '\u0415' or '\u0395' => 'E',
        '\u041D' or '\u0397' => 'H',
        '\u0406' or '\u0399' or '\u04C0' => 'I',
        '\u0408' => 'J',
        '\u041A' or '\u039A' => 'K',
        '\u041C' or '\u039C' => 'M',
        '\u039D' => 'N',
        '\u041E' or '\u039F' => 'O',
        '\u0420' or '\u03A1' => 'P',
        '\u0405' => 'S',
        '\u0422' or '\u03A4' => 'T',
        '\u0425' or '\u03A7' => 'X',
        '\u04AE' or '\u03A5' => 'Y',
        '\u0396' => 'Z',
        // ...and the lower-case ones.
        '\u0430' => 'a',
        '\u0441' => 'c',
        '\u0501' => 'd',
        '\u0435' => 'e',
        '\u04BB' => 'h',
        '\u0456' => 'i',
        '\u0458' => 'j',
        '\u04CF' => 'l',
        '\u043E' or '\u03BF' => 'o',
        '\u0440' => 'p',
        '\u0455' => 's',
        '\u0443' => 'y',
        '\u0445' => 'x',
        _ when char.IsWhiteSpace(c) || char.IsControl(c) => ' ',
        _ => c,
    };

    // ---------------------------------------------------------------------------------------
    // Rules, in the order they are tried (see Rules).
    // ---------------------------------------------------------------------------------------

    // Anywhere in the text, so "KPI's to be agreed" (a KPI note pasted into the timescale
    // column) counts as well as "To be agreed".
    private static ParsedTimescale? ReadToBeAgreed(Input input) =>
        ToBeAgreedPhrase().IsMatch(input.Text)
            ? new ParsedTimescale(TimescaleKind.ToBeAgreed, null, null, TimescaleConfidence.None, null)
            : null;

    private static ParsedTimescale? ReadOngoing(Input input) =>
        OngoingPhrase().IsMatch(input.Text)
            ? new ParsedTimescale(TimescaleKind.Ongoing, null, null, TimescaleConfidence.High, null)
            : null;

    // "Annual" in a plan means "in each plan year"; the dates given are for the first one,
    // capped at the plan end for plans shorter than a year.
    private static ParsedTimescale? ReadRecurring(Input input)
    {
        var match = RecurringPhrase().Match(input.Text);
        if (!match.Success)
        {
            return null;
        }

        var recurrence = match.Groups["quarterly"].Success ? "quarterly"
            : match.Groups["monthly"].Success ? "monthly"
            : match.Groups["weekly"].Success ? "weekly"
            : "annual";
        var due = EndOfFirstPlanYear(input.PlanStart);
        if (input.PlanEnd >= input.PlanStart && input.PlanEnd < due)
        {
            due = input.PlanEnd;
        }

        return new ParsedTimescale(
            TimescaleKind.Recurring,
            input.PlanStart,
            due,
            TimescaleConfidence.Medium,
            $"{recurrence} recurrence; dates cover the first plan year");
    }

    // "Ongoing to March 2020": work already under way when the plan starts, ending on a date.
    // "Ongoing March 2020" (no joining word) is what two table cells look like when PDF
    // extraction runs them together, so it is read the same way but trusted less.
    private static ParsedTimescale? ReadOngoingUntil(Input input)
    {
        var match = OngoingUntilPhrase().Match(input.Text);
        if (!match.Success || ReadPeriod(match.Groups["end"].Value, input.PlanStart) is not { } end)
        {
            return null;
        }

        if (end.End < input.PlanStart)
        {
            return Unknown($"ends before the plan starts: '{Quote(input.Raw)}'");
        }

        var joined = match.Groups["joiner"].Success;
        var confidence = Worst(end.Confidence, joined ? TimescaleConfidence.Medium : TimescaleConfidence.Low);
        var note = joined
            ? StartFromPlanNote
            : StartFromPlanNote + "; read as 'ongoing to', the text may be two cells run together";
        return new ParsedTimescale(TimescaleKind.Range, input.PlanStart, end.End, confidence, JoinNotes(note, end.Note));
    }

    // "February 2019 and ongoing", "1 July forward", "from April 2020 onwards".
    private static ParsedTimescale? ReadStartThenOngoing(Input input)
    {
        var match = StartThenOngoingPhrase().Match(input.Text);
        if (!match.Success || ReadPeriod(match.Groups["start"].Value, input.PlanStart) is not { } start)
        {
            return null;
        }

        return new ParsedTimescale(TimescaleKind.Ongoing, start.Start, null, start.Confidence, start.Note);
    }

    // One date phrase on its own: a month, a day, a year, a quarter, a financial year, a season.
    private static ParsedTimescale? ReadSinglePeriod(Input input)
    {
        if (ReadPeriod(input.Text, input.PlanStart) is not { } period)
        {
            return null;
        }

        return period.Shape == PeriodShape.Span
            ? new ParsedTimescale(TimescaleKind.Range, period.Start, period.End, period.Confidence, period.Note)
            : new ParsedTimescale(TimescaleKind.ByDate, null, period.End, period.Confidence, period.Note);
    }

    // "A – B", "A - B", "A to B", "from A to B", "between A and B". Every separator position is
    // tried and only a split where both sides read as dates counts, so the hyphens inside
    // "2019-09-30" never split it (neither "2019" + "09-30" nor "2019-09" + "30" reads).
    private static ParsedTimescale? ReadRange(Input input)
    {
        var body = input.Text;
        var separator = RangeSeparator();
        if (body.StartsWith("between ", StringComparison.Ordinal))
        {
            body = body["between ".Length..];
            separator = AndSeparator();
        }
        else if (body.StartsWith("from ", StringComparison.Ordinal))
        {
            body = body["from ".Length..];
        }

        foreach (var split in separator.EnumerateMatches(body))
        {
            var left = body[..split.Index].Trim();
            var right = body[(split.Index + split.Length)..].Trim();
            if (left.Length > 0 && right.Length > 0 && ReadBounds(left, right, input.PlanStart) is { } range)
            {
                return range.To.End < range.From.Start
                    ? Unknown($"range ends before it starts: '{Quote(input.Raw)}'")
                    : new ParsedTimescale(TimescaleKind.Range, range.From.Start, range.To.End, Worst(range.From.Confidence, range.To.Confidence), JoinNotes(range.From.Note, range.To.Note));
            }
        }

        return null;
    }

    // "To March 2020", "By end of 2019", "No later than 30/09/2019".
    private static ParsedTimescale? ReadDueBy(Input input)
    {
        var match = DueByPhrase().Match(input.Text);
        if (!match.Success || ReadPeriod(match.Groups["end"].Value, input.PlanStart) is not { } end)
        {
            return null;
        }

        return new ParsedTimescale(TimescaleKind.ByDate, null, end.End, end.Confidence, end.Note);
    }

    // "Commence September 2019", "Project initiated September 2019", "From April 2020".
    private static ParsedTimescale? ReadStartOnly(Input input)
    {
        var match = StartOnlyPhrase().Match(input.Text);
        if (!match.Success || ReadPeriod(match.Groups["start"].Value, input.PlanStart) is not { } start)
        {
            return null;
        }

        return new ParsedTimescale(TimescaleKind.StartOnly, start.Start, null, start.Confidence, start.Note);
    }

    // "September 2019 September 2019": two merged table rows with the same timescale.
    // Read one copy; the text is strictly shorter each time, so this recursion ends.
    private static ParsedTimescale? ReadWrittenTwice(Input input)
    {
        var match = WrittenTwice().Match(input.Text);
        if (!match.Success)
        {
            return null;
        }

        var once = Parse(match.Groups["once"].Value, input.PlanStart, input.PlanEnd);
        return once.Kind == TimescaleKind.Unknown
            ? null
            : once with { Note = JoinNotes(once.Note, "the same timescale is written twice") };
    }

    // ---------------------------------------------------------------------------------------
    // Date-phrase reader: turns one phrase ("September 2019", "1 July", "Q1 2019/20") into the
    // period it names, from its first day to its last.
    // ---------------------------------------------------------------------------------------

    private enum PeriodShape
    {
        Day,
        Month,
        Year,
        Span,
    }

    private readonly record struct Period(
        DateOnly Start,
        DateOnly End,
        PeriodShape Shape,
        TimescaleConfidence Confidence,
        bool YearWritten,
        string? Note);

    private readonly record struct Bounds(Period From, Period To);

    // A phrase with no year ("September", "1 July") is placed at its first occurrence on or
    // after `notBefore`: the plan start, or the other end of a range.
    private static Period? ReadPeriod(string phrase, DateOnly notBefore)
    {
        phrase = phrase.Trim();
        return ReadNumericDate(phrase)
            ?? ReadDayAndMonth(phrase, notBefore)
            ?? ReadMonth(phrase, notBefore)
            ?? ReadFinancialYear(phrase)
            ?? ReadQuarter(phrase)
            ?? ReadSeason(phrase)
            ?? ReadYear(phrase);
    }

    // "2019-09-30" (ISO), "30/09/2019" and "30.09.19" (UK, day first), "09/2019".
    private static Period? ReadNumericDate(string phrase)
    {
        var iso = IsoDate().Match(phrase);
        if (iso.Success)
        {
            return Day(Number(iso, "year"), Number(iso, "month"), Number(iso, "day"));
        }

        var uk = UkDate().Match(phrase);
        if (uk.Success)
        {
            var year = Number(uk, "year");
            return Day(year < 100 ? 2000 + year : year, Number(uk, "month"), Number(uk, "day"));
        }

        var monthYear = NumericMonth().Match(phrase);
        return monthYear.Success ? Month(Number(monthYear, "year"), Number(monthYear, "month")) : null;
    }

    // "1 July 2019", "1st of July", "July 1, 2019", "July 1".
    private static Period? ReadDayAndMonth(string phrase, DateOnly notBefore)
    {
        var match = DayMonthYear().Match(phrase);
        if (!match.Success)
        {
            match = MonthDayYear().Match(phrase);
        }

        if (!match.Success)
        {
            return null;
        }

        var month = MonthNumber(match.Groups["month"].Value);
        var day = Number(match, "day");
        if (match.Groups["year"].Success)
        {
            return Day(Number(match, "year"), month, day);
        }

        // Try a few years so 29 February still lands on a leap year.
        for (var year = notBefore.Year; year <= notBefore.Year + 8; year++)
        {
            if (TryDate(year, month, day, 1, 9999) is { } date && date >= notBefore)
            {
                return new Period(date, date, PeriodShape.Day, TimescaleConfidence.Medium, false, YearFromPlanNote);
            }
        }

        return null;
    }

    // "September 2019", "Sept.", "mid-March 2020", "late September".
    private static Period? ReadMonth(string phrase, DateOnly notBefore)
    {
        var match = MonthYear().Match(phrase);
        if (!match.Success)
        {
            return null;
        }

        var month = MonthNumber(match.Groups["month"].Value);
        Period? period;
        if (match.Groups["year"].Success)
        {
            period = Month(Number(match, "year"), month);
        }
        else
        {
            var year = notBefore.Year;
            if (year < 9999 && TryDate(year, month, DateTime.DaysInMonth(year, month), 1, 9999) < notBefore)
            {
                year++;
            }

            period = TryDate(year, month, 1, 1, 9999) is { } first
                ? new Period(first, LastDayOfMonth(first), PeriodShape.Month, TimescaleConfidence.Medium, false, YearFromPlanNote)
                : null;
        }

        if (period is not { } whole || !match.Groups["part"].Success)
        {
            return period;
        }

        // Early / mid / late split a month into thirds ending on the 10th, 20th and last day.
        var part = match.Groups["part"].Value;
        var (startDay, endDay) = part switch
        {
            "early" => (1, 10),
            "mid" => (11, 20),
            _ => (21, whole.End.Day),
        };
        var partNote = part == "late" ? "'late' taken as the end of the month" : $"'{part}' taken as the {endDay}th";
        return new Period(
            new DateOnly(whole.Start.Year, month, startDay),
            new DateOnly(whole.Start.Year, month, endDay),
            PeriodShape.Day,
            Worst(whole.Confidence, TimescaleConfidence.Medium),
            whole.YearWritten,
            JoinNotes(whole.Note, partNote));
    }

    // UK public-sector financial year: 1 April to 31 March. "2019/20", "2019-20", "FY2019/2020".
    private static Period? ReadFinancialYear(string phrase)
    {
        var match = FinancialYear().Match(phrase);
        if (!match.Success || FinancialYearStart(match) is not { } firstYear)
        {
            return null;
        }

        return Span(new DateOnly(firstYear, 4, 1), new DateOnly(firstYear + 1, 3, 31), TimescaleConfidence.Medium, "financial year taken as April to March");
    }

    // "Q1 2019/20" is a financial quarter (Q1 = April to June); "Q3 2019" a calendar quarter.
    private static Period? ReadQuarter(string phrase)
    {
        var match = Quarter().Match(phrase);
        if (!match.Success)
        {
            return null;
        }

        var quarter = Number(match, "quarter");
        if (match.Groups["year"].Success)
        {
            var year = Number(match, "year");
            if (!IsWrittenYear(year))
            {
                return null;
            }

            var start = new DateOnly(year, (quarter * 3) - 2, 1);
            return Span(start, LastDayOfMonth(start.AddMonths(2)), TimescaleConfidence.Medium, "calendar quarter");
        }

        if (FinancialYearStart(match) is not { } firstYear)
        {
            return null;
        }

        var financialStart = new DateOnly(firstYear, 4, 1).AddMonths((quarter - 1) * 3);
        return Span(financialStart, LastDayOfMonth(financialStart.AddMonths(2)), TimescaleConfidence.Medium, "financial quarter (Q1 = April to June)");
    }

    // Seasons are loose: Spring = Mar–May, Summer = Jun–Aug, Autumn = Sep–Nov, Winter = Dec–Feb.
    private static Period? ReadSeason(string phrase)
    {
        var match = Season().Match(phrase);
        var year = match.Success ? Number(match, "year") : -1;
        if (!IsWrittenYear(year))
        {
            return null;
        }

        var (firstMonth, description) = match.Groups["season"].Value switch
        {
            "spring" => (3, "spring taken as March to May"),
            "summer" => (6, "summer taken as June to August"),
            "winter" => (12, "winter taken as December to February"),
            _ => (9, "autumn taken as September to November"),
        };
        var start = new DateOnly(year, firstMonth, 1);
        return Span(start, LastDayOfMonth(start.AddMonths(2)), TimescaleConfidence.Low, description);
    }

    // "2019" on its own: due by the end of that calendar year.
    private static Period? ReadYear(string phrase)
    {
        var match = YearOnly().Match(phrase);
        var year = match.Success ? Number(match, "year") : -1;
        if (!IsWrittenYear(year))
        {
            return null;
        }

        return new Period(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), PeriodShape.Year, TimescaleConfidence.Medium, true, "year only, taken as January to December");
    }

    // Reads both ends of a range. A side with no year borrows it from the other side
    // ("September – December 2019", "November – February 2020" → November 2019); when
    // neither side has a year both come from the plan.
    private static Bounds? ReadBounds(string left, string right, DateOnly planStart)
    {
        if (ReadPeriod(left, planStart) is not { } from)
        {
            return null;
        }

        if (from.YearWritten)
        {
            return ReadPeriod(right, from.Start) is { } to
                ? new Bounds(from, to.YearWritten ? to : to with { Confidence = from.Confidence, Note = from.Note })
                : null;
        }

        if (ReadPeriod(right, planStart) is not { } end)
        {
            return null;
        }

        if (end.YearWritten)
        {
            var yearBeforeEnd = end.End.AddYears(-1).AddDays(1);
            return ReadPeriod(left, yearBeforeEnd) is { } start
                ? new Bounds(start with { Confidence = end.Confidence, Note = end.Note }, end)
                : null;
        }

        return ReadPeriod(right, from.Start) is { } afterFrom ? new Bounds(from, afterFrom) : null;
    }

    // ---------------------------------------------------------------------------------------
    // Small helpers.
    // ---------------------------------------------------------------------------------------

    private static ParsedTimescale Unknown(string note) =>
        new(TimescaleKind.Unknown, null, null, TimescaleConfidence.None, note);

    private static Period? Day(int year, int month, int day) =>
        IsWrittenYear(year) && TryDate(year, month, day, MinWrittenYear, MaxWrittenYear) is { } date
            ? new Period(date, date, PeriodShape.Day, TimescaleConfidence.High, true, null)
            : null;

    private static Period? Month(int year, int month) =>
        TryDate(year, month, 1, MinWrittenYear, MaxWrittenYear) is { } first
            ? new Period(first, LastDayOfMonth(first), PeriodShape.Month, TimescaleConfidence.High, true, null)
            : null;

    private static Period Span(DateOnly start, DateOnly end, TimescaleConfidence confidence, string note) =>
        new(start, end, PeriodShape.Span, confidence, true, note);

    // The first year of the financial year a match names, or null when its two years are not
    // consecutive ("2019/21" is not a financial year).
    private static int? FinancialYearStart(Match match)
    {
        var first = Number(match, "first");
        var secondText = match.Groups["second"].Value;
        var second = Number(match, "second");
        var consecutive = secondText.Length == 2 ? (first + 1) % 100 == second : first + 1 == second;
        return consecutive && IsWrittenYear(first) && IsWrittenYear(first + 1) ? first : null;
    }

    private static DateOnly? TryDate(int year, int month, int day, int minYear, int maxYear) =>
        year >= minYear && year <= maxYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static bool IsWrittenYear(int year) => year is >= MinWrittenYear and <= MaxWrittenYear;

    private static DateOnly LastDayOfMonth(DateOnly date) =>
        new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));

    private static DateOnly EndOfFirstPlanYear(DateOnly planStart) =>
        planStart.Year < DateOnly.MaxValue.Year ? planStart.AddYears(1).AddDays(-1) : DateOnly.MaxValue;

    // Patterns only capture ASCII digits ([0-9], not \d), and at most four of them, so this
    // cannot fail; -1 keeps any surprise out of the valid ranges checked by the callers.
    private static int Number(Match match, string group) =>
        int.TryParse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;

    // The first three letters identify every English month name and abbreviation.
    private static int MonthNumber(string name) => name.AsSpan(0, 3) switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };

    private static TimescaleConfidence Worst(TimescaleConfidence a, TimescaleConfidence b) => a > b ? a : b;

    private static string? JoinNotes(string? first, string? second) =>
        first is null ? second
        : second is null || second == first ? first
        : $"{first}; {second}";

    private static string Quote(string? raw)
    {
        var text = (raw ?? string.Empty).Trim();
        return text.Length <= MaxQuotedLength ? text : string.Concat(text.AsSpan(0, MaxQuotedLength), "…");
    }

    // ---------------------------------------------------------------------------------------
    // Patterns. All run on normalised, lower-case text and are anchored, so each is one pass.
    // ---------------------------------------------------------------------------------------

    [GeneratedRegex(@"\s+", Options)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\b(?:to be (?:agreed|confirmed|determined|decided|identified)|tba|tbc|tbd)\b", Options)]
    private static partial Regex ToBeAgreedPhrase();

    [GeneratedRegex(@"^(?:on-?going|continuous|continuing|business as usual|bau)$", Options)]
    private static partial Regex OngoingPhrase();

    [GeneratedRegex(@"^(?:throughout the year|all year(?: round)?|annual|annually|yearly|(?:every|each) year|(?<quarterly>quarterly|(?:every|each) quarter)|(?<monthly>monthly|(?:every|each) month)|(?<weekly>weekly|(?:every|each) week))$", Options)]
    private static partial Regex RecurringPhrase();

    [GeneratedRegex(@"^on-?going\s*(?:(?<joiner>to|until|till|through|up to|–|-|,)\s*)?(?<end>.+)$", Options)]
    private static partial Regex OngoingUntilPhrase();

    [GeneratedRegex(@"^(?:(?:on-?going )?(?:from|since) )?(?<start>.+?),? (?:(?:and )?on-?going|forwards?|onwards?|and beyond)$|^on-?going (?:from|since) (?<start>.+)$", Options)]
    private static partial Regex StartThenOngoingPhrase();

    [GeneratedRegex(@"\s*–\s*|\s*-\s*|\s+(?:to|until|till|through|thru)\s+", Options)]
    private static partial Regex RangeSeparator();

    [GeneratedRegex(@"\s+and\s+", Options)]
    private static partial Regex AndSeparator();

    // "end of" comes before "by" so "By end of 2019" is not read as "by" + "end of 2019".
    [GeneratedRegex(@"^(?:(?:by )?(?:the )?end of|no later than|not later than|up to|to|by|until|till|deadline|due(?: by)?|completed? by)\s+(?<end>.+)$", Options)]
    private static partial Regex DueByPhrase();

    [GeneratedRegex(@"^(?:project )?(?:commence[sd]?|commencing|start(?:s|ed|ing)?|from|initiated|launch(?:es|ed|ing)?|begin(?:s|ning)?|began)(?: (?:in|on|from))? (?<start>.+)$", Options)]
    private static partial Regex StartOnlyPhrase();

    [GeneratedRegex(@"^(?<once>.+?) \k<once>$", Options)]
    private static partial Regex WrittenTwice();

    [GeneratedRegex(@"^(?<year>[0-9]{4})-(?<month>[0-9]{1,2})-(?<day>[0-9]{1,2})$", Options)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<day>[0-9]{1,2})([/.-])(?<month>[0-9]{1,2})\1(?<year>[0-9]{4}|[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex UkDate();

    [GeneratedRegex(@"^(?<month>[0-9]{1,2})/(?<year>[0-9]{4})$", Options)]
    private static partial Regex NumericMonth();

    [GeneratedRegex(@"^(?<day>[0-9]{1,2})" + OrdinalPattern + @"\s*(?:of\s+)?" + MonthPattern + @"(?:,?\s*(?<year>[0-9]{4}))?$", Options)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^" + MonthPattern + @"\s*(?<day>[0-9]{1,2})" + OrdinalPattern + @"(?:(?:,\s*|\s+)(?<year>[0-9]{4}))?$", Options)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"^(?:(?<part>early|mid|late)[-\s]*)?" + MonthPattern + @"(?:,?\s*(?<year>[0-9]{4}))?$", Options)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(?:(?:fy|financial year)\s*)?(?<first>[0-9]{4})(?:\s*/\s*|[-–])(?<second>[0-9]{4}|[0-9]{2})$", Options)]
    private static partial Regex FinancialYear();

    [GeneratedRegex(@"^(?:q|quarter\s*)(?<quarter>[1-4])\s*,?\s*(?:(?<year>[0-9]{4})|(?:fy\s*)?(?<first>[0-9]{4})\s*[/–-]\s*(?<second>[0-9]{4}|[0-9]{2}))$", Options)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"^(?<season>spring|summer|autumn|fall|winter)\s*(?<year>[0-9]{4})$", Options)]
    private static partial Regex Season();

    [GeneratedRegex(@"^(?<year>[0-9]{4})$", Options)]
    private static partial Regex YearOnly();
}
