using CoopRegistry.Web.Formatting;
using Google.Protobuf.WellKnownTypes;

namespace CoopRegistry.Web.Tests.Formatting;

public class LocalTimeTests
{
    [Fact]
    public void Times_are_shown_in_Ho_Chi_Minh_whatever_the_servers_zone()
    {
        // 17:00 UTC on 30/6 is midnight of 1/7 in Gia Lai: the moment "no later than 30/6" becomes overdue.
        var instant = Timestamp.FromDateTime(new DateTime(2026, 6, 30, 17, 0, 0, DateTimeKind.Utc));
        Assert.Equal("01/07/2026 00:00", LocalTime.Time(instant));
    }

    [Fact]
    public void Dates_are_day_first_with_two_digits_and_unset_dates_are_empty()
    {
        Assert.Equal("05/09/2025", LocalTime.Date(new Google.Type.Date { Year = 2025, Month = 9, Day = 5 }));
        Assert.Equal("", LocalTime.Date((Google.Type.Date?)null));
        Assert.Equal("", LocalTime.Date(new Google.Type.Date()));
    }
}
