using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AllianceData.Query;

namespace AllianceData.Cli.Rendering;

/// <summary>
/// Writes dated claims as a Mermaid gantt chart: one section per subject, a bar over each claim's
/// interval (a milestone for a known day), critical (red) for planned, expected and possible claims.
/// </summary>
internal static class TimelineMermaid
{
    public static string Render(IReadOnlyList<TimelineEntry> entries)
    {
        var text = new StringBuilder();
        text.Append("gantt\n");
        text.Append("  title Dated claims by subject (bar = the interval a date stands for)\n");
        text.Append("  dateFormat YYYY-MM-DD\n");
        text.Append("  axisFormat %Y-%m\n");
        var index = 0;
        foreach (var lane in entries.GroupBy(e => e.Claim.Subject))
        {
            text.Append("  section ").Append(Clean(lane.Key.Name)).Append('\n');
            foreach (var entry in lane)
            {
                var claim = entry.Claim;
                var tags = new List<string>();
                if (IsProspective(claim.Modality))
                {
                    tags.Add("crit");
                }

                var id = "c" + (++index).ToString(CultureInfo.InvariantCulture);
                var start = Export.RecordMapper.Day(entry.Time.Start);
                string span;
                if (entry.Time.Precision == TimePrecision.Day)
                {
                    tags.Add("milestone");
                    span = start + ", 0d";
                }
                else
                {
                    // Mermaid's end date is exclusive; the model's is the last day.
                    span = start + ", " + Export.RecordMapper.Day(entry.Time.End.AddDays(1));
                }

                tags.Add(id);
                text.Append("    ").Append(Clean($"{claim.Predicate.Label} {Value(claim)} ({Vocab.Token(claim.Modality)})"))
                    .Append(" :").Append(string.Join(", ", tags)).Append(", ").Append(span).Append('\n');
            }
        }

        return text.ToString();
    }

    private static bool IsProspective(Modality modality) => modality is Modality.Planned or Modality.Expected or Modality.Possible;

    private static string Value(Claim claim) => claim.Object switch
    {
        TimeValue time => time.Expression ?? time.Date,
        var value => value.ToString(),
    };

    /// <summary>Task and section names may not hold ':' (it starts the task data), '#' or ';' in Mermaid.</summary>
    private static string Clean(string text)
    {
        var cleaned = new string(text.Select(c => c is ':' or ';' or '#' ? ',' : c is '\n' or '\r' ? ' ' : c).ToArray()).Trim();
        return cleaned.Length <= 80 ? cleaned : cleaned.Substring(0, 79).TrimEnd() + "\u2026";
    }
}
