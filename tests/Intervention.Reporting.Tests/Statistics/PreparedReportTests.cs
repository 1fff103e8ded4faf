using System.Collections;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Intervention.Reporting.Statistics;
using Xunit;

namespace Intervention.Reporting.Tests.Statistics;

public sealed class PreparedReportTests
{
    [Property(Arbitrary = [typeof(StatisticsGenerators)], MaxTest = 60)]
    public Property A_prepared_report_reads_the_records_once_and_publishes_what_Produce_publishes_whatever_is_suppressed_beforehand(DataSet data)
    {
        var definition = StatisticsGenerators.Linked(data.Threshold);
        var reporter = new ActivityReporter();
        var once = new CountingEnumerable(data.Records);
        var prepared = reporter.Prepare(definition, once, []);
        var first = prepared.Produce();

        // Suppress beforehand the first published cell of each table, then compare with a report produced from scratch.
        var forced = first.Tables.Select(t => t.Cells.FirstOrDefault(c => !c.IsSuppressed) is { } cell ? new CellReference(t.Name, cell.Categories) : null)
            .Where(c => c is not null).Select(c => c!).ToArray();
        var again = prepared.Produce(forced);

        var same = first == reporter.Produce(definition, data.Records) && first.HostAudit == reporter.Produce(definition, data.Records).HostAudit;
        var sameForced = again == reporter.Produce(definition, data.Records, [], forced) && again.HostAudit == reporter.Produce(definition, data.Records, [], forced).HostAudit;
        return (same && sameForced && once.Enumerations == 1)
            .Label($"same: {same}, same with cells suppressed beforehand: {sameForced}, enumerations: {once.Enumerations}");
    }

    [Fact]
    public void Preparing_checks_its_arguments()
    {
        var reporter = new ActivityReporter();
        var definition = StatisticsGenerators.Linked(3);
        Assert.Throws<System.ArgumentNullException>(() => reporter.Prepare(definition, null!, []));
        Assert.Throws<System.ArgumentNullException>(() => reporter.Prepare(definition, [], null!));
        Assert.Throws<System.ArgumentNullException>(() => reporter.Prepare(definition, [], []).Produce(null!));
        Assert.Throws<System.ArgumentException>(() => reporter.Prepare(definition, [], []).Produce([new CellReference("no-such-table", ["Total"])]));
    }

    private sealed class CountingEnumerable(IReadOnlyList<StatisticsRecord> records) : IEnumerable<StatisticsRecord>
    {
        public int Enumerations { get; private set; }

        public IEnumerator<StatisticsRecord> GetEnumerator()
        {
            Enumerations++;
            return records.GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
