using Microsoft.AspNetCore.Identity;

namespace CoopRegistry.Identity.People;

/// <summary>Makes the five roles exist in every environment: people are given roles, never scopes.</summary>
public sealed class PersonRoleSetup(RoleManager<IdentityRole> roles)
{
    public async Task EnsureAsync()
    {
        foreach (var role in PersonRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                if (!result.Succeeded)
                    throw new InvalidOperationException($"role {role}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }
        }
    }
}
