using Microsoft.EntityFrameworkCore;

namespace CoopRegistry.Identity.People;

/// <summary>The store's reading of people for AdminService's list (the registry runs no query of its own).</summary>
public static class PeopleReading
{
    /// <summary>The people of <paramref name="province"/> (every one when null: an operator), in ordinal id order.</summary>
    public static async Task<List<Person>> InProvinceAsync(this IQueryable<Person> people, string? province, CancellationToken cancellationToken)
    {
        var found = await (province is null ? people : people.Where(p => p.Province == province)).ToListAsync(cancellationToken);
        return [.. found.OrderBy(p => p.Id, StringComparer.Ordinal)];
    }
}
