using System.Text.Json.Nodes;

namespace CoopRegistry.Data.Configurations;

/// <summary>
/// A deadline as a small tagged JSON object for its jsonb column: <c>{"form": "on_or_before",
/// "date": "2026-06-30", "text": "chậm nhất ngày 30/6/2026"}</c>. The form names match the contract's
/// Deadline oneof; <c>text</c> (the canonical phrase) is written for people reading the table and ignored on read.
/// </summary>
public static class DeadlineJson
{
    public static string Serialize(Deadline deadline) => ToNode(deadline).ToJsonString();

    public static Deadline Deserialize(string json) =>
        FromNode(JsonNode.Parse(json) as JsonObject ?? throw new JsonException("a deadline is a JSON object"));

    private static JsonObject ToNode(Deadline deadline)
    {
        var node = deadline switch
        {
            Deadline.OnOrBefore d => new JsonObject { ["form"] = "on_or_before", ["date"] = Date(d.Date) },
            Deadline.Before d => new JsonObject { ["form"] = "before", ["date"] = Date(d.Date) },
            Deadline.WithinMonth d => new JsonObject { ["form"] = "within_month", ["year"] = d.Year, ["month"] = d.Month },
            Deadline.WithinQuarter d => new JsonObject { ["form"] = "within_quarter", ["year"] = d.Year, ["quarter"] = d.Quarter },
            Deadline.Monthly d => new JsonObject { ["form"] = "monthly", ["rule"] = Rule(d.Rule), ["day"] = d.Day },
            Deadline.Annual => new JsonObject { ["form"] = "annual" },
            Deadline.Tentative d => new JsonObject { ["form"] = "tentative", ["expected"] = ToNode(d.Expected) },
            Deadline.RightAfter d => new JsonObject { ["form"] = "right_after", ["date"] = Date(d.Date), ["occasion"] = d.Occasion },
            Deadline.WithinWorkingDays d => new JsonObject
            {
                ["form"] = "within_working_days",
                ["days"] = d.Days,
                ["from"] = d.From is { } from ? Date(from) : null,
                ["event"] = d.Event,
            },
            Deadline.AfterEvent d => new JsonObject { ["form"] = "after_event", ["event"] = d.Event },
            Deadline.Until d => new JsonObject { ["form"] = "until_event", ["event"] = d.Event },
            Deadline.Ongoing => new JsonObject { ["form"] = "ongoing" },
            _ => throw new ArgumentOutOfRangeException(nameof(deadline), deadline.GetType().Name, "unknown deadline form"),
        };
        node["text"] = deadline.Describe();
        return node;
    }

    private static Deadline FromNode(JsonObject node)
    {
        var form = Text(node, "form") ?? throw new JsonException("a deadline needs its form");
        return form switch
        {
            "on_or_before" => new Deadline.OnOrBefore(ParseDate(node, "date")),
            "before" => new Deadline.Before(ParseDate(node, "date")),
            "within_month" => new Deadline.WithinMonth(Int(node, "year"), Int(node, "month")),
            "within_quarter" => new Deadline.WithinQuarter(Int(node, "year"), Int(node, "quarter")),
            "monthly" => new Deadline.Monthly(ParseRule(Text(node, "rule")), Int(node, "day")),
            "annual" => new Deadline.Annual(),
            "tentative" => new Deadline.Tentative(FromNode(node["expected"] as JsonObject ?? throw new JsonException("a tentative deadline needs its expected one"))),
            "right_after" => new Deadline.RightAfter(ParseDate(node, "date"), Text(node, "occasion")),
            "within_working_days" => new Deadline.WithinWorkingDays(Int(node, "days"), Text(node, "from") is { } from ? ParseDate(from) : null, Text(node, "event")),
            "after_event" => new Deadline.AfterEvent(Text(node, "event") ?? ""),
            "until_event" => new Deadline.Until(Text(node, "event") ?? ""),
            "ongoing" => new Deadline.Ongoing(),
            _ => throw new JsonException($"unknown deadline form '{form}'"),
        };
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(JsonObject node, string key) =>
        ParseDate(Text(node, key) ?? throw new JsonException($"a deadline's {key} is missing"));

    // "O" is yyyy-MM-dd for a DateOnly, parsed on .NET's round-trip fast path (about a fifth faster
    // than the same custom pattern); every listed commitment parses its deadline's date.
    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "O", CultureInfo.InvariantCulture);

    private static string? Text(JsonObject node, string key) => node[key]?.GetValue<string>();

    private static int Int(JsonObject node, string key) => node[key]?.GetValue<int>() ?? throw new JsonException($"a deadline's {key} is missing");

    private static string Rule(MonthlyDay rule) => rule switch
    {
        MonthlyDay.Before => "before_day",
        MonthlyDay.OnOrBefore => "on_or_before_day",
        _ => "no_fixed_day",
    };

    private static MonthlyDay ParseRule(string? rule) => rule switch
    {
        "before_day" => MonthlyDay.Before,
        "on_or_before_day" => MonthlyDay.OnOrBefore,
        "no_fixed_day" => MonthlyDay.None,
        _ => throw new JsonException($"unknown monthly rule '{rule}'"),
    };
}
