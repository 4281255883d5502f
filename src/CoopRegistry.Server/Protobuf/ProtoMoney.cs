using Google.Type;

namespace CoopRegistry.Server.Protobuf;

/// <summary>google.type.Money to and from an amount and an ISO 4217 currency the registry accepts.</summary>
public static class ProtoMoney
{
    public static readonly IReadOnlySet<string> Currencies = new HashSet<string> { "VND", "USD", "KHR", "LAK", "CNY" };

    public static (decimal Amount, string Currency)? ToAmount(this Money? money, string field)
    {
        if (money is null)
            return null;
        if (!Currencies.Contains(money.CurrencyCode))
            throw new InvalidArgumentException($"{field}.currency_code", $"'{money.CurrencyCode}' is not one of {string.Join(", ", Currencies)}");
        if (money.Nanos is <= -1_000_000_000 or >= 1_000_000_000 || (money.Units > 0 && money.Nanos < 0) || (money.Units < 0 && money.Nanos > 0))
            throw new InvalidArgumentException($"{field}.nanos", "must be within ±999,999,999 and have the sign of units");
        return (money.Units + money.Nanos / 1_000_000_000m, money.CurrencyCode);
    }

    public static Money ToProto(decimal amount, string currency)
    {
        var units = decimal.Truncate(amount);
        return new Money { CurrencyCode = currency, Units = (long)units, Nanos = (int)((amount - units) * 1_000_000_000m) };
    }
}
