using Microsoft.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace CoopRegistry.Identity.Tokens;

/// <summary>
/// Applies <see cref="FailedClientAuthentications"/>: a token request from a client id or address
/// over its failures is refused (invalid_client, with Retry-After) before its secret is checked;
/// every other invalid_client answer counts as a failure.
/// </summary>
public static class ThrottleFailedClients
{
    private const string Throttled = "coopregistry:throttled";

    public static IEnumerable<OpenIddictServerHandlerDescriptor> Descriptors { get; } =
    [
        OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
            .UseSingletonHandler<RefuseThrottled>()
            .SetOrder(OpenIddictServerHandlers.Exchange.ValidateAuthentication.Descriptor.Order - 100)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build(),
        OpenIddictServerHandlerDescriptor.CreateBuilder<ApplyTokenResponseContext>()
            .UseSingletonHandler<CountFailures>()
            .SetOrder(int.MinValue + 100_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build(),
    ];

    private static string? Address(BaseContext context) =>
        context.Transaction.GetHttpRequest()?.HttpContext.Connection.RemoteIpAddress?.ToString();

    public sealed class RefuseThrottled(FailedClientAuthentications failures) : IOpenIddictServerHandler<ValidateTokenRequestContext>
    {
        public ValueTask HandleAsync(ValidateTokenRequestContext context)
        {
            if (failures.RetryAfter(context.ClientId, Address(context)) is { } wait)
            {
                var seconds = (int)Math.Ceiling(wait.TotalSeconds);
                context.Transaction.Properties[Throttled] = seconds;
                context.Reject(Errors.InvalidClient, $"Too many failed authentications for this client or address; retry after {seconds} seconds.");
            }
            return ValueTask.CompletedTask;
        }
    }

    public sealed class CountFailures(FailedClientAuthentications failures) : IOpenIddictServerHandler<ApplyTokenResponseContext>
    {
        public ValueTask HandleAsync(ApplyTokenResponseContext context)
        {
            if (context.Transaction.Properties.TryGetValue(Throttled, out var seconds))
            {
                if (context.Transaction.GetHttpRequest()?.HttpContext.Response is { } response)
                    response.Headers.RetryAfter = seconds!.ToString();
            }
            else if (context.Error == Errors.InvalidClient)
                failures.Record(context.Request?.ClientId, Address(context));
            return ValueTask.CompletedTask;
        }
    }
}
