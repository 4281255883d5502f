using CoopRegistry.Web.Formatting;
using Google.Type;

namespace CoopRegistry.Web.Tests.Formatting;

public class MoneyTextTests
{
    [Theory]
    [InlineData(1_500_000_000, 0, "VND", "1.500.000.000 VND")]
    [InlineData(2_000_000, 500_000_000, "USD", "2.000.000,5 USD")]
    public void Amounts_read_with_Vietnamese_grouping_and_the_currency_after(long units, int nanos, string currency, string expected) =>
        Assert.Equal(expected, MoneyText.Of(new Money { CurrencyCode = currency, Units = units, Nanos = nanos }));

    [Fact]
    public void A_typed_amount_round_trips_through_the_contracts_money()
    {
        var money = MoneyText.From(1234.56m, "LAK")!;
        Assert.Equal(new Money { CurrencyCode = "LAK", Units = 1234, Nanos = 560_000_000 }, money);
        Assert.Equal(1234.56m, MoneyText.Amount(money));
        Assert.Null(MoneyText.From(null, "VND"));
        Assert.Equal("", MoneyText.Of(null));
    }
}
