using CoopRegistry.Domain.Errors;
using CoopRegistry.Domain.Plans;
using CoopRegistry.Server.Plans;
using CoopRegistry.Server.Protobuf;
using Google.Protobuf;
using Mapster;
using Contract = CoopRegistry.Contracts.V1;

namespace CoopRegistry.Server.Tests.Plans;

/// <summary>The plan converter's seed entry point (protobuf JSON, output-only fields honoured) and the round trip through the mapping.</summary>
public class PlanConverterTests
{
    private const string SeedJson = """
        {
          "name": "plans/ke-hoach-hop-tac-nam-lao-dong-bac-campuchia-2025",
          "homeProvince": "provinces/VN-30",
          "title": "Kế hoạch tăng cường quan hệ hợp tác hữu nghị với các tỉnh Nam Lào và Đông Bắc Campuchia",
          "leadAgency": "agencies/vn30-so-ngoai-vu",
          "coordinatingAgencies": ["agencies/vn30-so-cong-thuong"],
          "partnerProvinces": ["provinces/KH-16", "provinces/LA-AT"],
          "fields": ["COOPERATION_FIELD_INVESTMENT"],
          "submissionDueDate": {"year": 2025, "month": 9, "day": 21},
          "state": "PLAN_STATE_SUBMITTED",
          "submittedDate": {"year": 2025, "month": 9, "day": 20},
          "activities": [{"title": "Đoàn công tác sang Ratanakiri"}],
          "sources": [{"document": "thong-bao-ket-luan.txt", "section": "3"}]
        }
        """;

    [Fact]
    public void A_seed_keeps_its_name_home_and_approval_state()
    {
        var plan = PlanConverter.FromSeed(JsonParser.Default.Parse<Contract.Plan>(SeedJson));

        Assert.Equal(("ke-hoach-hop-tac-nam-lao-dong-bac-campuchia-2025", "VN-30"), (plan.Id, plan.HomeProvinceCode));
        Assert.Equal((PlanState.Submitted, new DateOnly(2025, 9, 20)), (plan.State, plan.SubmittedDate));
        Assert.Equal(new DateOnly(2025, 9, 21), plan.SubmissionDueDate);
        Assert.Equal(("a1", "vn30-so-ngoai-vu"), (plan.Activities[0].Id, plan.Activities[0].LeadAgencyId));
    }

    [Fact]
    public void A_bad_seed_names_every_bad_field()
    {
        var seed = JsonParser.Default.Parse<Contract.Plan>(SeedJson);
        seed.Name = "ke-hoach";
        seed.LeadAgency = "";
        seed.Fields.Add(Contract.CooperationField.Unspecified);
        var error = Assert.Throws<InvalidArgumentException>(() => PlanConverter.FromSeed(seed));
        Assert.Equal(["plan.fields[1]", "plan.lead_agency", "plan.name"], error.Violations.Select(v => v.Field).Order());
    }

    [Fact]
    public void The_mapping_gives_back_the_seed()
    {
        var seed = JsonParser.Default.Parse<Contract.Plan>(SeedJson);
        var mapped = PlanConverter.FromSeed(seed).Adapt<Contract.Plan>(RegistryMapping.Create(new Data.Records.EtagSeal(new byte[32])));

        seed.Activities[0].Id = "a1";
        seed.Activities[0].LeadAgency = "agencies/vn30-so-ngoai-vu";
        (mapped.Etag, mapped.CreateTime, mapped.UpdateTime) = ("", null, null);
        Assert.Equal(seed.ToString(), mapped.ToString());
    }
}
