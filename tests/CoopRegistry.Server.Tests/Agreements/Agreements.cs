using CoopRegistry.Contracts.V1;
using Date = Google.Type.Date;

namespace CoopRegistry.Server.Tests.Agreements;

/// <summary>Agreements to create in tests, and clients of AgreementService for each role.</summary>
internal static class Agreements
{
    public static Agreement New(string title, string partner = "provinces/KH-16", CooperationLevel level = CooperationLevel.Department) => new()
    {
        Kind = AgreementKind.MemorandumOfUnderstanding,
        Title = title,
        Summary = "Hợp tác thương mại qua cửa khẩu Lệ Thanh",
        Level = level,
        Parties =
        {
            new Party { Province = "provinces/VN-30", Role = PartyRole.Signatory },
            new Party { Province = partner, Role = PartyRole.Signatory },
        },
        Fields = { CooperationField.Trade, CooperationField.BorderGateLogistics },
        Confidentiality = Confidentiality.Public,
        Sources = { new SourceReference { Document = "test", Section = "1" } },
    };

    public static Date Day(int year, int month, int day) => new() { Year = year, Month = month, Day = day };

    public static Signatory Signs(string party = "provinces/VN-30") => new() { Person = "Nguyễn Văn A", Title = "Chủ tịch UBND tỉnh", OnBehalfOf = party };

    public static AgreementService.AgreementServiceClient Client(RegistryFixture registry, Domain.Access.Caller caller) =>
        new(registry.ChannelWith(TestTokens.For(caller)));
}
