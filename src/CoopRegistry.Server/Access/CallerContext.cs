namespace CoopRegistry.Server.Access;

/// <summary>The authorised caller of the current call, set by <see cref="AccessInterceptor"/>.</summary>
public static class CallerContext
{
    private const string Key = "coopregistry.caller";

    public static void Set(ServerCallContext context, Caller caller) => context.GetHttpContext().Items[Key] = caller;

    public static Caller Caller(this ServerCallContext context) =>
        context.GetHttpContext().Items[Key] as Caller ?? throw new InvalidOperationException("no caller: the method is not behind AccessInterceptor");
}
