namespace CoopRegistry.Domain.Errors;

/// <summary>
/// NOT_FOUND. Also what a caller gets for a record outside its reach, so probing names leaks nothing.
/// </summary>
public sealed class NotFoundException(string resourceName)
    : DomainException("RESOURCE_NOT_FOUND", $"{resourceName} was not found")
{
    public string ResourceName { get; } = resourceName;
}
