using System;
using System.Globalization;
using System.IO;
using Intervention.Samples.CaseLifecycle;

namespace Intervention.Domain.Tests.Samples;

/// <summary>The README lists this sample among the others: it must run, exit 0 and show what it promises.</summary>
public sealed class CaseLifecycleSampleTests
{
    [Fact]
    public void The_main_sample_runs_and_exits_zero()
    {
        var culture = CultureInfo.CurrentUICulture;
        using var output = new StringWriter();
        try
        {
            Assert.Equal(0, Program.Run(output));
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }

        var text = output.ToString();
        Assert.Contains("[referral.channel_wrong_force]", text, StringComparison.Ordinal);
        Assert.Contains("CaseClosed", text, StringComparison.Ordinal);
        Assert.Contains("1 guidance card(s) due", text, StringComparison.Ordinal);
    }
}
