using System;
using System.Globalization;

namespace AllianceData.Cli.Querying;

/// <summary>A date given on the command line as <c>yyyy</c>, <c>yyyy-mm</c> or <c>yyyy-mm-dd</c>: the interval of days it names.</summary>
internal sealed record DateBound(string Text, DateTime Start, DateTime End)
{
    public static bool TryParse(string text, out DateBound? bound)
    {
        bound = null;
        var parts = text.Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || (parts.Length > 1 && parts[1].Length != 2) || (parts.Length > 2 && parts[2].Length != 2))
        {
            return false;
        }

        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        var year = numbers[0];
        if (year < 1)
        {
            return false;
        }

        switch (parts.Length)
        {
            case 1:
                bound = new DateBound(text, new DateTime(year, 1, 1), new DateTime(year, 12, 31));
                return true;
            case 2 when numbers[1] is >= 1 and <= 12:
                var month = new DateTime(year, numbers[1], 1);
                bound = new DateBound(text, month, month.AddMonths(1).AddDays(-1));
                return true;
            case 3 when numbers[1] is >= 1 and <= 12 && numbers[2] >= 1 && numbers[2] <= DateTime.DaysInMonth(year, numbers[1]):
                var day = new DateTime(year, numbers[1], numbers[2]);
                bound = new DateBound(text, day, day);
                return true;
            default:
                return false;
        }
    }
}
