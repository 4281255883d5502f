using CoopRegistry.Data.Configurations;
using CoopRegistry.Domain.Commitments;
using CoopRegistry.Domain.Deadlines;
using CoopRegistry.Domain.Errors;
using CoopRegistry.Server.Commitments;
using Contract = CoopRegistry.Contracts.V1;
using Date = Google.Type.Date;

namespace CoopRegistry.Server.Tests.Commitments;

/// <summary>Deadlines contract ↔ domain ↔ jsonb for every form, and commitments from seeds.</summary>
public class CommitmentConverterTests
{
    public static TheoryData<string> EveryForm() =>
    [
        "chậm nhất ngày 05/9/2025",
        "trước ngày 15/5/2026",
        "trong tháng 5 năm 2026",
        "trong quý II/2026",
        "trước ngày 20 hằng tháng",
        "chậm nhất ngày 25 hằng tháng",
        "định kỳ hằng tháng",
        "hằng năm",
        "dự kiến trong tháng 10/2025",
        "ngay sau dịp Quốc khánh 02/9/2025",
        "trong vòng 7 ngày làm việc kể từ khi nhận đủ hồ sơ",
        "cho đến khi hoàn thành việc xây dựng cửa khẩu số",
        "thường xuyên",
    ];

    [Theory]
    [MemberData(nameof(EveryForm))]
    public void Every_form_survives_contract_and_jsonb_round_trips(string phrase)
    {
        var deadline = DeadlineParser.Parse(phrase);

        var contract = DeadlineMapping.ToContract(deadline, null, null);
        Assert.Equal(deadline.Describe(), contract.Text);
        Assert.Equal(deadline.IsFirm, contract.Firm);
        Assert.NotEqual(Contract.Deadline.FormOneofCase.None, contract.FormCase);
        Assert.Equal(deadline, DeadlineConverter.FromContract(contract, "deadline"));
        // The form wins over the text on input.
        contract.Text = "không đọc được";
        Assert.Equal(deadline, DeadlineConverter.FromContract(contract, "deadline"));

        Assert.Equal(deadline, DeadlineJson.Deserialize(DeadlineJson.Serialize(deadline)));
    }

    [Fact]
    public void A_dated_working_day_deadline_keeps_its_start()
    {
        var deadline = new Deadline.WithinWorkingDays(7, new DateOnly(2026, 2, 13), "nhận đủ hồ sơ");
        Assert.Equal(deadline, DeadlineConverter.FromContract(DeadlineMapping.ToContract(deadline, null, null), "deadline"));
        Assert.Equal(deadline, DeadlineJson.Deserialize(DeadlineJson.Serialize(deadline)));
        Assert.Contains("\"form\":\"within_working_days\"", DeadlineJson.Serialize(deadline));
    }

    [Fact]
    public void No_deadline_message_is_none_and_an_empty_one_is_ongoing()
    {
        Assert.Null(DeadlineConverter.FromContract(null, "deadline"));
        Assert.Equal(new Deadline.Ongoing(), DeadlineConverter.FromContract(new Contract.Deadline(), "deadline"));
    }

    [Fact]
    public void Malformed_forms_are_named_by_their_field()
    {
        Field("deadline.text", new Contract.Deadline { Text = "lúc nào cũng được" });
        Field("deadline.monthly.day", new Contract.Deadline { Monthly = new Contract.MonthlyDeadline { Rule = Contract.MonthlyRule.BeforeDay, Day = 32 } });
        Field("deadline.monthly.rule", new Contract.Deadline { Monthly = new Contract.MonthlyDeadline { Day = 20 } });
        Field("deadline.within_month", new Contract.Deadline { WithinMonth = new Date { Year = 2026, Month = 13 } });
        Field("deadline.on_or_before", new Contract.Deadline { OnOrBefore = new Date { Year = 2026, Month = 2, Day = 30 } });
        Field("deadline.tentative.expected", new Contract.Deadline { Tentative = new Contract.TentativeDeadline() });
        Field("deadline.within_working_days.days", new Contract.Deadline { WithinWorkingDays = new Contract.WorkingDaysDeadline { Days = 0, Event = "x" } });
        Field("deadline.after_event", new Contract.Deadline { AfterEvent = " " });
        Field("deadline.until_event", new Contract.Deadline { UntilEvent = "" });

        static void Field(string field, Contract.Deadline deadline)
        {
            var error = Assert.Throws<InvalidArgumentException>(() => DeadlineConverter.FromContract(deadline, "deadline"));
            Assert.Contains(error.Violations, v => v.Field == field);
        }
    }

    [Fact]
    public void A_seed_keeps_its_name_state_completion_and_statutory_basis()
    {
        var seed = new Contract.Commitment
        {
            Name = "commitments/bao-cao-ttg",
            HomeProvince = "provinces/VN-30",
            Source = new Contract.CommitmentSource { Record = "agreements/gl-attapeu-mou-2025", Section = "Điều 5" },
            LeadAgency = "agencies/vn30-so-ngoai-vu",
            Task = "Báo cáo Thủ tướng Chính phủ",
            Deadline = new Contract.Deadline { Text = "chậm nhất ngày 05/9/2025" },
            StartDate = new Date { Year = 2025, Month = 8, Day = 21 },
            State = Contract.CommitmentState.DoneLate,
            Completion = new Contract.Completion { State = Contract.CompletionState.Accepted, CompletedDate = new Date { Year = 2025, Month = 9, Day = 8 } },
            StatutoryBasis = "Luật 70/2020/QH14, Điều 19",
            PercentComplete = 100,
        };

        var commitment = CommitmentSeedConverter.FromSeed(seed);

        Assert.Equal(("bao-cao-ttg", "VN-30"), (commitment.Id, commitment.HomeProvinceCode));
        Assert.Equal(CommitmentLifecycleState.Done, commitment.Lifecycle);
        Assert.Equal(new DateOnly(2025, 9, 8), commitment.CompletedDate);
        Assert.Equal("Luật 70/2020/QH14, Điều 19", commitment.StatutoryBasis);
        Assert.Equal(new DateOnly(2025, 9, 5), commitment.DueDate);
        Assert.Equal(CommitmentState.DoneLate, CommitmentStatus.At(commitment, DateTime.UtcNow));
        Assert.Equal([SixClearsElement.Person, SixClearsElement.Deliverable, SixClearsElement.Authority], commitment.MissingElements);

        seed.StartDate = null;
        seed.Completion = null;
        var error = Assert.Throws<InvalidArgumentException>(() => CommitmentSeedConverter.FromSeed(seed));
        Assert.Contains(error.Violations, v => v.Field == "commitment.start_date");
        Assert.Contains(error.Violations, v => v.Field == "commitment.completion.completed_date");
    }
}
