namespace AllianceData.Generator.Model;

/// <summary>
/// The closed vocabularies of the annotation format (docs/annotation-format.md). Each value maps to
/// the runtime enum member of the same name in PascalCase, so the two lists must stay in step;
/// a test checks them against the runtime enums.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] OrganizationKinds =
    {
        "government", "ministry", "agency", "armed-forces", "military-command", "military-unit", "news-outlet",
        "think-tank", "alliance-forum", "legislature", "political-party", "company", "other",
    };

    public static readonly string[] PlaceKinds = { "country", "region", "city", "territory", "body-of-water", "facility", "other" };

    public static readonly string[] Modalities = { "asserted", "reported", "planned", "expected", "possible", "agreed", "announced", "confirmed" };

    public static readonly string[] ObjectKinds = { "entity", "time", "quantity", "text", "any" };

    public static readonly string[] Precisions = { "year", "month", "day" };

    public static readonly string[] Units = { "count", "person", "km", "USD", "AUD", "JPY", "year", "percent" };

    public static readonly string[] Bounds = { "exact", "approximate", "atLeast", "atMost" };
}
