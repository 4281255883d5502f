using CoopRegistry.Testing;
using Grpc.Net.Client;

namespace CoopRegistry.Server.Tests.Fixtures;

/// <summary>A test class's own cloned database with the registry running in process on it.</summary>
public class RegistryFixture : ClassDatabase
{
    public RegistryFactory Factory { get; private set; } = null!;
    public GrpcChannel Channel { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // As in production: the registry runs as the app role, not as the owner or the superuser.
        Factory = new RegistryFactory(AppConnectionString);
        Channel = ChannelTo(Factory, TestTokens.For(TestCallers.ForeignAffairs));
    }

    public override async Task DisposeAsync()
    {
        Channel.Dispose();
        await Factory.DisposeAsync();
        await base.DisposeAsync();
    }

    /// <summary>A channel whose calls carry <paramref name="token"/> (none when null).</summary>
    public GrpcChannel ChannelWith(string? token) => ChannelTo(Factory, token);

    public static GrpcChannel ChannelTo(RegistryFactory factory, string? token) =>
        GrpcChannel.ForAddress(factory.Server.BaseAddress, new GrpcChannelOptions
        {
            HttpHandler = new BearerHandler(token, new Http2ClientHandler(factory.Server.CreateHandler())),
        });
}
