using CoopRegistry.Web.Registry;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace CoopRegistry.Web.Components.Shared;

/// <summary>
/// A page or part that calls the registry: who is signed in, and one way to run a call so that a
/// failure becomes a message on the page (<see cref="Error"/>) instead of a broken circuit.
/// </summary>
public abstract class RegistryComponent : ComponentBase
{
    [Inject] protected RegistryErrors Errors { get; set; } = default!;

    [Inject] protected AgencyNames Names { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? Authentication { get; set; }

    protected PersonRights Rights { get; private set; } = new("", "", "", "", new HashSet<string>());

    /// <summary>The last call's failure, in the person's language; null when it went through.</summary>
    protected string? Error { get; set; }

    /// <summary>The last call's failure itself, for forms that show each field's error beside the field.</summary>
    protected Exception? LastFailure { get; private set; }

    /// <summary>True while a call runs: the page shows progress and stays usable.</summary>
    protected bool Busy => running > 0;

    // Calls in flight: a superseded list call ending must not hide the progress of the one replacing it.
    private int running;

    protected override async Task OnInitializedAsync()
    {
        if (Authentication is not null)
            Rights = PersonRights.From((await Authentication).User);
        await TryAsync(() => Names.LoadAsync());
        await LoadAsync();
    }

    /// <summary>The page's first data.</summary>
    protected virtual Task LoadAsync() => Task.CompletedTask;

    private int latestShown;

    /// <summary>
    /// Runs a call whose answer replaces what the page shows (a list and its search, a page of it):
    /// an answer that arrives after a newer such call started is dropped, so a slow first load can
    /// never cover the search a person made meanwhile, nor its failure put an error above the search's rows.
    /// </summary>
    protected Task<bool> ShowLatestAsync<TAnswer>(Func<Task<TAnswer>> call, Action<TAnswer> show)
    {
        var mine = ++latestShown;
        return TryAsync(async () =>
        {
            TAnswer answer;
            try
            {
                answer = await call();
            }
            catch when (mine != latestShown)
            {
                return;
            }
            if (mine == latestShown)
                show(answer);
        });
    }

    /// <summary>Runs a registry call; true when it went through, otherwise <see cref="Error"/> says why.</summary>
    protected async Task<bool> TryAsync(Func<Task> call)
    {
        running++;
        Error = null;
        LastFailure = null;
        try
        {
            await call();
            return true;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            Error = Errors.Describe(error);
            LastFailure = error;
            return false;
        }
        finally
        {
            running--;
        }
    }
}
