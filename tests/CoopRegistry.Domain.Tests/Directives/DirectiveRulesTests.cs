using CoopRegistry.Domain.Directives;

namespace CoopRegistry.Domain.Tests.Directives;

public class DirectiveRulesTests
{
    private static Directive Valid(string number = "205/TB-UBND", DateOnly? issued = null) => new()
    {
        Id = "vn30-tb-205",
        HomeProvinceCode = "VN-30",
        Kind = DirectiveKind.ConclusionNotice,
        Number = number,
        IssueDate = issued ?? new DateOnly(2025, 9, 10),
        IssuerId = "vn30-ubnd",
        Subject = "Kết luận của Chủ tịch UBND tỉnh",
    };

    [Fact]
    public void A_complete_directive_passes() => Assert.Empty(DirectiveRules.Check(Valid()));

    [Fact]
    public void Kind_issuer_and_subject_are_required_all_reported_at_once()
    {
        var violations = DirectiveRules.Check(new Directive { Number = "   " });
        Assert.Equal(["directive.issuer", "directive.kind", "directive.number", "directive.subject"], violations.Select(v => v.Field).Order());
    }

    [Fact]
    public void Validate_throws_invalid_argument_with_every_violation()
    {
        var directive = Valid();
        directive.Subject = new string('x', DirectiveRules.SubjectMax + 1);
        directive.Kind = (DirectiveKind)42;
        var error = Assert.Throws<InvalidArgumentException>(() => directive.Validate());
        Assert.Equal(["directive.kind", "directive.subject"], error.Violations.Select(v => v.Field).Order());
    }

    [Theory]
    [InlineData("59-NQ/TW", true)]
    [InlineData("205/TB-UBND", true)]
    [InlineData("/TB-VP", false)]
    [InlineData("", false)]
    public void Only_a_number_with_a_serial_is_complete(string number, bool complete) =>
        Assert.Equal(complete, DirectiveNumbers.IsComplete(number));

    [Fact]
    public void The_uniqueness_key_ignores_case_and_spacing_and_keeps_home_issuer_and_year()
    {
        var a = Valid("205/TB-UBND");
        var b = Valid(" 205 / tb-ubnd ", new DateOnly(2025, 12, 31));
        Assert.Equal(DirectiveNumbers.UniquenessKey(a), DirectiveNumbers.UniquenessKey(b));

        Assert.NotEqual(DirectiveNumbers.UniquenessKey(a), DirectiveNumbers.UniquenessKey(Valid(issued: new DateOnly(2026, 1, 1))));
        var otherHome = Valid();
        otherHome.HomeProvinceCode = "VN-09";
        Assert.NotEqual(DirectiveNumbers.UniquenessKey(a), DirectiveNumbers.UniquenessKey(otherHome));
        var otherIssuer = Valid();
        otherIssuer.IssuerId = "vn30-van-phong-ubnd";
        Assert.NotEqual(DirectiveNumbers.UniquenessKey(a), DirectiveNumbers.UniquenessKey(otherIssuer));
    }

    [Fact]
    public void Incomplete_or_missing_numbers_and_unknown_years_still_validate()
    {
        Assert.Null(DirectiveNumbers.UniquenessKey(Valid("/TB-VP")));
        Assert.Null(DirectiveNumbers.UniquenessKey(Valid("")));
        var undated = Valid("153/NQ-CP");
        undated.IssueDate = null;
        undated.Validate();
        Assert.Equal("VN-30|vn30-ubnd|-|153/NQ-CP", undated.NumberKey);
    }

    [Fact]
    public void A_directive_has_no_parties_and_searches_its_number_subject_and_signer()
    {
        var directive = Valid();
        directive.Signer = "Lê Huy Vũ";
        var reference = Assert.Single(directive.References());
        Assert.Equal(("directive.issuer", "agencies", "vn30-ubnd", false), (reference.Field, reference.Collection, reference.Id, reference.Party));
        directive.RefreshSearchDocument();
        Assert.Contains("205/TB-UBND", directive.SearchDocument);
        Assert.Contains("Lê Huy Vũ", directive.SearchDocument);
    }
}
