using System.Text.Json;

namespace CoopRegistry.Cli.Profiles;

/// <summary>
/// Profiles in <c>$XDG_CONFIG_HOME/coop/profiles.json</c> (default <c>~/.config/coop/profiles.json</c>): the file
/// holds client secrets, so it is written mode 600 in a folder of mode 700, replaced atomically.
/// </summary>
public sealed class ProfileStore(string path)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public string Path { get; } = path;

    public static ProfileStore Default()
    {
        var config = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        if (string.IsNullOrEmpty(config))
            config = System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        return new ProfileStore(System.IO.Path.Combine(config, "coop", "profiles.json"));
    }

    public SortedDictionary<string, Profile> Load()
    {
        if (!File.Exists(Path))
            return [];
        try
        {
            return JsonSerializer.Deserialize<SortedDictionary<string, Profile>>(File.ReadAllText(Path), Json) ?? [];
        }
        catch (JsonException e)
        {
            throw new InputException($"{Path} is not a profiles file: {e.Message}");
        }
    }

    public Profile Get(string name) => Load().TryGetValue(name, out var profile)
        ? profile
        : throw new NotFoundException($"no profile '{name}' in {Path}: run `coop login --profile {name}` first");

    public void Save(string name, Profile profile)
    {
        var profiles = Load();
        profiles[name] = profile;
        Write(profiles);
    }

    public bool Remove(string name)
    {
        var profiles = Load();
        if (!profiles.Remove(name))
            return false;
        Write(profiles);
        return true;
    }

    private void Write(SortedDictionary<string, Profile> profiles)
    {
        var folder = System.IO.Path.GetDirectoryName(Path)!;
        var unix = !OperatingSystem.IsWindows();
        if (unix)
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        else
            Directory.CreateDirectory(folder);
        var temporary = Path + ".tmp";
        File.Delete(temporary);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (unix)
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temporary, options))
            JsonSerializer.Serialize(stream, profiles, Json);
        File.Move(temporary, Path, overwrite: true);
        if (unix)
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
