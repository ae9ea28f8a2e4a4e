using System.Collections.Generic;
using System.Linq;

namespace AllianceData.Corpus;

/// <summary>
/// A predicate of the synthetic vocabulary with how a sentence states it. In a clause, {S} is the
/// subject as written, {O} the object (an entity's name, a time expression, a quantity expression or
/// the text value) and {W} the place of a claim's "where".
/// </summary>
internal sealed record PredicateTemplate(SyntheticPredicate Predicate, char SubjectKind, char ObjectEntityKind, string Modality, string Clause, string? ValueSet = null)
{
    public string Id => Predicate.Id;

    public static readonly IReadOnlyList<PredicateTemplate> All = new[]
    {
        // Entity objects.
        Entity("reports-to", "reports to", "The command or authority the subject takes its orders from.", 'o', 'o', "planned", "{S} will report to {O}"),
        Entity("commands", "commands", "An organization the subject will command.", 'o', 'o', "planned", "{S} will take operational command of {O}"),
        Entity("coordinates-with", "coordinates operations with", "An organization the subject coordinates operations with.", 'o', 'o', "planned", "{S} will coordinate operations with {O}"),
        Entity("cooperates-with", "cooperates with", "A partner the subject deepens cooperation with.", 'o', 'o', "asserted", "{S} is deepening cooperation with {O}"),
        Entity("led-by", "is led by", "The person who heads the organization.", 'o', 'p', "asserted", "{S} is led by {O}", single: true),
        Entity("headquartered-in", "is headquartered in", "Where the organization has its headquarters.", 'o', 'l', "asserted", "{S} is headquartered in {O}", single: true),
        Entity("deploys-to", "deploys to", "A place the subject sends forces to.", 'o', 'l', "planned", "{S} will deploy additional units to {O}"),
        Entity("meets-with", "meets with", "A person the subject holds talks with.", 'p', 'p', "asserted", "{S} held talks with {O} in {W}"),
        Entity("visits", "visits", "A place the subject travels to.", 'p', 'l', "planned", "{S} will visit {O}"),
        Entity("criticizes", "criticizes", "An organization the subject criticizes.", 'o', 'o', "asserted", "{S} criticized {O}"),
        Entity("threatens", "threatens", "An organization the subject is a threat to.", 'o', 'o', "asserted", "{S} poses a growing threat to {O}"),
        Entity("supports", "supports", "An organization the subject backs.", 'o', 'o', "announced", "{S} voiced support for {O}"),
        Entity("allied-with", "is allied with", "A treaty ally of the subject.", 'o', 'o', "asserted", "{S} is a treaty ally of {O}"),
        Entity("trains-with", "trains with", "A partner the subject holds exercises with.", 'o', 'o', "planned", "{S} will hold joint exercises with {O}"),
        Entity("negotiates-with", "negotiates with", "A party the subject negotiates with.", 'o', 'o', "reported", "{S} is negotiating with {O}"),
        Entity("funds", "funds", "An organization the subject pays for.", 'o', 'o', "planned", "{S} will fund {O}"),
        Entity("advises", "advises", "An organization the person advises.", 'p', 'o', "asserted", "{S} advises {O}"),
        Entity("succeeds", "succeeds", "The person the subject takes over from.", 'p', 'p', "expected", "{S} is expected to succeed {O}"),
        Entity("speaks-for", "speaks for", "The organization the person speaks for.", 'p', 'o', "asserted", "{S} spoke for {O}"),
        Entity("located-near", "lies near", "A place close to the subject.", 'l', 'l', "asserted", "{S} lies close to {O}"),

        // Time objects.
        Value("launch-date", "is launched on", "When an organization starts operating.", "time", 'o', "planned", "{S} will be launched {O}", single: true),
        Value("meeting-date", "meets on", "When the subject's next meeting takes place.", "time", 'o', "planned", "{S} is scheduled to meet {O}"),
        Value("exercise-date", "holds an exercise on", "When the subject holds its next exercise.", "time", 'o', "planned", "{S} will hold its next exercise {O}"),
        Value("deadline", "must finish by", "The deadline the subject must meet.", "time", 'o', "expected", "{S} must complete the transition {O}", single: true),
        Value("completion-date", "is completed on", "When the subject's upgrade is finished.", "time", 'o', "expected", "{S} expects the upgrade to be finished {O}", single: true),
        Value("term-ends", "ends their term on", "When the person's term of office ends.", "time", 'p', "asserted", "{S}’s term ends {O}", single: true),

        // Quantity objects.
        Value("troop-strength", "has a strength of", "How many personnel the organization has.", "quantity", 'o', "asserted", "{S} has {O}", "troops", single: true),
        Value("budget", "has a budget of", "The organization's annual budget.", "quantity", 'o', "announced", "{S} has been allocated {O}", "money", single: true),
        Value("aircraft-count", "operates", "How many aircraft the subject operates.", "quantity", 'o', "asserted", "{S} operates {O}", "aircraft"),
        Value("ship-count", "adds ships", "How many ships the subject will add.", "quantity", 'o', "planned", "{S} will add {O}", "ships"),
        Value("missile-range", "fields missiles with a range of", "The range of the subject's longest-range missiles.", "quantity", 'o', "asserted", "{S} fields missiles with a range of {O}", "range", single: true),
        Value("budget-increase", "raises spending by", "How much the subject raises spending.", "quantity", 'o', "planned", "{S} will raise spending by {O}", "percent"),
        Value("years-of-service", "has served for", "How long the person has served.", "quantity", 'p', "asserted", "{S} has served for {O}", "years"),

        // Text objects.
        Value("restructured-as", "is restructured as", "What an existing organization is reconstituted into.", "text", 'o', "planned", "{S} will be restructured as {O}", "structures"),
        Value("led-by-rank", "is led by an officer of rank", "The rank of the officer who commands the organization.", "text", 'o', "planned", "{S} will be led by {O}", "ranks", single: true),
        Value("decides-to", "decides to", "What the subject has decided to do.", "text", 'o', "reported", "{S} has decided to {O}", "decisions"),
        Value("responsible-for", "is responsible for", "The subject's mission.", "text", 'o', "asserted", "{S} is responsible for {O}", "missions"),
        Value("warns-of", "warns of", "A risk the person warns of.", "text", 'p', "asserted", "{S} warned of {O}", "warnings"),
        Value("proposes", "proposes", "What the person proposes.", "text", 'p', "announced", "{S} proposed {O}", "proposals"),
        Value("calls-for", "calls for", "What the person calls for.", "text", 'p', "asserted", "{S} called for {O}", "appeals"),
    };

    public static readonly ILookup<char, PredicateTemplate> BySubjectKind = All.ToLookup(p => p.SubjectKind);

    private static PredicateTemplate Entity(string id, string label, string description, char subject, char objectKind, string modality, string clause, bool single = false) =>
        new(new SyntheticPredicate(id, label, description, "entity", single), subject, objectKind, modality, clause);

    private static PredicateTemplate Value(string id, string label, string description, string kind, char subject, string modality, string clause, string? valueSet = null, bool single = false) =>
        new(new SyntheticPredicate(id, label, description, kind, single), subject, '\0', modality, clause, valueSet);
}
