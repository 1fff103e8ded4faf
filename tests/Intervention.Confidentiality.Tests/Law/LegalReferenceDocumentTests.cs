using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Intervention.Confidentiality.Law;
using Intervention.Confidentiality.Law.Belgium;
using Intervention.Confidentiality.Law.France;
using Intervention.Confidentiality.Law.Quebec;
using Intervention.Confidentiality.Law.Switzerland;
using NodaTime;
using NodaTime.Text;
using Intervention.Confidentiality.Disclosure;
using Intervention.Domain.Services;
using Intervention.Testing.Shared;

namespace Intervention.Confidentiality.Tests.Law;

/// <summary>
/// The tables of <c>docs/legal.md</c> are generated from the rule packs themselves: every rule, each of its versions with code,
/// article, alinéa, the version's dates of effect and whether it is still to confirm. The test fails when the document and the
/// packs differ, and writes what the packs say beside it (<c>docs/legal.received.md</c>) to copy over deliberately.
/// </summary>
public sealed class LegalReferenceDocumentTests
{
    private const string Begin = "<!-- BEGIN GENERATED from the rule packs by LegalReferenceDocumentTests: do not edit by hand -->";
    private const string End = "<!-- END GENERATED -->";

    [Theory]
    [InlineData("legal.md", "en")]
    [InlineData("legal.fr.md", "fr")]
    public void The_legal_reference_in_docs_lists_every_rule_and_version_of_every_pack(string file, string culture)
    {
        var path = Path.Combine(RepositoryRoot(), "docs", file);
        var document = File.ReadAllText(path).ReplaceLineEndings("\n");
        var begin = document.IndexOf(Begin, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"docs/{file} has no generated part between '{Begin}' and '{End}'.");

        var generated = Generate(CultureInfo.GetCultureInfo(culture));
        var expected = string.Concat(document.AsSpan(0, begin + Begin.Length), "\n", generated, document.AsSpan(end));
        var received = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(file) + ".received.md");
        if (expected != document)
        {
            File.WriteAllText(received, expected);
        }
        else if (File.Exists(received))
        {
            File.Delete(received);
        }

        Assert.True(expected == document, $"docs/{file} does not list what the packs hold: compare it with {Path.GetFileName(received)} and copy it over if the change is meant.");
    }

    [Fact]
    public void Every_rule_of_every_pack_appears_in_the_generated_reference_with_each_of_its_versions_and_its_summary_in_both_languages()
    {
        foreach (var culture in new[] { "en", "fr" })
        {
            var generated = Generate(CultureInfo.GetCultureInfo(culture));
            foreach (var pack in Packs())
            {
                foreach (var rule in pack.Rules)
                {
                    Assert.Contains($"<a id=\"{Anchor(rule.Id)}\"></a>`{rule.Id}`", generated, StringComparison.Ordinal);
                    Assert.NotNull(rule.Summary);
                    Assert.Contains(Cell(rule.Summary!.In(CultureInfo.GetCultureInfo(culture))), generated, StringComparison.Ordinal);
                    foreach (var version in rule.Versions)
                    {
                        Assert.Contains(Cell(version.Version), generated, StringComparison.Ordinal);
                        Assert.Contains(version.Undated ? Words.Undated(culture) : Date(version.InForceFrom), generated, StringComparison.Ordinal);
                    }
                }

                foreach (var limit in pack.DataLimits)
                {
                    Assert.NotNull(limit.Summary);
                    Assert.Contains($"<a id=\"{Anchor(limit.RuleId)}\"></a>`{limit.RuleId}`", generated, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public void Every_rule_and_limit_is_documented_in_its_source_file_by_a_link_to_its_row()
    {
        var sources = Directory.GetFiles(Path.Combine(RepositoryRoot(), "src", "Intervention.Confidentiality", "Law"), "*.cs", SearchOption.AllDirectories)
            .Select(File.ReadAllText).ToArray();
        var ids = Packs().SelectMany(p => p.Rules.Select(r => r.Id).Concat(p.DataLimits.Select(l => l.RuleId))).Append("FR-CP-226-14-immunity").Distinct();

        Assert.All(ids, id => Assert.True(
            sources.Any(source => source.Contains($"docs/legal.md#{Anchor(id)})", StringComparison.Ordinal)),
            $"No XML doc of src/Intervention.Confidentiality/Law points to docs/legal.md#{Anchor(id)}."));
    }

    private static RulePack[] Packs() => [FrenchRulePack.Create(), QuebecRulePack.Create(), BelgianRulePack.Create(), SwissRulePack.Create()];

    /// <summary>The anchor of a rule's row: its id in lower case, keeping letters, digits and hyphens.</summary>
    internal static string Anchor(string id) => new(id.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '-').ToArray());

    private static string Generate(CultureInfo culture)
    {
        var fr = culture.Name == "fr";
        var words = new Words(fr);
        var text = new StringBuilder();
        foreach (var pack in Packs())
        {
            text.Append(CultureInfo.InvariantCulture, $"\n### {words.Pack(pack.Jurisdiction)}\n\n");
            var unknown = pack.Rules.Where(r => r.KnownFrom == pack.CoverageStart).Select(r => $"`{r.Id}`");
            text.Append(CultureInfo.InvariantCulture, $"{words.Coverage(Date(pack.CoverageStart), string.Join(", ", unknown))}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"{words.VocabularyIntro}\n\n{words.VocabularyHeader}\n|---|---|---|---|\n");
            foreach (var term in pack.Vocabulary)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {words.Kind(term.Kind)} | `{term.Code}` | {Cell(term.Label.In(culture))} | {Cell(term.Description.In(culture))} |\n");
            }

            text.Append('\n');
            text.Append(CultureInfo.InvariantCulture, $"{words.Conflicts}\n\n");
            text.Append(words.VersionsHeader).Append('\n').Append("|---|---|---|---|---|---|---|---|---|---|\n");
            foreach (var rule in pack.Rules)
            {
                var first = true;
                foreach (var v in rule.Versions.OrderBy(v => v.InForceFrom))
                {
                    var id = first ? $"<a id=\"{Anchor(rule.Id)}\"></a>`{rule.Id}`" : $"`{rule.Id}`";
                    first = false;
                    text.Append(CultureInfo.InvariantCulture,
                        $"| {id} | {words.Rank(rule.Rank)} | {Cell(v.Code)} | {Cell(v.Article)} | {Cell(v.Paragraph ?? "—")} | {Cell(v.Version)} | {(v.Undated ? Words.Undated(culture.Name) : Date(v.InForceFrom))} | {(v.InForceUntil is { } until ? Date(until) : "—")} | {Cell(v.OfficialId ?? "—")} | {(v.ToConfirm ? $"**{words.ToConfirm}**" : "")} |\n");
                }
            }

            text.Append(CultureInfo.InvariantCulture, $"\n{words.SummaryHeader}\n|---|---|\n");
            foreach (var rule in pack.Rules)
            {
                text.Append(CultureInfo.InvariantCulture, $"| `{rule.Id}` | {Cell(rule.Summary?.In(culture) ?? "—")} |\n");
            }

            if (pack.DataLimits.Count > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n{words.LimitsIntro}\n\n{words.LimitsHeader}\n|---|---|---|---|---|---|---|---|\n");
                foreach (var limit in pack.DataLimits)
                {
                    var v = limit.Reference;
                    text.Append(CultureInfo.InvariantCulture,
                        $"| <a id=\"{Anchor(limit.RuleId)}\"></a>`{limit.RuleId}` | {Cell(v.Code)} | {Cell(v.Article)} | {Cell(v.Paragraph ?? "—")} | {Cell(v.Version)} | {(v.Undated ? Words.Undated(culture.Name) : Date(v.InForceFrom))} | {(v.InForceUntil is { } until ? Date(until) : "—")} | {Cell(limit.Summary?.In(culture) ?? "—")} |\n");
                }
            }

            if (pack.ImmunityBasis(pack.CoverageStart) is { } immunity)
            {
                var versions = pack.AmendmentDates.Prepend(pack.CoverageStart).Select(d => pack.ImmunityBasis(d)).OfType<LegalBasis>().Distinct().ToArray();
                text.Append(CultureInfo.InvariantCulture, $"\n<a id=\"{Anchor(immunity.RuleId)}\"></a>{words.Immunity(immunity.RuleId)}\n\n");
                foreach (var basis in versions)
                {
                    text.Append(CultureInfo.InvariantCulture, $"- {Cell(basis.Reference.Code)}, {basis.Reference.Article} {basis.Reference.Paragraph}: {Cell(basis.Reference.Version)}, {Date(basis.Reference.InForceFrom)} → {(basis.Reference.InForceUntil is { } u ? Date(u) : "—")}{(basis.Reference.ToConfirm ? $" (**{words.ToConfirm}**)" : "")}\n");
                }
            }

            var toConfirm = pack.Rules.Where(r => r.Versions.Any(v => v.ToConfirm)).Select(r => $"`{r.Id}`").ToArray();
            text.Append(CultureInfo.InvariantCulture, $"\n{words.StillToConfirm}: {(toConfirm.Length == 0 ? words.None : string.Join(", ", toConfirm))}.\n");
        }

        return text.ToString();
    }

    /// <summary>The words of the generated tables, in the document's language.</summary>
    private sealed class Words(bool french)
    {
        public string VocabularyIntro => french
            ? "Vocabulaire du jeu : les personnes qui divulguent, destinataires, finalités et faits qu'il connaît. Une demande qui nomme un autre terme est refusée (`OutsideVocabularyException`) ; un terme que plusieurs jeux listent a le même sens dans chacun."
            : "The pack's vocabulary: the disclosers, recipients, purposes and facts it knows. A request naming another term is refused (`OutsideVocabularyException`); a term several packs list means the same in each.";

        public string VocabularyHeader => french ? "| vocabulaire | code | libellé | description |" : "| vocabulary | code | label | description |";

        public string Kind(VocabularyKind kind) => (kind, french) switch
        {
            (VocabularyKind.Discloser, true) => "personne qui divulgue",
            (VocabularyKind.Recipient, true) => "destinataire",
            (VocabularyKind.Purpose, true) => "finalité",
            (VocabularyKind.Fact, true) => "fait",
            _ => kind.ToString().ToLowerInvariant(),
        };

        public string Conflicts => french
            ? "Conflits véritables connus : aucun. Le test de couverture exhaustive décide chaque combinaison de personne qui divulgue, destinataire, finalité, faits (aucun, chacun, chaque paire), sujet, consentement et date de part et d'autre de chaque modification sans en rencontrer."
            : "Genuine conflicts known: none. The exhaustive coverage test decides every combination of discloser, recipient, purpose, facts (none, each, each pair), subject, consent and date on both sides of every amendment without meeting one.";

        public string VersionsHeader => french
            ? "| règle | rang | code | article | alinéa | version | en vigueur du | au | identifiant officiel | à confirmer |"
            : "| rule | rank | code | article | alinéa | version | in force from | until | official id | to confirm |";

        public string SummaryHeader => french ? "| règle | conditions → conclusion |" : "| rule | conditions → conclusion |";

        public string LimitsIntro => french ? "Limites des données qu'une divulgation peut porter :" : "Limits on the data a disclosure may carry:";

        public string LimitsHeader => french
            ? "| limite | code | article | alinéa | version | en vigueur du | au | ce qu'elle retient |"
            : "| limit | code | article | alinéa | version | in force from | until | what it withholds |";

        public string ToConfirm => french ? "à confirmer" : "to confirm";

        public string StillToConfirm => french ? "Encore à confirmer sur le texte officiel" : "Still to confirm against the official text";

        public string None => french ? "aucune" : "none";

        public static string Undated(string culture) => culture == "fr" ? "non daté" : "undated";

        public string Coverage(string start, string rules) => french
            ? $"Le jeu de règles répond pour les actes à partir du {start} : avant, aucune version n'est connue de {rules} (leurs rédactions antérieures n'ont pas été vérifiées), et le moteur refuse de décider en nommant ces règles."
            : $"The pack answers for acts from {start}: before it, no version is known of {rules} (their earlier wordings were not checked), and the engine refuses to decide, naming these rules.";

        public string Immunity(string id) => french
            ? $"`{id}` : l'immunité de celui qui signale de bonne foi, dans sa version à la date de l'acte :"
            : $"`{id}`: the immunity of a good-faith reporter, in its version on the date of the act:";

        public string Pack(Jurisdiction jurisdiction) => (jurisdiction, french) switch
        {
            (Jurisdiction.France, _) => "France",
            (Jurisdiction.Quebec, _) => "Québec",
            (Jurisdiction.Belgium, true) => "Belgique",
            (Jurisdiction.Belgium, false) => "Belgium",
            (Jurisdiction.Switzerland, true) => "Suisse",
            (Jurisdiction.Switzerland, false) => "Switzerland",
            _ => throw new ArgumentOutOfRangeException(nameof(jurisdiction), jurisdiction, "A pack without a name in the reference."),
        };

        public string Rank(RuleRank rank) => (rank, french) switch
        {
            (RuleRank.Default, true) => "par défaut",
            (RuleRank.Consent, true) => "consentement",
            (RuleRank.RoleGuidance, true) => "orientation de rôle",
            (RuleRank.LegalPermission, true) => "permission légale",
            (RuleRank.RoleProhibition, true) => "interdiction de rôle",
            (RuleRank.LegalDuty, true) => "obligation légale",
            _ => rank.ToString(),
        };
    }

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    // The repository root: two folders above the test project, whose folder the build records (tests/Directory.Build.props).
    private static string RepositoryRoot() => Path.GetFullPath(Path.Combine(ApiApproval.TestProjectDirectory(), "..", ".."));
}
