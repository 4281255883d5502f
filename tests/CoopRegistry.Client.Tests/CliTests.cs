using CoopRegistry.Cli;
using CoopRegistry.Cli.Profiles;
using Grpc.Core;

namespace CoopRegistry.Clients.Tests;

public class CliTests
{
    [Theory]
    [InlineData(StatusCode.NotFound, ExitCodes.NotFound)]
    [InlineData(StatusCode.InvalidArgument, ExitCodes.Refused)]
    [InlineData(StatusCode.FailedPrecondition, ExitCodes.Refused)]
    [InlineData(StatusCode.Aborted, ExitCodes.Refused)]
    [InlineData(StatusCode.PermissionDenied, ExitCodes.Refused)]
    [InlineData(StatusCode.Unavailable, ExitCodes.Unavailable)]
    [InlineData(StatusCode.DeadlineExceeded, ExitCodes.Unavailable)]
    [InlineData(StatusCode.Internal, ExitCodes.Other)]
    public void Statuses_map_to_documented_exit_codes(StatusCode status, int exit) =>
        Assert.Equal(exit, ExitCodes.For(new RpcException(new Status(status, "x"))));

    [Fact]
    public void A_refused_token_inside_a_call_is_refused_and_an_unreachable_token_service_unavailable()
    {
        Assert.Equal(ExitCodes.Refused, ExitCodes.For(new RpcException(new Status(StatusCode.Internal, "x", new AccessTokenException(400, "invalid_client", null)))));
        Assert.Equal(ExitCodes.Unavailable, ExitCodes.For(new RpcException(new Status(StatusCode.Internal, "x", new HttpRequestException("refused")))));
    }

    [Fact]
    public async Task Usage_errors_exit_2()
    {
        Assert.Equal(ExitCodes.Usage, await Cli.Cli.RunAsync(["agreements", "list", "--output", "yaml"]));
        Assert.Equal(ExitCodes.Usage, await Cli.Cli.RunAsync(["no-such-command"]));
        Assert.Equal(ExitCodes.Ok, await Cli.Cli.RunAsync(["--help"]));
    }

    [Fact]
    public void Profiles_are_written_mode_600_in_a_folder_of_mode_700()
    {
        if (OperatingSystem.IsWindows())
            return;
        var folder = Directory.CreateTempSubdirectory("coop-profiles-");
        try
        {
            var store = new ProfileStore(Path.Combine(folder.FullName, "coop", "profiles.json"));
            store.Save("default", new Profile("http://127.0.0.1:5080", "http://127.0.0.1:5081/connect/token", "c", "s3cret"));
            store.Save("other", new Profile("http://127.0.0.1:5080", "http://127.0.0.1:5081/connect/token", "d", "t"));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(store.Path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(store.Path)!));
            Assert.Equal("s3cret", store.Get("default").ClientSecret);
            Assert.True(store.Remove("default"));
            Assert.Throws<Cli.NotFoundException>(() => store.Get("default"));
            Assert.Equal("d", store.Get("other").ClientId);
        }
        finally
        {
            folder.Delete(true);
        }
    }
}
