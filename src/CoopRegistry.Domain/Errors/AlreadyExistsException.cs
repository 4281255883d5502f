namespace CoopRegistry.Domain.Errors;

/// <summary>ALREADY_EXISTS: a record with this name exists; choose another id.</summary>
public sealed class AlreadyExistsException(string resourceName)
    : DomainException("RESOURCE_ALREADY_EXISTS", $"{resourceName} already exists")
{
    public string ResourceName { get; } = resourceName;
}
