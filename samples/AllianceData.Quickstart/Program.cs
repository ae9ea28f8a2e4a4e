// Quickstart: LINQ over the bundled AllianceData dataset.
// Run: dotnet run --project samples/AllianceData.Quickstart
using System;
using System.Linq;
using AllianceData;
using AllianceData.Analysis;

var data = Alliance.Dataset;
Console.WriteLine($"AllianceData: {data.Articles.Count} articles, {data.Entities.Count} entities, {data.Claims.Count} claims.");
Console.WriteLine();

// 1. Who leads the new U.S. headquarters in Japan, and whom does it report to?
var usfj = Alliance.Organizations.UsForcesJapan;
Heading($"Who leads {usfj.Name}, and whom does it report to?");
foreach (var claim in data.ClaimsAbout(usfj).Where(c => c.Predicate.Id is "led-by-rank" or "reports-to"))
{
    Console.WriteLine($"  {claim.Predicate.Label} {claim.Object}  [{Source(claim.Article)}]");
    Console.WriteLine($"      \u201C{claim.Evidence[0].Quote}\u201D");
}

// 2. What does each source say about Japan's joint operations command?
var jjoc = data.Organization("japan-joint-operations-command")!;
Heading($"What each source says about {jjoc.Name}");
foreach (var group in data.Claims.Where(c => c.Subject == jjoc || (c.Object is EntityValue e && e.Entity == jjoc)).GroupBy(c => c.Article))
{
    Console.WriteLine($"  {Source(group.Key)}, {group.Key.Published.Date.Date}: \u201C{group.Key.Title}\u201D");
    foreach (var claim in group)
    {
        var attribution = claim.Attribution is null ? string.Empty : $" (per {claim.Attribution})";
        Console.WriteLine($"    - {claim} [{claim.Modality.ToString().ToLowerInvariant()}]{attribution}");
    }
}

// 3. When will Japan's command launch? The sources disagree.
Heading("When does Japan's joint command launch?");
foreach (var claim in data.ClaimsWith(data.Predicate("launch-date")!).Where(c => c.Subject == jjoc).OrderBy(c => c.Article.Published.Date.Start))
{
    var time = (TimeValue)claim.Object;
    Console.WriteLine($"  {Source(claim.Article),-28} reported {claim.Article.Published.Date.Date,-10} \u2192 {time.Expression ?? time.Date,-18} ({time.IntervalText})");
}

// 4. Which facts do independent sources corroborate?
Heading("Facts corroborated by two or more independent sources");
foreach (var fact in data.Facts.Where(f => f.IsCorroborated).OrderByDescending(f => f.IndependentSourceCount))
{
    Console.WriteLine($"  {fact.Subject.Name} {fact.Predicate.Label} {fact.Object}");
    Console.WriteLine($"      {fact.IndependentSourceCount} sources: {string.Join(", ", fact.Sources)}");
}

// 5. Where do the sources disagree, and did the story change?
Heading("Conflicts");
foreach (var conflict in data.Conflicts)
{
    Console.WriteLine($"  [{conflict.Kind}] {conflict.Explanation}");
}

// 6. What happened when?
Heading("Timeline (by the time referred to)");
foreach (var entry in data.Timeline)
{
    Console.WriteLine($"  {entry.Time.Date,-10} {entry.Time.Precision.ToString().ToLowerInvariant(),-5}  {entry.Claim}  [reported {entry.Reported.Date.Date}]");
}

// 7. Who commands whom after the reform?
Heading("Command graph after the reform: U.S. Forces Japan");
foreach (var edge in data.CommandGraph.EdgesFrom(usfj).Concat(data.CommandGraph.EdgesTo(usfj)))
{
    Console.WriteLine($"  {edge.From.Name} --{edge.Relation}--> {edge.To.Name}  ({edge.Stage.ToString().ToLowerInvariant()}{(edge.Claim is null ? ", registry" : ", " + edge.Claim.Article.Id)})");
}

// 8. How completely are the articles annotated?
Heading("Evidence coverage of body sentences");
foreach (var coverage in EvidenceCoverage.Of(data))
{
    Console.WriteLine($"  {coverage.Article.Id}  {coverage.CoveredCount,2}/{coverage.Sentences.Count,-2} sentences  {coverage.Ratio:P0}  {coverage.Article.Claims.Count} claims");
}

static void Heading(string text)
{
    Console.WriteLine();
    Console.WriteLine(text);
    Console.WriteLine(new string('-', text.Length));
}

static string Source(Article article) =>
    article.Publisher?.Name ?? (article.Cites.Count > 0 ? "via " + string.Join(", ", article.Cites.Select(c => c.Name)) : "unattributed source");
