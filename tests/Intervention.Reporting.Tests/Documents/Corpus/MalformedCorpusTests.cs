using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Intervention.Domain.Intake;
using Intervention.Reporting.Documents;
using NodaTime;

namespace Intervention.Reporting.Tests.Documents.Corpus;

/// <summary>
/// The committed corpus of malformed inputs (<c>malformed.corpus.json</c>, written by <c>make-corpus.py</c>): every reader gives each
/// input the problems the corpus names (code and JSON path), with a short message, and never throws.
/// </summary>
public sealed class MalformedCorpusTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CaseIntake Intake = new(new OpenCaseRequestValidator(new NodaTime.Testing.FakeClock(Instant.FromUtc(2026, 12, 1, 0, 0))));

    private static string CorpusFile => Path.Combine(Intervention.Testing.Shared.ApiApproval.TestProjectDirectory(), "Documents", "Corpus", "malformed.corpus.json");

    public sealed record Expected(string Code, string Path);

    public sealed record CorpusCase(string Name, string Reader, string Input, IReadOnlyList<Expected> Expected, bool DocumentRead)
    {
        public override string ToString() => Name;
    }

    private static IReadOnlyList<CorpusCase> Load()
    {
        // The inputs hold lone surrogates on purpose: read each string's escapes by hand, as the corpus file is ASCII JSON.
        using var document = JsonDocument.Parse(File.ReadAllText(CorpusFile));
        return document.RootElement.GetProperty("cases").EnumerateArray().Select(c => new CorpusCase(
            c.GetProperty("name").GetString()!,
            c.GetProperty("reader").GetString()!,
            Unescape(c.GetProperty("input").GetRawText()),
            c.GetProperty("expected").EnumerateArray().Select(e => new Expected(e.GetProperty("code").GetString()!, e.GetProperty("path").GetString()!)).ToArray(),
            c.GetProperty("documentRead").GetBoolean())).ToArray();
    }

    // A JSON string literal to its text, lone surrogates kept (the runtime's reader refuses to produce them).
    private static string Unescape(string literal)
    {
        var text = new System.Text.StringBuilder(literal.Length);
        for (var i = 1; i < literal.Length - 1; i++)
        {
            var c = literal[i];
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            var next = literal[++i];
            text.Append(next switch
            {
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                'b' => '\b',
                'f' => '\f',
                'u' => (char)int.Parse(literal.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                _ => next,
            });
            if (next == 'u')
            {
                i += 4;
            }
        }

        return text.ToString();
    }

    public static TheoryData<string> Names() => new(Load().Select(c => c.Name));

    [Fact]
    public void The_corpus_holds_at_least_150_malformed_inputs_over_every_reader()
    {
        var cases = Load();

        Assert.True(cases.Count(c => c.Expected.Count > 0) >= 150, $"{cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(
            ["document:ChildAtRiskReport", "document:LiaisonSheet", "document:OfficerGuidanceCard", "document:OfficerReferral", "document:SocialReferral", "intake:identity", "intake:open", "intake:step"],
            cases.Select(c => c.Reader).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_input_gets_its_problems_at_their_paths_with_a_short_message(string name)
    {
        var corpusCase = Load().Single(c => c.Name == name);

        var (read, problems) = Read(corpusCase);

        var found = string.Join("; ", problems.Select(p => $"{p.Path} {p.Code}"));
        if (corpusCase.Expected.Count == 0)
        {
            Assert.True(read && problems.Count == 0, found);
            return;
        }

        Assert.False(read && problems.Count == 0, "accepted");
        foreach (var expected in corpusCase.Expected)
        {
            Assert.True(problems.Any(p => p.Code == expected.Code && (expected.Path == "*" || p.Path == expected.Path)), $"expected {expected.Path} {expected.Code}, found {found}");
        }

        Assert.All(problems, p => Assert.True(p.Message.Length <= 400 && p.Path.Length <= 250, $"{p.Path}: {p.Message.Length} characters"));
    }

    private static (bool Read, IReadOnlyList<(string Path, string Code, string Message)> Problems) Read(CorpusCase c)
    {
        switch (c.Reader.Split(':'))
        {
            case ["document", var type]:
                var check = DocumentReader.Read(Enum.Parse<DocumentType>(type), c.Input, French, new LocalDate(2026, 12, 1));
                return (check.IsValid, check.Problems.Select(p => (p.Path, p.Code, p.Message)).ToArray());
            case ["intake", "open"]:
                var opened = Intake.Open(c.Input, French);
                return (opened.IsValid, opened.Validation.Errors.Select(e => (e.PropertyName, e.ErrorCode, e.ErrorMessage)).ToArray());
            case ["intake", "step"]:
                var step = IntakeJson.ReadCaseStepRequest(c.Input, French);
                return (step.IsRead, step.Problems.Errors.Select(e => (e.PropertyName, e.ErrorCode, e.ErrorMessage)).ToArray());
            case ["intake", "identity"]:
                var identity = IntakeJson.ReadPersonIdentityRequest(c.Input, French);
                return (identity.IsRead, identity.Problems.Errors.Select(e => (e.PropertyName, e.ErrorCode, e.ErrorMessage)).ToArray());
            default:
                throw new InvalidOperationException(c.Reader);
        }
    }
}
