using Microsoft.EntityFrameworkCore;

namespace CoopRegistry.Identity.People;

/// <summary>
/// Outside Development, refuses to start while the store holds a development person (loaded from
/// seeds/dev-people.json, no second factor) or a person who still signs in with a password
/// published there: those passwords are in the repository for anyone to read.
/// </summary>
internal sealed class DevPasswordGuard(IServiceScopeFactory scopes, IHostEnvironment environment, ILogger<DevPasswordGuard> logger)
    : DevelopmentOnlyGuard(environment, logger)
{
    protected override async Task<IReadOnlyCollection<string>> FindOffendersAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var people = scope.ServiceProvider.GetRequiredService<UserManager<Person>>();
        var offenders = await db.Users.Where(p => p.DevelopmentAccount).Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var dev in DevPeopleFile.ReadEmbedded())
        {
            if (await people.FindByIdAsync(dev.Username) is { } person && !offenders.Contains(person.Id)
                && await people.CheckPasswordAsync(person, dev.Password))
                offenders.Add(person.Id);
        }
        return offenders;
    }

    protected override string Refusal(string offenders) =>
        $"{offenders} are development people (seeds/dev-people.json: published passwords, no second factor). Delete them or "
        + "reset their passwords and clear development_account; development people belong in Development only.";
}
