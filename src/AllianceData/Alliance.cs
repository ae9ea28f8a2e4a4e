namespace AllianceData;

/// <summary>
/// The bundled dataset: five news articles on the 2024 reform of the U.S.–Japan command
/// structure, annotated with entities and claims, compiled into this library from <c>seeds/</c>.
/// Start from <see cref="Dataset"/>, or from a typed handle such as <c>Alliance.Organizations.UsForcesJapan</c>.
/// </summary>
[SeedDataset]
public static partial class Alliance;
