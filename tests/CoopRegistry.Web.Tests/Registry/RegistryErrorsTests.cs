using System.Globalization;
using CoopRegistry.Web.Registry;
using CoopRegistry.Web.Resources;
using CoopRegistry.Web.Sessions;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Status = Google.Rpc.Status;

namespace CoopRegistry.Web.Tests.Registry;

public class RegistryErrorsTests
{
    private static RegistryErrors Errors(string culture)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        return new RegistryErrors(services.GetRequiredService<IStringLocalizer<Texts>>());
    }

    private static RpcException BadField(string field, string description) => new Status
    {
        Code = (int)Code.InvalidArgument,
        Message = "invalid",
        Details = { Any.Pack(new BadRequest { FieldViolations = { new BadRequest.Types.FieldViolation { Field = field, Description = description } } }) },
    }.ToRpcException();

    [Fact]
    public void Bad_input_names_the_field_as_the_form_labels_it_in_Vietnamese()
    {
        var message = Errors("vi-VN").Describe(BadField("commitment.lead_agency", "required"));
        Assert.Equal("Dữ liệu chưa hợp lệ: trường «Cơ quan chủ trì»: required", message);
    }

    [Fact]
    public void A_field_without_a_label_is_named_by_its_last_known_part_or_as_sent()
    {
        var errors = Errors("vi-VN");
        Assert.Equal("Thời hạn", errors.FieldLabel("commitment.deadline.unknown_part"));
        Assert.Equal("foo.bar", errors.FieldLabel("foo.bar"));
    }

    [Fact]
    public void Other_failures_say_what_happened_and_English_is_there_when_chosen()
    {
        Assert.StartsWith("Bạn không có quyền", Errors("vi-VN").Describe(new RpcException(new Grpc.Core.Status(StatusCode.PermissionDenied, "no"))));
        Assert.StartsWith("Hồ sơ vừa được người khác cập nhật", Errors("vi-VN").Describe(new RpcException(new Grpc.Core.Status(StatusCode.Aborted, "etag"))));
        Assert.Equal("Your session has expired or was revoked.", Errors("en-US").Describe(new SessionExpiredException()));
    }

    [Fact]
    public void A_chosen_id_outside_ones_province_is_explained_in_the_persons_language()
    {
        var refused = BadField("agreement_id", "must start with vn-30- (the code of provinces/VN-30, the caller's home province)");
        Errors("vi-VN");
        var vietnamese = FieldErrors.From(refused, "agreement", Localizer());
        Assert.Equal("Phải bắt đầu bằng vn-30- (mã tỉnh của đơn vị mình)", vietnamese["agreement_id"]);
        Errors("en-US");
        Assert.Equal("Must start with vn-30- (your own province's code)", FieldErrors.From(refused, "agreement", Localizer())["agreement_id"]);
    }

    private static IStringLocalizer<Texts> Localizer() =>
        new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider().GetRequiredService<IStringLocalizer<Texts>>();
}
