using CoopRegistry.Web.Components.Shared;
using CoopRegistry.Web.Tests.Fakes;

namespace CoopRegistry.Web.Tests.Pages;

public class TokenPagerTests : ConsoleContext
{
    [Fact]
    public void Forward_takes_the_next_token_and_back_returns_to_the_token_seen_before()
    {
        var loaded = new List<string>();
        var pager = Render<TokenPager>(p => p.Add(c => c.NextToken, "t2").Add(c => c.Total, 60).Add(c => c.OnLoad, (string t) => loaded.Add(t)));
        Assert.True(pager.Button("Trang trước").HasAttribute("disabled"));

        pager.Button("Trang sau").Click();
        pager.Render(p => p.Add(c => c.NextToken, "t3"));
        pager.Button("Trang sau").Click();
        pager.Button("Trang trước").Click();

        Assert.Equal(["t2", "t3", "t2"], loaded);
        Assert.Contains("Trang 2", pager.Markup);
    }

    [Fact]
    public void On_the_last_page_there_is_no_next()
    {
        var pager = Render<TokenPager>(p => p.Add(c => c.NextToken, "").Add(c => c.Total, 3));
        Assert.True(pager.Button("Trang sau").HasAttribute("disabled"));
    }
}
