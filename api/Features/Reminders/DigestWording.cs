using System.Globalization;
using System.Net;
using System.Text;
using DeliveryTracker.Api.Infrastructure;
using DeliveryTracker.Contracts.Reminders;

namespace DeliveryTracker.Api.Features.Reminders;

/// <summary>
/// The words of a digest, in the GOV.UK Notify style: short sentences, plain English, dates written out, no jargon. One
/// section per kind of reminder, each item a sentence about its date, the action's text and a link to the action, e.g.
/// "SYV-1.1 was due on 30 September 2019. It is 183 days overdue." Everything from the database is HTML-encoded in the
/// HTML part.
/// </summary>
public sealed class DigestWording(PublicUrls urls)
{
    /// <summary>Action texts are shortened to this many characters: the link leads to the whole text.</summary>
    private const int ActionTextLength = 200;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public DigestMessage Write(IReadOnlyList<DigestItem> items, DigestUpdateLink? updateLink)
    {
        ArgumentNullException.ThrowIfNull(items);
        // Said from what the digest holds, not whom it is for: one person may be a programme manager and a lead (one
        // digest per person), so it can hold actions to update and actions to chase.
        var toChase = items.Any(item => item.Kind is ReminderKind.Escalation or ReminderKind.Unassigned);
        var toUpdate = items.Any(item => item.Kind is not (ReminderKind.Escalation or ReminderKind.Unassigned));
        var actions = items.Select(item => item.ActionId).Distinct().Count();
        var subject = actions == 1
            ? (toChase ? "1 action needs your attention" : "1 action needs an update")
            : (toChase ? $"{actions} actions need your attention" : $"{actions} actions need an update");
        // A lead with no account cannot open the action pages: their links, and the closing, lead to the update link instead.
        var closing = (toUpdate, toChase) switch
        {
            (true, true) => "Open each action to post a progress update, or to see its progress and chase its lead.",
            (false, _) => "Open each action to see its progress and chase its lead.",
            _ => updateLink is null ? "Open each action to post a progress update." : "Use the link below to post a progress update to each action.",
        };

        var text = new StringBuilder();
        var html = new StringBuilder();
        text.Append(subject).Append(".\n");
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>").Append(Encode(subject)).Append("</title></head>\n")
            .Append("<body style=\"font-family: Arial, sans-serif; font-size: 16px; line-height: 1.4; color: #0b0c0c;\">\n")
            .Append("<p>").Append(Encode(subject)).Append(".</p>\n");

        foreach (var section in items.GroupBy(item => item.Kind).OrderBy(group => DigestOrder.Rank(group.Key)))
        {
            text.Append('\n').Append(Heading(section.Key)).Append('\n');
            html.Append("<h2 style=\"font-size: 19px;\">").Append(Encode(Heading(section.Key))).Append("</h2>\n<ul>\n");
            foreach (var item in section)
            {
                var link = (updateLink?.Url ?? urls.Action(item.ActionId)).AbsoluteUri;
                var actionText = Shorten(item.ActionText);
                text.Append('\n').Append(Sentence(item, item.ReferenceCode)).Append('\n')
                    .Append(actionText).Append('\n')
                    .Append(link).Append('\n');
                html.Append("<li><p><a href=\"").Append(Encode(link)).Append("\">").Append(Encode(item.ReferenceCode)).Append("</a>")
                    .Append(Encode(Sentence(item, ""))).Append("<br>\n").Append(Encode(actionText)).Append("</p></li>\n");
            }

            html.Append("</ul>\n");
        }

        text.Append('\n').Append(closing).Append('\n');
        html.Append("<p>").Append(Encode(closing)).Append("</p>\n");
        if (updateLink is not null)
        {
            var until = updateLink.ExpiresAt.ToString("d MMMM yyyy", English);
            var linkSentence = $"You do not need an account to post these updates. Use this link until {until}. Do not share it: it lets anyone who has it post updates to these actions.";
            text.Append('\n').Append(linkSentence).Append('\n').Append(updateLink.Url.AbsoluteUri).Append('\n');
            html.Append("<p>").Append(Encode(linkSentence)).Append("</p>\n<p><a href=\"").Append(Encode(updateLink.Url.AbsoluteUri))
                .Append("\">Post your updates</a></p>\n");
        }

        html.Append("</body>\n</html>\n");
        return new DigestMessage(subject, text.ToString(), html.ToString(), items.Select(item => item.ReminderId).ToList());
    }

    private static string Heading(ReminderKind kind) => kind switch
    {
        ReminderKind.Overdue => "Overdue",
        ReminderKind.Escalation => "Overdue for a long time",
        ReminderKind.Unassigned => "No lead",
        ReminderKind.DueSoon => "Due soon",
        ReminderKind.BoardUpdateRequest => "Update needed for the board",
        _ => kind.ToString(),
    };

    /// <summary>
    /// The sentence about one item, starting with <paramref name="reference"/> (the text part names the action; the HTML part
    /// puts the link before it and passes "").
    /// </summary>
    private static string Sentence(DigestItem item, string reference)
    {
        var due = item.DueOn.ToString("d MMMM yyyy", English);
        var days = item.DaysOverdue == 1 ? "1 day" : string.Create(English, $"{item.DaysOverdue:N0} days");
        var overdue = $" was due on {due}. It is {days} overdue.";
        return item.Kind switch
        {
            ReminderKind.Overdue => reference + overdue,
            // An action with no lead (or one "to be agreed") had no one to remind: the managers are told so instead.
            ReminderKind.Escalation => reference + overdue + (item.HasLead ? " Its lead has been reminded." : " It has no lead."),
            ReminderKind.Unassigned => reference + " has no lead." + (item.DaysOverdue > 0 ? $" It was due on {due}. It is {days} overdue." : $" It is due on {due}."),
            ReminderKind.DueSoon => reference + $" is due on {due}.",
            ReminderKind.BoardUpdateRequest => reference + $" needs an update before the board meets on {due}.",
            _ => reference + $" is due on {due}.",
        };
    }

    private static string Shorten(string text)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return oneLine.Length <= ActionTextLength ? oneLine : string.Concat(oneLine.AsSpan(0, ActionTextLength - 1).TrimEnd(), "…");
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
