using CoopRegistry.Domain.Agreements;
using CoopRegistry.Domain.Commitments;
using CoopRegistry.Domain.Directives;
using CoopRegistry.Domain.Events;
using CoopRegistry.Domain.Plans;
using CoopRegistry.Domain.Records;

namespace CoopRegistry.Domain.Tests.Records;

public class MaskedFieldsTests
{
    private sealed class Sample
    {
        public string Title { get; set; } = "";
        public List<string> Tags { get; set; } = [];

        [UpdatedBy("owner")]
        public string? OwnerAgencyId { get; set; }

        [UpdatedBy("owner")]
        public string? OwnerProvinceCode { get; set; }
    }

    private static readonly MaskedFields<Sample> Fields = new(["title", "tags", "owner"]);

    [Fact]
    public void Only_the_named_fields_are_copied_and_a_field_may_stand_for_several_properties()
    {
        var to = new Sample { Title = "cũ", OwnerAgencyId = "a", OwnerProvinceCode = "VN-30" };
        var from = new Sample { Title = "mới", Tags = ["x"], OwnerAgencyId = "b", OwnerProvinceCode = null };

        Fields.Copy(from, to, ["owner"]);

        Assert.Equal("cũ", to.Title);
        Assert.Empty(to.Tags);
        Assert.Equal("b", to.OwnerAgencyId);
        Assert.Null(to.OwnerProvinceCode);
    }

    [Fact]
    public void A_copied_list_is_not_shared_with_the_incoming_values()
    {
        var from = new Sample { Tags = ["x"] };
        var to = new Sample();

        Fields.Copy(from, to, ["tags"]);
        from.Tags.Add("y");

        Assert.Equal(["x"], to.Tags);
    }

    [Fact]
    public void Lists_are_the_same_item_by_item()
    {
        Assert.True(Fields.Same(new Sample { Tags = ["x", "y"] }, new Sample { Tags = ["x", "y"] }, "tags"));
        Assert.False(Fields.Same(new Sample { Tags = ["x", "y"] }, new Sample { Tags = ["y", "x"] }, "tags"));
        Assert.False(Fields.Same(new Sample { OwnerAgencyId = "a" }, new Sample { OwnerAgencyId = "a", OwnerProvinceCode = "VN-30" }, "owner"));
    }

    [Fact]
    public void A_field_that_is_not_updatable_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Fields.Copy(new Sample(), new Sample(), ["owner_agency_id"]));
    }

    [Fact]
    public void A_field_that_stands_for_no_property_is_refused_when_built()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new MaskedFields<Sample>(["title", "subject"]));
        Assert.Contains("'subject'", error.Message);
    }

    [Fact]
    public void Every_record_copies_each_of_its_updatable_fields()
    {
        // Built from each record's list exactly as its Edit builds it: a field without its property fails here.
        _ = new MaskedFields<Agreement>(Agreement.UpdatableFields);
        _ = new MaskedFields<Plan>(Plan.UpdatableFields);
        _ = new MaskedFields<CooperationEvent>(CooperationEvent.UpdatableFields);
        _ = new MaskedFields<Directive>(Directive.UpdatableFields);
        _ = new MaskedFields<Commitment>(Commitment.UpdatableFields);
    }
}
