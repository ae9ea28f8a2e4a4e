using Microsoft.CodeAnalysis;

namespace AllianceData.Generator.Diagnostics;

/// <summary>
/// The one catalogue of every diagnostic the generator reports. Each ID is documented, with a
/// bad and a fixed example, in docs/diagnostics.md under the anchor its help link names.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string HelpBase = "https://github.com/alliancedata/alliancedata/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor InvalidJson = new(
        id: "ALD0001",
        title: "Seed file is not valid JSON",
        messageFormat: "Invalid JSON: {0}",
        category: DiagnosticCategories.Json,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0001");

    public static readonly DiagnosticDescriptor WrongType = new(
        id: "ALD0002",
        title: "Property has the wrong JSON type",
        messageFormat: "'{0}' must be {1}, but it is {2}",
        category: DiagnosticCategories.Schema,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0002");

    public static readonly DiagnosticDescriptor UnknownProperty = new(
        id: "ALD0003",
        title: "Unknown property",
        messageFormat: "Unknown property '{0}' in {1}{2}; remove it or fix its name",
        category: DiagnosticCategories.Schema,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0003");

    public static readonly DiagnosticDescriptor MissingProperty = new(
        id: "ALD0004",
        title: "Required property is missing",
        messageFormat: "Required property '{0}' is missing from {1}",
        category: DiagnosticCategories.Schema,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0004");

    public static readonly DiagnosticDescriptor DuplicateId = new(
        id: "ALD0005",
        title: "Duplicate ID",
        messageFormat: "The {0} ID '{1}' is already used by {2}; IDs must be unique",
        category: DiagnosticCategories.References,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0005");

    public static readonly DiagnosticDescriptor UnknownReference = new(
        id: "ALD0006",
        title: "Unknown reference",
        messageFormat: "Unknown {0} '{1}'{2}",
        category: DiagnosticCategories.References,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0006");

    public static readonly DiagnosticDescriptor QuoteNotFound = new(
        id: "ALD0007",
        title: "Evidence quote not found in the article",
        messageFormat: "Evidence quote \"{0}\" does not occur in the text of article '{1}'; copy it exactly from the .txt file",
        category: DiagnosticCategories.Evidence,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0007");

    public static readonly DiagnosticDescriptor QuoteAmbiguous = new(
        id: "ALD0008",
        title: "Evidence quote is ambiguous",
        messageFormat: "Evidence quote \"{0}\" occurs {1} times in article '{2}'; add a 'prefix', 'suffix' or 'occurrence' to say which one",
        category: DiagnosticCategories.Evidence,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0008");

    public static readonly DiagnosticDescriptor QuoteOutsideBody = new(
        id: "ALD0009",
        title: "Evidence quote is outside the article body",
        messageFormat: "Evidence quote \"{0}\" lies outside the body of article '{1}'; page furniture carries no claims",
        category: DiagnosticCategories.Evidence,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0009");

    public static readonly DiagnosticDescriptor InvalidValue = new(
        id: "ALD0010",
        title: "Invalid value",
        messageFormat: "'{0}' is not a valid {1}: {2}",
        category: DiagnosticCategories.Values,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0010");

    public static readonly DiagnosticDescriptor InvalidHandle = new(
        id: "ALD0011",
        title: "Name cannot become a C# identifier",
        messageFormat: "The {0} '{1}' maps to '{2}', which is not a valid C# identifier; set \"handle\" to a valid identifier",
        category: DiagnosticCategories.Naming,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0011");

    public static readonly DiagnosticDescriptor HandleCollision = new(
        id: "ALD0012",
        title: "Generated C# names collide",
        messageFormat: "The {0} '{1}' and '{2}' both map to the C# name '{3}'; set \"handle\" on one of them",
        category: DiagnosticCategories.Naming,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0012");

    public static readonly DiagnosticDescriptor AnnotationWithoutText = new(
        id: "ALD0013",
        title: "Annotation file has no article text",
        messageFormat: "Annotation '{0}' has no article text '{0}.txt' beside it",
        category: DiagnosticCategories.Files,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0013");

    public static readonly DiagnosticDescriptor TextWithoutAnnotation = new(
        id: "ALD0014",
        title: "Article text has no annotation file",
        messageFormat: "Article text '{0}.txt' has no annotation file '{0}.json' beside it",
        category: DiagnosticCategories.Files,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0014");

    public static readonly DiagnosticDescriptor ObjectKindMismatch = new(
        id: "ALD0015",
        title: "Claim object does not fit its predicate",
        messageFormat: "Predicate '{0}' takes a {1} object, but claim '{2}' gives a {3}",
        category: DiagnosticCategories.Values,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0015");

    public static readonly DiagnosticDescriptor BodyQuoteNotFound = new(
        id: "ALD0016",
        title: "Body boundary quote not found",
        messageFormat: "The body {0} quote \"{1}\" does not occur in article '{2}'{3}",
        category: DiagnosticCategories.Evidence,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0016");

    public static readonly DiagnosticDescriptor DatasetClassNotPartial = new(
        id: "ALD0017",
        title: "Dataset class must be static partial",
        messageFormat: "The class '{0}' marked [SeedDataset] must be declared 'static partial' (and so must every class containing it)",
        category: DiagnosticCategories.Usage,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0017");

    public static readonly DiagnosticDescriptor NoSeedFiles = new(
        id: "ALD0018",
        title: "Dataset has no seed files",
        messageFormat: "No seed files were found for [SeedDataset] on '{0}'{1}; add them with <SeedFiles Include=\"...\" /> in the project file",
        category: DiagnosticCategories.Usage,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0018");

    public static readonly DiagnosticDescriptor WrongReferenceKind = new(
        id: "ALD0019",
        title: "Reference names the wrong kind of entity",
        messageFormat: "'{0}' is a {1}, but {2} must name a {3}",
        category: DiagnosticCategories.References,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0019");

    public static readonly DiagnosticDescriptor DuplicateProperty = new(
        id: "ALD0020",
        title: "Duplicate property",
        messageFormat: "Property '{0}' appears more than once in {1}; keep one",
        category: DiagnosticCategories.Schema,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0020");

    public static readonly DiagnosticDescriptor UnreferencedEntity = new(
        id: "ALD0021",
        title: "Entity is never referenced",
        messageFormat: "The {0} '{1}' is defined but no article mentions it and no claim or registry entry refers to it; mention it or remove it",
        category: DiagnosticCategories.References,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0021");

    public static readonly DiagnosticDescriptor RelationCycle = new(
        id: "ALD0022",
        title: "Organizations or places form a cycle",
        messageFormat: "'{0}' closes a cycle of {1}: {2}; nothing can be its own ancestor",
        category: DiagnosticCategories.References,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0022");

    public static readonly DiagnosticDescriptor ContradictingClaims = new(
        id: "ALD0023",
        title: "Claims contradict each other",
        messageFormat: "Claim '{0}' contradicts claim '{1}': '{2}' is single-valued, and {3}; both were reported at the same time, so one of them is wrong or needs a qualifier",
        category: DiagnosticCategories.Values,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0023");

    public static readonly DiagnosticDescriptor DatasetTooLarge = new(
        id: "ALD0024",
        title: "Dataset is too large to compile as string literals",
        messageFormat: "The dataset's texts hold about {0} million characters; a .NET assembly holds at most about {1} million in string literals (CS8103), so its articles are left out of the generated code; compile the dataset with C# 11 or later for .NET (it is then written as UTF-8 data, which has no such limit), or split the seeds into several [SeedDataset] classes in different assemblies",
        category: DiagnosticCategories.Usage,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0024");

    public static readonly DiagnosticDescriptor ReservedMemberName = new(
        id: "ALD0025",
        title: "Dataset class declares a member the generator declares",
        messageFormat: "The [SeedDataset] class '{0}' declares '{1}', a name the generated code declares in it ({2}); rename the member",
        category: DiagnosticCategories.Usage,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpBase + "ald0025");
}
