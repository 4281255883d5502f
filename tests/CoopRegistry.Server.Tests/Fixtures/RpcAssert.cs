using Google.Rpc;

namespace CoopRegistry.Server.Tests.Fixtures;

/// <summary>Asserts a call fails with a status and the rich error details (ErrorInfo always present).</summary>
public static class RpcAssert
{
    public static async Task<Google.Rpc.Status> FailsAsync(StatusCode expected, Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(expected, error.StatusCode);
        var status = error.GetRpcStatus();
        Assert.NotNull(status);
        var info = status.GetDetail<ErrorInfo>();
        Assert.NotNull(info);
        Assert.Equal("coopregistry.v1", info.Domain);
        return status;
    }

    public static async Task<BadRequest.Types.FieldViolation> InvalidFieldAsync(string field, Func<Task> call)
    {
        var status = await FailsAsync(StatusCode.InvalidArgument, call);
        var badRequest = status.GetDetail<BadRequest>();
        Assert.NotNull(badRequest);
        return Assert.Single(badRequest.FieldViolations, v => v.Field == field);
    }
}
