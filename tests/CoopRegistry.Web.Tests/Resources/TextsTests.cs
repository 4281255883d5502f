using System.Collections;
using System.Globalization;
using System.Resources;
using CoopRegistry.Web.Records;
using CoopRegistry.Web.Resources;

namespace CoopRegistry.Web.Tests.Resources;

public class TextsTests
{
    private static HashSet<string> Keys(Type resources, string culture) =>
        new ResourceManager(resources.FullName!, resources.Assembly).GetResourceSet(new CultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key).ToHashSet();

    [Theory]
    [InlineData(typeof(Texts))]
    [InlineData(typeof(Labels))]
    [InlineData(typeof(NoticeTexts))]
    public void Vietnamese_and_English_have_the_same_texts(Type resources)
    {
        var vietnamese = Keys(resources, "");
        var english = Keys(resources, "en");
        Assert.NotEmpty(vietnamese);
        Assert.Empty(vietnamese.Except(english));
        Assert.Empty(english.Except(vietnamese));
    }

    [Theory]
    [InlineData(typeof(AgreementState))]
    [InlineData(typeof(AgreementKind))]
    [InlineData(typeof(CooperationLevel))]
    [InlineData(typeof(CooperationField))]
    [InlineData(typeof(DocumentKind))]
    [InlineData(typeof(RevisionKind))]
    [InlineData(typeof(CommitmentState))]
    [InlineData(typeof(SixClearsElement))]
    [InlineData(typeof(CompletionState))]
    [InlineData(typeof(OccurrenceState))]
    [InlineData(typeof(DirectiveKind))]
    [InlineData(typeof(PlanState))]
    [InlineData(typeof(EventKind))]
    [InlineData(typeof(EventState))]
    [InlineData(typeof(CheckpointVerdict))]
    [InlineData(typeof(AgreementAction))]
    [InlineData(typeof(CommitmentAction))]
    [InlineData(typeof(RecordAction))]
    public void Every_value_a_page_shows_has_a_Vietnamese_label(Type enumType)
    {
        var keys = Keys(typeof(Labels), "");
        var missing = Enum.GetNames(enumType).Where(n => n != "Unspecified").Select(n => $"{enumType.Name}_{n}").Where(k => !keys.Contains(k));
        Assert.Empty(missing);
    }
}
