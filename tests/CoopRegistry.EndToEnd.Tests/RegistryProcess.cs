using Grpc.Net.Client;

namespace CoopRegistry.EndToEnd.Tests;

/// <summary>An extra registry process of a <see cref="StackFixture"/> (same database and token service); disposing kills it.</summary>
public sealed class RegistryProcess(AppProcess process, string grpcUrl) : IAsyncDisposable
{
    public string GrpcUrl { get; } = grpcUrl;

    public string Output => process.Output;

    public GrpcChannel Channel(string? token) => GrpcChannel.ForAddress(GrpcUrl, new GrpcChannelOptions
    {
        HttpHandler = new Auth.BearerTokenHandler(token),
    });

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
