namespace AllianceData.Generator.Model;

/// <summary>
/// A string from a seed file together with where it was written: for references and IDs that later
/// steps may report on. A struct, as <see cref="LocationInfo"/> is: a parse makes several per claim
/// (its ID, subject, predicate, object, source) and one per mention, and as objects they were a third
/// of the annotation models' objects; inside the model that holds it, one costs no object of its own,
/// and a step that reads a claim's references finds them in the claim, not each in another object.
/// </summary>
internal readonly record struct SourceString(string Value, LocationInfo Location);
