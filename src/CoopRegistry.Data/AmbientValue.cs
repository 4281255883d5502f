namespace CoopRegistry.Data;

/// <summary>
/// A value that flows with the async call (an <see cref="AsyncLocal{T}"/>), set for the length of a
/// <c>using</c> block and restored after it: who is acting (<see cref="Audit.AuditActor"/>), whose
/// rows are visible (<see cref="Security.RowScope"/>).
/// </summary>
internal sealed class AmbientValue<T> where T : class
{
    private readonly AsyncLocal<T?> current = new();

    /// <summary>The value set by the innermost <see cref="Use"/> around this call, or null.</summary>
    public T? Value => current.Value;

    /// <summary>Makes <paramref name="value"/> current until the returned scope is disposed.</summary>
    public IDisposable Use(T value)
    {
        var previous = current.Value;
        current.Value = value;
        return new Restore(current, previous);
    }

    private sealed class Restore(AsyncLocal<T?> current, T? previous) : IDisposable
    {
        public void Dispose() => current.Value = previous;
    }
}
