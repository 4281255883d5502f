using CoopRegistry.Domain.Directory;

namespace CoopRegistry.Domain.Tests;

public class ResourceNamesTests
{
    [Fact]
    public void Parses_the_id_of_a_name() => Assert.Equal("VN-30", ResourceNames.ParseId("provinces", "provinces/VN-30", "name"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("provinces/")]
    [InlineData("agencies/VN-30")]
    [InlineData("provinces/VN-30/agencies/x")]
    [InlineData("VN-30")]
    public void Refuses_malformed_names_naming_the_field(string? name)
    {
        var error = Assert.Throws<InvalidArgumentException>(() => ResourceNames.ParseId("provinces", name, "name"));
        Assert.Equal("name", Assert.Single(error.Violations).Field);
    }
}
