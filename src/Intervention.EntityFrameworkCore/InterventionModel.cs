using System;
using Intervention.Domain.Specifications;
using Intervention.Reporting.Statistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Intervention.EntityFrameworkCore;

/// <summary>
/// The Intervention model a host applies in its <see cref="DbContext"/>'s <c>OnModelCreating</c>: stored cases (their snapshot and
/// their <see cref="CaseRecord"/>, which the specifications query), the audit entries of <see cref="AuditStore"/>, and
/// <see cref="StatisticsRow"/> for the reports' push-down.
/// </summary>
/// <remarks>
/// <para>Tables: <c>intervention_cases</c> (snapshots), <c>intervention_case_records</c>, <c>intervention_audit</c> and
/// <c>intervention_statistics_rows</c>, each with the indexes its queries use (a statistics row's <c>(Year, Month)</c>, a case
/// record's post and date received).</para>
/// <para><see cref="StatisticsRow"/> has no key of its own: the model gives it a database-generated <c>Id</c> (a shadow property).</para>
/// </remarks>
public static class InterventionModel
{
    /// <summary>Applies the model.</summary>
    /// <param name="modelBuilder">The host's model builder.</param>
    /// <param name="storage">How NodaTime values are stored: <see cref="NodaTimeStorage.Native"/> on PostgreSQL with Npgsql's NodaTime
    /// plugin (<c>o.UseNodaTime()</c>), <see cref="NodaTimeStorage.IsoText"/> elsewhere (SQLite).</param>
    /// <returns>The same model builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modelBuilder"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="storage"/> is not a defined value.</exception>
    public static ModelBuilder ApplyInterventionModel(this ModelBuilder modelBuilder, NodaTimeStorage storage)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        if (!Enum.IsDefined(storage))
        {
            throw new ArgumentOutOfRangeException(nameof(storage), storage, "NodaTimeStorage is IsoText or Native.");
        }

        var iso = storage == NodaTimeStorage.IsoText;
        Cases(modelBuilder.Entity<CaseSnapshotRow>(), iso);
        Records(modelBuilder.Entity<CaseRecord>(), iso);
        Audit(modelBuilder.Entity<AuditRow>(), iso);
        Statistics(modelBuilder.Entity<StatisticsRow>());
        return modelBuilder;
    }

    private static void Cases(EntityTypeBuilder<CaseSnapshotRow> row, bool iso)
    {
        row.ToTable("intervention_cases");
        row.HasKey(r => r.CaseId);
        row.Property(r => r.CaseId).ValueGeneratedNever();
        row.Property(r => r.State).HasConversion<string>().HasMaxLength(32);
        row.Property(r => r.Snapshot).IsRequired();
        row.Property(r => r.Version).IsConcurrencyToken();
        if (iso)
        {
            row.Property(r => r.LastEventOn).HasConversion(IsoText.Date);
        }

        row.HasIndex(r => r.PostId);
    }

    private static void Records(EntityTypeBuilder<CaseRecord> entity, bool iso)
    {
        // CaseRecord is immutable (get-only properties): EF Core maps what it is told and binds the constructor.
        entity.ToTable("intervention_case_records");
        entity.HasKey(r => r.CaseId);
        entity.Property(r => r.CaseId).ValueGeneratedNever();
        entity.Property(r => r.PostId);
        entity.Property(r => r.Profile);
        entity.Property(r => r.Channel);
        entity.Property(r => r.State);
        entity.Property(r => r.Outcome);
        entity.Property(r => r.HouseholdId);
        if (iso)
        {
            entity.Property(r => r.ReceivedOn).HasConversion(IsoText.Date);
            entity.Property(r => r.FirstContactOn).HasConversion(IsoText.Date);
            entity.Property(r => r.ClosedOn).HasConversion(IsoText.Date);
            entity.Property(r => r.GuidanceCardReviewDue).HasConversion(IsoText.Date);
        }
        else
        {
            entity.Property(r => r.ReceivedOn);
            entity.Property(r => r.FirstContactOn);
            entity.Property(r => r.ClosedOn);
            entity.Property(r => r.GuidanceCardReviewDue);
        }

        entity.PrimitiveCollection(r => r.Situations);
        entity.HasIndex(r => new { r.PostId, r.ReceivedOn });
    }

    private static void Audit(EntityTypeBuilder<AuditRow> row, bool iso)
    {
        row.ToTable("intervention_audit");
        row.HasKey(r => r.Sequence);
        row.Property(r => r.Sequence).ValueGeneratedNever();
        row.Property(r => r.Discloser).HasMaxLength(64);
        row.Property(r => r.Recipient).HasMaxLength(64);
        row.Property(r => r.Purpose).HasMaxLength(64);
        row.Property(r => r.Outcome).HasMaxLength(64);
        row.Property(r => r.SubjectAgeGroup).HasMaxLength(16);
        row.Property(r => r.Hash).HasMaxLength(64).IsRequired();
        row.Property(r => r.PreviousHash).HasMaxLength(64).IsRequired();
        row.Property(r => r.ActAt).HasConversion(IsoText.OffsetDateTime);
        if (iso)
        {
            row.Property(r => r.DateOfAct).HasConversion(IsoText.Date);
            row.Property(r => r.RecordedAt).HasConversion(IsoText.Instant);
        }

        row.HasIndex(r => r.Hash).IsUnique();
    }

    private static void Statistics(EntityTypeBuilder<StatisticsRow> row)
    {
        // StatisticsRow is immutable: every property is mapped, with a key of the model's.
        row.ToTable("intervention_statistics_rows");
        row.Property<long>("Id");
        row.HasKey("Id");
        row.Property(r => r.Profile);
        row.Property(r => r.Channel);
        row.Property(r => r.SituationMask);
        row.Property(r => r.AgeGroup);
        row.Property(r => r.Sex);
        row.Property(r => r.AgeBand).HasMaxLength(32);
        row.Property(r => r.Territory).HasMaxLength(128);
        row.Property(r => r.Outcome);
        row.Property(r => r.KnownToSocialServices);
        row.Property(r => r.ConsentToStatistics);
        row.Property(r => r.Year);
        row.Property(r => r.Month);
        row.Property(r => r.Actions);
        row.HasIndex(r => new { r.Year, r.Month });
    }
}
