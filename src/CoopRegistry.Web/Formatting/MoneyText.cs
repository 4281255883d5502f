using System.Globalization;
using Google.Type;

namespace CoopRegistry.Web.Formatting;

/// <summary>
/// Amounts as people read them here ("1.500.000.000 VND": Vietnamese digit grouping, the currency
/// code after) and the decimal a form edits, to and from the contract's <see cref="Money"/>.
/// </summary>
public static class MoneyText
{
    /// <summary>The currencies the registry takes (Vietnam, the US dollar, Cambodia, Laos).</summary>
    public static readonly IReadOnlyList<string> Currencies = ["VND", "USD", "KHR", "LAK"];

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string Of(Money? money) =>
        money is null || string.IsNullOrEmpty(money.CurrencyCode) ? "" : $"{Amount(money).ToString("#,0.##", Vietnamese)} {money.CurrencyCode}";

    public static decimal Amount(Money money) => money.Units + money.Nanos / 1_000_000_000m;

    /// <summary>The contract's money for an amount typed in a form; none when nothing is typed.</summary>
    public static Money? From(decimal? amount, string currency)
    {
        if (amount is not { } value)
            return null;
        var units = decimal.Truncate(value);
        return new Money { CurrencyCode = currency, Units = (long)units, Nanos = (int)((value - units) * 1_000_000_000m) };
    }
}
