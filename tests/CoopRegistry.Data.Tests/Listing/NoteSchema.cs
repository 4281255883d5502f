using CoopRegistry.Data.Listing;

namespace CoopRegistry.Data.Tests.Listing;

/// <summary>The schema a service would declare for notes.</summary>
public static class NoteSchema
{
    public static readonly ListSchema<Note> Notes = new ListSchema<Note>("name", n => n.Id)
        .Text("title", n => n.Title)
        .Text("summary", n => n.Summary)
        .Enum("stage", n => n.Stage, Note.StageNames)
        .Date("signed_on", n => n.SignedOn)
        .Timestamp("create_time", n => n.CreatedAt)
        .Number("amount", n => n.Amount)
        .Boolean("active", n => n.Active)
        .TextList("provinces", n => n.Provinces, "provinces")
        .TextList("tags", n => n.Provinces)
        .EnumList("stages", n => n.Stages, Note.StageNames)
        .ResourceName("province", n => n.ProvinceId, "provinces")
        .Search(n => n.SearchKey)
        .DefaultOrder("title");
}
