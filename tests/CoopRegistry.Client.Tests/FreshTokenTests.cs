using CoopRegistry.Clients;
using CoopRegistry.Contracts.V1;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace CoopRegistry.Client.Tests;

/// <summary>A call refused as UNAUTHENTICATED is made once more with a fresh token; a second refusal stands.</summary>
public class FreshTokenTests
{
    [Fact]
    public async Task An_unauthenticated_answer_drops_the_token_and_the_call_is_made_again_once()
    {
        var tokens = new CountingTokens();
        var registry = new Registry(refusals: 1);
        var client = new DirectoryService.DirectoryServiceClient(registry.Intercept(new FreshTokenInterceptor(tokens)));

        var answer = await client.GetProvinceAsync(new GetProvinceRequest { Name = "provinces/VN-30" });

        Assert.Equal("provinces/VN-30", answer.Province.Name);
        Assert.Equal((2, 1), (registry.Calls, tokens.Invalidated));
    }

    [Fact]
    public async Task A_second_refusal_is_the_callers_answer()
    {
        var tokens = new CountingTokens();
        var registry = new Registry(refusals: 2);
        var client = new DirectoryService.DirectoryServiceClient(registry.Intercept(new FreshTokenInterceptor(tokens)));

        var refused = await Assert.ThrowsAsync<RpcException>(() => client.GetProvinceAsync(new GetProvinceRequest { Name = "provinces/VN-30" }).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
        Assert.Equal((2, 1), (registry.Calls, tokens.Invalidated));
    }

    private sealed class CountingTokens : IAccessTokenSource
    {
        public int Invalidated { get; private set; }

        public ValueTask<string> GetAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult("token");

        public void Invalidate() => Invalidated++;
    }

    /// <summary>Answers the first <c>refusals</c> calls UNAUTHENTICATED, then the province asked for.</summary>
    private sealed class Registry(int refusals) : CallInvoker
    {
        public int Calls { get; private set; }

        public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request)
        {
            var refused = ++Calls <= refusals;
            var status = refused ? new Status(StatusCode.Unauthenticated, "token expired") : Status.DefaultSuccess;
            var response = refused
                ? Task.FromException<TResponse>(new RpcException(status))
                : Task.FromResult((TResponse)(object)new GetProvinceResponse { Province = new Province { Name = ((GetProvinceRequest)(object)request).Name } });
            return new AsyncUnaryCall<TResponse>(response, Task.FromResult(new Metadata()), () => status, () => [], () => { });
        }

        public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) => throw new NotSupportedException();

        public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) => throw new NotSupportedException();

        public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) => throw new NotSupportedException();

        public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) => throw new NotSupportedException();
    }
}
