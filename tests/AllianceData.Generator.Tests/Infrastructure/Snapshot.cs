using System;
using System.IO;
using AllianceData.Testing;

namespace AllianceData.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions with Verify's file conventions, until Verify can be restored here:
/// <c>Snapshots/Name.verified.cs</c> is committed; on a mismatch the actual text is written to
/// <c>Snapshots/Name.received.cs</c> (git-ignored) and the test fails. Accept by renaming the
/// received file, or run once with ALLIANCEDATA_ACCEPT_SNAPSHOTS=1 outside CI.
/// </summary>
internal static class Snapshot
{
    public static void Match(string actual, string name, string extension = "cs")
    {
        var folder = RepoPaths.In("tests", "AllianceData.Generator.Tests", "Snapshots");
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        actual = actual.Replace("\r\n", "\n");

        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n") == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        var accept = Environment.GetEnvironmentVariable("ALLIANCEDATA_ACCEPT_SNAPSHOTS") == "1" &&
                     Environment.GetEnvironmentVariable("CI") != "true";
        File.WriteAllText(accept ? verified : received, actual);
        if (!accept)
        {
            Assert.Fail($"Snapshot '{name}' does not match {verified}. The actual output is in {received}; review it and rename it to accept.");
        }
    }
}
