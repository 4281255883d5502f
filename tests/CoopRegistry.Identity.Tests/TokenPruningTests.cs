using CoopRegistry.Identity.Clients;
using CoopRegistry.Identity.Tokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace CoopRegistry.Identity.Tests;

/// <summary>
/// The token tables are pruned: past the retention, expired, redeemed and revoked tokens and the
/// authorizations no longer valid go; a token still valid, and anything younger than the retention, stays.
/// </summary>
public class TokenPruningTests(IdentityFixture identity) : IClassFixture<IdentityFixture>
{
    [Fact]
    public async Task Dead_rows_past_the_retention_go_and_live_or_young_ones_stay()
    {
        var now = DateTimeOffset.UtcNow;
        var old = now - TimeSpan.FromDays(15); // past the 14 days of retention
        var young = now - TimeSpan.FromHours(2);
        await using var scope = identity.Factory.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
        var authorizations = scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>();
        var cli = await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().FindByClientIdAsync(FirstPartyClients.Cli)
            ?? throw new InvalidOperationException("coop-cli is missing");
        var cliId = (await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().GetIdAsync(cli))!;

        var liveSignIn = await AuthorizationAsync(authorizations, cliId, old, Statuses.Valid);
        var revokedSignIn = await AuthorizationAsync(authorizations, cliId, old, Statuses.Revoked);
        var expired = await TokenAsync(tokens, cliId, null, old, old + TimeSpan.FromHours(1), Statuses.Valid);
        var redeemed = await TokenAsync(tokens, cliId, null, old, now + TimeSpan.FromDays(1), Statuses.Redeemed);
        var ofRevokedSignIn = await TokenAsync(tokens, cliId, revokedSignIn, old, now + TimeSpan.FromDays(1), Statuses.Valid);
        var live = await TokenAsync(tokens, cliId, liveSignIn, old, now + TimeSpan.FromDays(1), Statuses.Valid);
        var youngExpired = await TokenAsync(tokens, cliId, null, young, now - TimeSpan.FromHours(1), Statuses.Valid);

        var pruned = await identity.Factory.Services.GetRequiredService<TokenPruning>().PruneAsync(now, CancellationToken.None);

        Assert.True(pruned.Tokens >= 3 && pruned.Authorizations >= 1, pruned.ToString());
        await using var after = identity.Factory.Services.CreateAsyncScope();
        var tokensAfter = after.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
        foreach (var gone in new[] { expired, redeemed, ofRevokedSignIn })
            Assert.Null(await tokensAfter.FindByIdAsync(gone));
        foreach (var kept in new[] { live, youngExpired })
            Assert.NotNull(await tokensAfter.FindByIdAsync(kept));
        var authorizationsAfter = after.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>();
        Assert.Null(await authorizationsAfter.FindByIdAsync(revokedSignIn));
        Assert.NotNull(await authorizationsAfter.FindByIdAsync(liveSignIn));
    }

    [Fact]
    public void The_pruning_runs_as_a_hosted_service()
    {
        var pruning = identity.Factory.Services.GetRequiredService<TokenPruning>();
        Assert.Contains(pruning, identity.Factory.Services.GetServices<IHostedService>());
    }

    private static async Task<string> AuthorizationAsync(IOpenIddictAuthorizationManager authorizations, string applicationId, DateTimeOffset created, string status)
    {
        var authorization = await authorizations.CreateAsync(new OpenIddictAuthorizationDescriptor
        {
            ApplicationId = applicationId,
            CreationDate = created,
            Status = status,
            Subject = "pruning.person",
            Type = AuthorizationTypes.AdHoc,
        });
        return (await authorizations.GetIdAsync(authorization))!;
    }

    private static async Task<string> TokenAsync(
        IOpenIddictTokenManager tokens, string applicationId, string? authorizationId, DateTimeOffset created, DateTimeOffset expires, string status)
    {
        var token = await tokens.CreateAsync(new OpenIddictTokenDescriptor
        {
            ApplicationId = applicationId,
            AuthorizationId = authorizationId,
            CreationDate = created,
            ExpirationDate = expires,
            Status = status,
            Subject = "pruning.person",
            Type = TokenTypeHints.RefreshToken,
        });
        return (await tokens.GetIdAsync(token))!;
    }
}
