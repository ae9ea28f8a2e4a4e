using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using AllianceData.Query;

namespace AllianceData.Cli.Rendering;

/// <summary>
/// Draws dated claims as an SVG timeline, by hand: one lane per subject, one row per claim, a bar over
/// the interval its date stands for (so a year is wide and a month narrow: the width is the precision),
/// a diamond for a known day, the colour of its modality, and shaded bands where the articles were
/// published. Long stretches with nothing on them become axis breaks, and each stretch gets room by
/// how many claims fall in it, so 1960 and 2024 both fit and 2024 still reads month by month.
/// </summary>
internal static class TimelineSvg
{
    private const double Width = 1200;
    private const double Margin = 16;
    private const double SubjectColumn = 176;
    private const double LabelColumn = 300;
    private const double RowHeight = 18;
    private const double BreakWidth = 12;
    private const double MinSegmentWidth = 46;
    private const double MinYearWidth = 34; // Room for a year's label, in stretches drawn year by year.
    private const double CharWidth = 6.2; // Average advance of the 11px sans-serif text, for truncation.
    private const double BoldCharWidth = 7.0;
    private const string Font = "Helvetica, Arial, sans-serif";

    /// <summary>Stretches of time further apart than this with nothing between them are drawn with an axis break.</summary>
    private static readonly TimeSpan BreakGap = TimeSpan.FromDays(365);

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;

    public static string Render(IReadOnlyList<TimelineEntry> entries)
    {
        var lanes = entries
            .GroupBy(e => e.Claim.Subject)
            .Select(g => (Subject: g.Key, Entries: g.ToList()))
            .ToList();
        var reports = entries
            .Select(e => e.Claim.Article)
            .Distinct()
            .GroupBy(a => (a.Published.Date.Start, a.Published.Date.End))
            .OrderBy(g => g.Key.Start)
            .Select(g => (g.Key.Start, g.Key.End, Label: ReportLabel(g.ToList())))
            .ToList();

        var plotLeft = Margin + SubjectColumn + LabelColumn;
        var plotWidth = Width - Margin - plotLeft;
        var axis = TimeAxis.Build(entries, reports.Select(r => (r.Start, r.End)), plotLeft, plotWidth);

        // Vertical layout: title, legend, report labels, axis, rows.
        const double titleY = 28;
        const double legendY = 70;
        var reportLines = Math.Max(1, PlaceReportLabels(reports.Select(r => (axis.X(r.Start), r.Label)).ToList(), out var reportLineOf));
        var reportTop = legendY + 20;
        var axisTop = reportTop + reportLines * 14 + 8;
        var rowsTop = axisTop + 36;
        var rowCount = entries.Count;
        var rowsBottom = rowsTop + Math.Max(rowCount, 1) * RowHeight;
        var height = rowsBottom + 34;

        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"{Font}\" font-size=\"11\">\n"));
        svg.Append("  <title>Timeline of the dated claims</title>\n");
        svg.Append(Invariant($"  <rect x=\"0\" y=\"0\" width=\"{Width}\" height=\"{height}\" fill=\"#ffffff\"/>\n"));
        svg.Append(Invariant($"  <text x=\"{Margin}\" y=\"{titleY}\" font-size=\"18\" font-weight=\"bold\" fill=\"#1a202c\">Timeline of the dated claims</text>\n"));
        svg.Append(Invariant($"  <text x=\"{Margin}\" y=\"{titleY + 16}\" fill=\"#4a5568\">{Escape($"{rowCount} claim{(rowCount == 1 ? string.Empty : "s")} with a time object or a \u2018when\u2019, by subject. A bar spans the interval a date stands for: its width is the date\u2019s precision; \u25C6 marks a known day.")}</text>\n"));
        Legend(svg, Margin, legendY);

        // Report bands behind everything, lanes, grid, then rows.
        svg.Append("  <g id=\"lanes\">\n");
        var row = 0;
        var laneIndex = 0;
        foreach (var (subject, laneEntries) in lanes)
        {
            var top = rowsTop + row * RowHeight;
            var fill = laneIndex++ % 2 == 0 ? "#f4f7fb" : "#ffffff";
            svg.Append(Invariant($"    <rect x=\"{Margin}\" y=\"{top}\" width=\"{Width - 2 * Margin}\" height=\"{laneEntries.Count * RowHeight}\" fill=\"{fill}\"/>\n"));
            var nameLines = SubjectLines(subject.Name, laneEntries.Count);
            for (var line = 0; line < nameLines.Count; line++)
            {
                svg.Append(Invariant($"    <text x=\"{Margin + 6}\" y=\"{top + 13 + line * 14}\" font-weight=\"bold\" fill=\"#1a202c\">{Escape(nameLines[line])}</text>\n"));
            }
            row += laneEntries.Count;
        }

        svg.Append("  </g>\n");

        svg.Append("  <g id=\"reports\">\n");
        foreach (var (report, index) in reports.Select((r, i) => (r, i)))
        {
            var x0 = axis.X(report.Start);
            var x1 = Math.Max(axis.X(report.End.AddDays(1)), x0 + 3);
            var labelY = reportTop + reportLineOf[index] * 14 + 10;
            svg.Append(Invariant($"    <rect x=\"{R(x0)}\" y=\"{R(labelY + 4)}\" width=\"{R(x1 - x0)}\" height=\"{R(rowsBottom - labelY - 4)}\" fill=\"#f6e05e\" fill-opacity=\"0.28\"/>\n"));
            svg.Append(Invariant($"    <text x=\"{R(x0)}\" y=\"{R(labelY)}\" fill=\"#975a16\" font-size=\"10\">{Escape("\u25BE " + report.Label)}</text>\n"));
        }

        svg.Append("  </g>\n");
        axis.Draw(svg, axisTop, rowsTop, rowsBottom);

        svg.Append("  <g id=\"claims\">\n");
        row = 0;
        foreach (var (_, laneEntries) in lanes)
        {
            foreach (var entry in laneEntries)
            {
                DrawRow(svg, axis, entry, rowsTop + row * RowHeight, Margin + SubjectColumn);
                row++;
            }
        }

        svg.Append("  </g>\n");
        svg.Append(Invariant($"  <text x=\"{Margin}\" y=\"{R(height - 12)}\" fill=\"#718096\" font-size=\"10\">{Escape("Shaded: when the articles were published (\u25BE publisher or article, date). Drawn by `alliance timeline --format svg` from the AllianceData dataset. Hover a row for the claim and its quote.")}</text>\n"));
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void DrawRow(StringBuilder svg, TimeAxis axis, TimelineEntry entry, double top, double labelLeft)
    {
        var claim = entry.Claim;
        var color = ModalityColor(claim.Modality);
        var middle = top + RowHeight / 2;
        var tooltip = $"{claim.Subject.Name} {claim.Predicate.Label} {claim.Object} \u2014 {Vocab.Token(claim.Modality)}; time {entry.Time} = {entry.Time.IntervalText}; " +
                      $"reported {claim.Article.Published.Date.Date} in {claim.Article.Id}: \u201C{claim.Evidence[0].Quote}\u201D";
        svg.Append(Invariant($"    <g id=\"{Escape(claim.Id)}\">\n"));
        svg.Append(Invariant($"      <title>{Escape(tooltip)}</title>\n"));
        svg.Append(Invariant($"      <text x=\"{labelLeft}\" y=\"{R(top + 13)}\" fill=\"#2d3748\">{Escape(Truncate(RowLabel(entry), LabelColumn - 10))}</text>\n"));
        if (entry.Time.Precision == TimePrecision.Day)
        {
            var x = axis.X(entry.Time.Start.AddHours(12));
            svg.Append(Invariant($"      <path d=\"M{R(x)} {R(middle - 6)} L{R(x + 6)} {R(middle)} L{R(x)} {R(middle + 6)} L{R(x - 6)} {R(middle)} Z\" fill=\"{color}\" stroke=\"#ffffff\" stroke-width=\"1\"/>\n"));
        }
        else
        {
            var x0 = axis.X(entry.Time.Start);
            var x1 = Math.Max(axis.X(entry.Time.End.AddDays(1)), x0 + 3);
            svg.Append(Invariant($"      <rect x=\"{R(x0)}\" y=\"{R(middle - 5)}\" width=\"{R(x1 - x0)}\" height=\"10\" rx=\"3\" fill=\"{color}\" fill-opacity=\"0.85\"/>\n"));

            // The date as written sits at the start of its precision ("by March 2025" sits at March 2025): a tick there.
            var anchor = axis.X(entry.Time.Anchor);
            if (anchor > x0 + 4)
            {
                svg.Append(Invariant($"      <rect x=\"{R(anchor - 1)}\" y=\"{R(middle - 7)}\" width=\"2\" height=\"14\" fill=\"{color}\"/>\n"));
            }
        }

        svg.Append("    </g>\n");
    }

    /// <summary>What the claim says, without its subject (the lane names it): "is launched on “at the end of 2024”".</summary>
    private static string RowLabel(TimelineEntry entry)
    {
        var claim = entry.Claim;
        var value = claim.Object switch
        {
            TimeValue time => time.Expression is null ? time.Date : "\u201C" + time.Expression + "\u201D",
            _ => claim.Object.ToString(),
        };
        var when = claim.Object is TimeValue || claim.When?.Expression is null ? string.Empty : " (" + claim.When.Expression + ")";
        return $"{claim.Predicate.Label} {value}{when}";
    }

    /// <summary>"2024-07-27 The Australian"; "2024-03 2 unattributed articles citing Kyodo News, Financial Times".</summary>
    private static string ReportLabel(IReadOnlyList<Article> articles)
    {
        var parts = articles.Where(a => a.Publisher is not null).Select(a => a.Publisher!.Name).Distinct().ToList();
        var unattributed = articles.Where(a => a.Publisher is null).ToList();
        if (unattributed.Count > 0)
        {
            var cited = unattributed.SelectMany(a => a.Cites).Distinct().Select(o => o.Name).ToList();
            var what = unattributed.Count == 1 ? "unattributed article" : $"{unattributed.Count} unattributed articles";
            parts.Add(cited.Count == 0 ? what : $"{what} citing {string.Join(", ", cited)}");
        }

        return $"{articles[0].Published.Date.Date} {string.Join("; ", parts)}";
    }

    /// <summary>The subject's name on one line, or on two when it is long and the lane has room.</summary>
    private static IReadOnlyList<string> SubjectLines(string name, int rows)
    {
        var room = SubjectColumn - 14;
        if (name.Length * BoldCharWidth <= room || rows < 2)
        {
            return new[] { Truncate(name, room, BoldCharWidth) };
        }

        var max = (int)(room / BoldCharWidth);
        var split = name.LastIndexOf(' ', Math.Min(max, name.Length - 1));
        if (split <= 0)
        {
            return new[] { Truncate(name, room, BoldCharWidth) };
        }

        return new[] { name.Substring(0, split), Truncate(name.Substring(split + 1), room, BoldCharWidth) };
    }

    /// <summary>Puts each report label on the first line where it does not overlap the previous one; returns the number of lines.</summary>
    private static int PlaceReportLabels(IReadOnlyList<(double X, string Label)> labels, out int[] lineOf)
    {
        lineOf = new int[labels.Count];
        var lineEnds = new List<double>();
        for (var i = 0; i < labels.Count; i++)
        {
            var (x, label) = labels[i];
            var line = lineEnds.FindIndex(end => end + 6 < x);
            if (line < 0)
            {
                line = lineEnds.Count;
                lineEnds.Add(0);
            }

            lineEnds[line] = x + (label.Length + 2) * 5.6;
            lineOf[i] = line;
        }

        return lineEnds.Count;
    }

    private static void Legend(StringBuilder svg, double left, double y)
    {
        var items = new[]
        {
            (Color: ModalityColor(Modality.Asserted), Text: "asserted, reported, confirmed"),
            (Color: ModalityColor(Modality.Agreed), Text: "agreed, announced"),
            (Color: ModalityColor(Modality.Planned), Text: "planned, expected, possible"),
        };
        var x = left;
        svg.Append("  <g id=\"legend\">\n");
        foreach (var (color, text) in items)
        {
            svg.Append(Invariant($"    <rect x=\"{R(x)}\" y=\"{R(y - 9)}\" width=\"16\" height=\"10\" rx=\"3\" fill=\"{color}\" fill-opacity=\"0.85\"/>\n"));
            svg.Append(Invariant($"    <text x=\"{R(x + 20)}\" y=\"{R(y)}\" fill=\"#2d3748\">{Escape(text)}</text>\n"));
            x += 24 + text.Length * CharWidth + 12;
        }

        svg.Append(Invariant($"    <path d=\"M{R(x + 6)} {R(y - 10)} L{R(x + 12)} {R(y - 4)} L{R(x + 6)} {R(y + 2)} L{R(x)} {R(y - 4)} Z\" fill=\"#4a5568\"/>\n"));
        svg.Append(Invariant($"    <text x=\"{R(x + 16)}\" y=\"{R(y)}\" fill=\"#2d3748\">day</text>\n"));
        svg.Append("  </g>\n");
    }

    private static string ModalityColor(Modality modality) => modality switch
    {
        Modality.Agreed or Modality.Announced => "#2f855a",
        Modality.Planned or Modality.Expected or Modality.Possible => "#dd6b20",
        _ => "#2b6cb0",
    };

    private static string Truncate(string text, double width, double charWidth = CharWidth)
    {
        var max = (int)(width / charWidth);
        return text.Length <= max ? text : text.Substring(0, Math.Max(1, max - 1)).TrimEnd() + "\u2026";
    }

    internal static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal);

    internal static string R(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A piecewise time axis: the stretches of time that hold something, separated by breaks, each
    /// linear, each as wide as its share of the claims (but never too narrow to label).
    /// </summary>
    private sealed class TimeAxis
    {
        private readonly List<Segment> _segments;

        private TimeAxis(List<Segment> segments) => _segments = segments;

        public static TimeAxis Build(IReadOnlyList<TimelineEntry> entries, IEnumerable<(DateTime Start, DateTime End)> extra, double left, double width)
        {
            var spans = entries.Select(e => (e.Time.Start, End: e.Time.End.AddDays(1))).Concat(extra.Select(r => (r.Start, End: r.End.AddDays(1)))).OrderBy(s => s.Start).ToList();
            if (spans.Count == 0)
            {
                var today = new DateTime(DateTime.UtcNow.Year, 1, 1);
                spans.Add((today, today.AddYears(1)));
            }

            // Merge what lies within BreakGap of each other; align each stretch to months (years for long ones).
            var merged = new List<(DateTime Start, DateTime End)>();
            foreach (var span in spans)
            {
                if (merged.Count > 0 && span.Start <= merged[^1].End + BreakGap)
                {
                    merged[^1] = (merged[^1].Start, span.End > merged[^1].End ? span.End : merged[^1].End);
                }
                else
                {
                    merged.Add(span);
                }
            }

            var aligned = merged.Select(m =>
            {
                var start = new DateTime(m.Start.Year, m.Start.Month, 1);
                var end = new DateTime(m.End.Year, m.End.Month, 1);
                if (end < m.End)
                {
                    end = end.AddMonths(1);
                }

                if ((end - start).TotalDays > 3 * 365)
                {
                    start = new DateTime(start.Year, 1, 1);
                    end = end == new DateTime(end.Year, 1, 1) ? end : new DateTime(end.Year + 1, 1, 1);
                }

                return (Start: start, End: end);
            }).ToList();

            // Room by share of the claims that sit in each stretch, at least MinSegmentWidth.
            var weights = aligned.Select(a => (double)entries.Count(e => e.Time.Anchor >= a.Start && e.Time.Anchor < a.End)).ToArray();
            var available = width - BreakWidth * (aligned.Count - 1);
            var minimums = aligned.Select(a => Math.Max(MinSegmentWidth, MinYearWidth * Math.Round((a.End - a.Start).TotalDays / 365.25))).ToArray();
            var widths = Distribute(weights, minimums, available);
            var segments = new List<Segment>();
            var x = left;
            for (var i = 0; i < aligned.Count; i++)
            {
                segments.Add(new Segment(aligned[i].Start, aligned[i].End, x, widths[i]));
                x += widths[i] + BreakWidth;
            }

            return new TimeAxis(segments);
        }

        private static double[] Distribute(double[] weights, double[] minimums, double available)
        {
            var widths = new double[weights.Length];
            var fixedAtMinimum = new bool[weights.Length];
            while (true)
            {
                var free = available - minimums.Where((_, i) => fixedAtMinimum[i]).Sum();
                var weight = weights.Where((_, i) => !fixedAtMinimum[i]).Sum();
                var changed = false;
                for (var i = 0; i < weights.Length; i++)
                {
                    widths[i] = fixedAtMinimum[i] ? minimums[i] : free * weights[i] / weight;
                    if (!fixedAtMinimum[i] && widths[i] < minimums[i] && weights.Length > 1)
                    {
                        fixedAtMinimum[i] = true;
                        changed = true;
                    }
                }

                if (!changed || fixedAtMinimum.All(f => f))
                {
                    return widths;
                }
            }
        }

        /// <summary>The x of a moment: linear within its stretch; in a break, at the edge of the nearer stretch.</summary>
        public double X(DateTime date)
        {
            foreach (var segment in _segments)
            {
                if (date <= segment.End)
                {
                    return date < segment.Start ? segment.Left : segment.Left + (date - segment.Start).TotalDays / (segment.End - segment.Start).TotalDays * segment.Width;
                }
            }

            var last = _segments[^1];
            return last.Left + last.Width;
        }

        public void Draw(StringBuilder svg, double axisTop, double rowsTop, double rowsBottom)
        {
            var baseline = axisTop + 30;
            svg.Append("  <g id=\"axis\">\n");
            foreach (var segment in _segments)
            {
                var pxPerMonth = segment.Width / ((segment.End - segment.Start).TotalDays / 30.44);
                svg.Append(Invariant($"    <line x1=\"{R(segment.Left)}\" y1=\"{R(baseline)}\" x2=\"{R(segment.Left + segment.Width)}\" y2=\"{R(baseline)}\" stroke=\"#4a5568\" stroke-width=\"1.5\"/>\n"));
                if (pxPerMonth >= 22)
                {
                    for (var month = segment.Start; month < segment.End; month = month.AddMonths(1))
                    {
                        var x0 = X(month);
                        var x1 = X(month.AddMonths(1));
                        Grid(svg, x0, baseline, rowsBottom, month.Month == 1 || month == segment.Start);
                        svg.Append(Invariant($"    <text x=\"{R((x0 + x1) / 2)}\" y=\"{R(baseline - 4)}\" text-anchor=\"middle\" fill=\"#4a5568\" font-size=\"10\">{MonthNames[month.Month - 1]}</text>\n"));
                        if (month.Month == 1 || month == segment.Start)
                        {
                            svg.Append(Invariant($"    <text x=\"{R(x0 + 2)}\" y=\"{R(baseline - 17)}\" font-weight=\"bold\" fill=\"#2d3748\">{month.Year}</text>\n"));
                        }
                    }
                }
                else
                {
                    // Label every year when there is room, else every 2, 5, 10... years.
                    var pxPerYear = pxPerMonth * 12;
                    var step = new[] { 1, 2, 5, 10, 20, 50, 100 }.First(n => n == 100 || pxPerYear * n >= MinYearWidth - 1);
                    for (var year = new DateTime(segment.Start.Year, 1, 1); year < segment.End; year = year.AddYears(1))
                    {
                        if (year < segment.Start || (year.Year % step != 0 && year != new DateTime(segment.Start.Year, 1, 1)))
                        {
                            continue;
                        }

                        var x0 = X(year);
                        var x1 = X(year.AddYears(1));
                        Grid(svg, x0, baseline, rowsBottom, true);
                        var labelX = step == 1 ? (x0 + x1) / 2 : x0 + 2;
                        var anchor = step == 1 ? "middle" : "start";
                        svg.Append(Invariant($"    <text x=\"{R(labelX)}\" y=\"{R(baseline - 4)}\" text-anchor=\"{anchor}\" font-size=\"10\" font-weight=\"bold\" fill=\"#2d3748\">{year.Year}</text>\n"));
                    }
                }
            }

            // Breaks: a zigzag on the axis and a blank gap down the rows.
            for (var i = 1; i < _segments.Count; i++)
            {
                var left = _segments[i - 1].Left + _segments[i - 1].Width;
                var right = _segments[i].Left;
                svg.Append(Invariant($"    <rect x=\"{R(left + 2)}\" y=\"{R(rowsTop)}\" width=\"{R(right - left - 4)}\" height=\"{R(rowsBottom - rowsTop)}\" fill=\"#ffffff\"/>\n"));
                svg.Append(Invariant($"    <path d=\"M{R(left + 1)} {R(baseline + 5)} L{R(left + 5)} {R(baseline - 5)} M{R(right - 5)} {R(baseline + 5)} L{R(right - 1)} {R(baseline - 5)}\" stroke=\"#4a5568\" stroke-width=\"1.5\" fill=\"none\"/>\n"));
                svg.Append(Invariant($"    <text x=\"{R((left + right) / 2)}\" y=\"{R(baseline + 4)}\" text-anchor=\"middle\" fill=\"#a0aec0\" font-size=\"10\">\u2026</text>\n"));
            }

            svg.Append("  </g>\n");
        }

        private static void Grid(StringBuilder svg, double x, double top, double bottom, bool major) =>
            svg.Append(Invariant($"    <line x1=\"{R(x)}\" y1=\"{R(top - (major ? 12 : 6))}\" x2=\"{R(x)}\" y2=\"{R(bottom)}\" stroke=\"{(major ? "#a0aec0" : "#e2e8f0")}\" stroke-width=\"1\"/>\n"));

        private sealed record Segment(DateTime Start, DateTime End, double Left, double Width);
    }
}
