using System.Text.Json;

namespace CoopRegistry.Server.Reminders;

/// <summary>
/// seeds/dev-contacts.json, loaded by `migrate` in Development only: example.invalid addresses for
/// the development agencies, so a development registry's reminders have somewhere to go (and
/// never arrive). An agency that already has addresses, e.g. set by an administrator, keeps them.
/// </summary>
public sealed class DevContacts(AgencyContacts contacts)
{
    public const string File = "dev-contacts.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private sealed record ContactsFile(List<AgencyContact> Contacts);

    private sealed record AgencyContact(string Agency, List<string> Emails);

    /// <summary>Fills the agencies of the file that have no addresses; answers how many.</summary>
    public async Task<int> LoadAsync(string seedsFolder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(seedsFolder, File);
        if (!System.IO.File.Exists(path))
            return 0;
        ContactsFile? file;
        try
        {
            await using var stream = System.IO.File.OpenRead(path);
            file = await JsonSerializer.DeserializeAsync<ContactsFile>(stream, Json, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new SeedException(path, null, e.Message);
        }
        var byAgency = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var entry in file?.Contacts ?? [])
        {
            if (!entry.Agency.StartsWith(Agency.Collection + "/", StringComparison.Ordinal) || entry.Emails.Count == 0
                || entry.Emails.Any(e => !System.Net.Mail.MailAddress.TryCreate(e, out var parsed) || parsed.Address != e))
                throw new SeedException(path, entry.Agency, "each entry is an agencies/{id} with one or more plain e-mail addresses");
            byAgency[entry.Agency[(Agency.Collection.Length + 1)..]] = entry.Emails;
        }
        return await contacts.FillEmptyAsync(byAgency, cancellationToken);
    }
}
