using CoopRegistry.Web.Components.Shared;
using CoopRegistry.Web.Registry;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.AspNetCore.Components;

namespace CoopRegistry.Web.Components.Forms;

/// <summary>
/// A page that creates a record (`/{collection}/new`) or edits one (`/{collection}/{Id}/edit`):
/// the edit sends only the fields the person changed, with the record's etag; a refused save
/// shows each field's error beside the field (<see cref="Fields"/>) and the summary above.
/// </summary>
public abstract class RecordFormPage<T> : RegistryComponent
    where T : class, IMessage<T>, new()
{
    [Parameter] public string? Id { get; set; }

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private IStringLocalizer<Texts> Texts { get; set; } = default!;

    protected T Record { get; private set; } = new();

    protected FieldErrors Fields { get; private set; } = FieldErrors.None;

    protected bool IsNew => string.IsNullOrEmpty(Id);

    /// <summary>The form is shown once its record is in place, so nothing typed before is replaced.</summary>
    protected bool Ready { get; private set; }

    private T? original;

    /// <summary>"agreements": the collection, the first part of names and paths.</summary>
    protected abstract string Collection { get; }

    /// <summary>"agreement": the request's field the registry names violations under.</summary>
    protected abstract string Prefix { get; }

    /// <summary>The fields this form edits, by their proto names.</summary>
    protected abstract IReadOnlyList<string> Editable { get; }

    protected abstract Task<T> GetAsync(string name);

    protected abstract Task<T> CreateAsync(T record);

    protected abstract Task<T> UpdateAsync(T record, FieldMask mask);

    /// <summary>A new record's starting values (e.g. the person's agency as lead).</summary>
    protected virtual T Blank() => new();

    /// <summary>Takes what the form keeps aside from <see cref="Record"/>, once it is there.</summary>
    protected virtual void Loaded()
    {
    }

    /// <summary>Puts what the form keeps aside (e.g. chosen provinces) back into <see cref="Record"/>.</summary>
    protected virtual void BeforeSave()
    {
    }

    /// <summary>The saved record's name (`agreements/…`).</summary>
    protected abstract string NameOf(T record);

    protected override Task LoadAsync()
    {
        if (!Rights.CanManage)
        {
            Error = Texts["Form_NotAllowed"];
            return Task.CompletedTask;
        }
        if (IsNew)
        {
            Record = Blank();
            Loaded();
            Ready = true;
            return Task.CompletedTask;
        }
        return TryAsync(async () =>
        {
            original = await GetAsync($"{Collection}/{Id}");
            Record = original.Clone();
            Loaded();
            Ready = true;
        });
    }

    protected async Task SaveAsync()
    {
        Fields = FieldErrors.None;
        T? saved = null;
        BeforeSave();
        var mask = original is null ? null : UpdateMasks.Changed(original, Record, Editable);
        if (mask is { Paths.Count: 0 })
        {
            Error = Texts["Form_NoChange"];
            return;
        }
        var done = await TryAsync(async () => saved = mask is null ? await CreateAsync(Record) : await UpdateAsync(Record, mask));
        if (!done)
            Fields = LastFailure is { } failure ? FieldErrors.From(failure, Prefix, Texts) : FieldErrors.None;
        else if (saved is not null)
            Navigation.NavigateTo("/" + NameOf(saved));
    }

    protected void Cancel() => Navigation.NavigateTo(IsNew ? "/" + Collection : $"/{Collection}/{Id}");
}
