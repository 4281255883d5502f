using System.Buffers;
using System.Text;
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

    /// <summary>
    /// Read with a forward-only reader rather than a JsonNode tree: every listed commitment reads its
    /// deadline, and the tree's objects and dictionary were most of that read's cost.
    /// </summary>
    public static Deadline Deserialize(string json)
    {
        var length = Encoding.UTF8.GetMaxByteCount(json.Length);
        byte[]? rented = null;
        Span<byte> utf8 = length <= 1024 ? stackalloc byte[1024] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var reader = new Utf8JsonReader(utf8[..Encoding.UTF8.GetBytes(json, utf8)]);
            reader.Read();
            return Read(ref reader);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }

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

    /// <summary>The object <paramref name="reader"/> stands at the start of (a tentative deadline's expected one nests).</summary>
    private static Deadline Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("a deadline is a JSON object");
        var read = new Members();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "expected": read.Expected = Read(ref reader); break;
                case "form": read.Form = reader.GetString(); break;
                case "date": read.Date = reader.GetString(); break;
                case "rule": read.Rule = reader.GetString(); break;
                case "occasion": read.Occasion = reader.GetString(); break;
                case "from": read.From = reader.GetString(); break;
                case "event": read.Event = reader.GetString(); break;
                case "year": read.Year = reader.GetInt32(); break;
                case "month": read.Month = reader.GetInt32(); break;
                case "quarter": read.Quarter = reader.GetInt32(); break;
                case "day": read.Day = reader.GetInt32(); break;
                case "days": read.Days = reader.GetInt32(); break;
                // "text" (written for people) and anything else: ignored.
                default: reader.Skip(); break;
            }
        }
        var form = read.Form ?? throw new JsonException("a deadline needs its form");
        return form switch
        {
            "on_or_before" => new Deadline.OnOrBefore(Required(read.Date, "date")),
            "before" => new Deadline.Before(Required(read.Date, "date")),
            "within_month" => new Deadline.WithinMonth(Required(read.Year, "year"), Required(read.Month, "month")),
            "within_quarter" => new Deadline.WithinQuarter(Required(read.Year, "year"), Required(read.Quarter, "quarter")),
            "monthly" => new Deadline.Monthly(ParseRule(read.Rule), Required(read.Day, "day")),
            "annual" => new Deadline.Annual(),
            "tentative" => new Deadline.Tentative(read.Expected ?? throw new JsonException("a tentative deadline needs its expected one")),
            "right_after" => new Deadline.RightAfter(Required(read.Date, "date"), read.Occasion),
            "within_working_days" => new Deadline.WithinWorkingDays(Required(read.Days, "days"), read.From is { } from ? ParseDate(from) : null, read.Event),
            "after_event" => new Deadline.AfterEvent(read.Event ?? ""),
            "until_event" => new Deadline.Until(read.Event ?? ""),
            "ongoing" => new Deadline.Ongoing(),
            _ => throw new JsonException($"unknown deadline form '{form}'"),
        };
    }

    /// <summary>The members of one deadline object, as read.</summary>
    private struct Members
    {
        public string? Form, Date, Rule, Occasion, From, Event;
        public int? Year, Month, Quarter, Day, Days;
        public Deadline? Expected;
    }

    private static int Required(int? value, string key) => value ?? throw new JsonException($"a deadline's {key} is missing");

    private static DateOnly Required(string? date, string key) => ParseDate(date ?? throw new JsonException($"a deadline's {key} is missing"));

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // "O" is yyyy-MM-dd for a DateOnly, parsed on .NET's round-trip fast path (about a fifth faster
    // than the same custom pattern); every listed commitment parses its deadline's date.
    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, "O", CultureInfo.InvariantCulture);

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
