using CoopRegistry.Contracts.V1;
using CoopRegistry.Domain.Access;
using Date = Google.Type.Date;

namespace CoopRegistry.Server.Tests.Directives;

/// <summary>What the directive tests share: a client per caller, a conclusion notice to create, and its creation.</summary>
public abstract class DirectiveTestBase(RegistryFixture registry)
{
    protected RegistryFixture Registry => registry;

    protected readonly DirectiveService.DirectiveServiceClient directives = new(registry.Channel);

    protected DirectiveService.DirectiveServiceClient As(Caller caller) => new(registry.ChannelWith(TestTokens.For(caller)));

    protected static string NewId() => "vn-30-d" + Guid.NewGuid().ToString("N")[..12];

    internal static Directive Notice(string number = "", string subject = "Kết luận của Chủ tịch UBND tỉnh về Khu kinh tế cửa khẩu Lệ Thanh") => new()
    {
        Kind = DirectiveKind.ConclusionNotice,
        Number = number,
        IssueDate = new Date { Year = 2025, Month = 9, Day = 10 },
        Issuer = "agencies/vn30-ubnd",
        Signer = "Lê Huy Vũ",
        SignerTitle = "Phó Chánh Văn phòng UBND tỉnh",
        Subject = subject,
        Summary = "Nhiệm vụ cho Ban Quản lý Khu kinh tế tỉnh",
        Sources = { new SourceReference { Document = "gialai-2025-08-29-le-thanh-economic-zone.txt", Section = "§1" } },
    };

    // Another caller's directive gets the id the registry chooses (a chosen one starts with the caller's province).
    protected async Task<Directive> CreateAsync(Directive directive, DirectiveService.DirectiveServiceClient? client = null) =>
        (await (client ?? directives).CreateDirectiveAsync(new CreateDirectiveRequest { Directive = directive, DirectiveId = client is null ? NewId() : "" })).Directive;
}
