using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Intervention.Testing.Shared;
using Microsoft.Playwright;

namespace Intervention.LiaisonForms.Tests;

/// <summary>The documents rendered from our schemas by react-jsonschema-form, in a real browser, judged by our server.</summary>
public sealed class LiaisonFormTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    [Trait("Rule", "R34")]
    public async Task R34_a_sheet_sent_without_the_persons_validation_gets_the_servers_french_error_then_is_accepted_once_fixed()
    {
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl);
        await page.WaitForSelectorAsync("#root_sheetId");
        Assert.Equal("Fiche de liaison vers un service social partenaire", await page.InnerTextAsync("#form-title"));

        await page.FillAsync("#root_sheetId", "a1b2c3d4-e5f6-4a5b-9c8d-7e6f5a4b3c2d");
        await page.FillAsync("#root_writtenAt", "2026-03-04T09:00");
        await page.SelectOptionAsync("#root_status", new SelectOptionValue { Label = "Envoyée" });
        await page.SelectOptionAsync("#root_partner", new SelectOptionValue { Label = "Service social départemental" });
        await page.FillAsync("#root_sender_name", "Intervenante sociale");
        await page.FillAsync("#root_sender_service", "Commissariat de Poitiers");
        await page.FillAsync("#root_sender_email", "intervenante@example.org");
        await page.FillAsync("#root_person_familyName", "Martin");
        await page.FillAsync("#root_person_givenNames", "Claire");
        await page.SelectOptionAsync("#root_reasons", new[] { new SelectOptionValue { Label = "Logement" }, new SelectOptionValue { Label = "Difficultés financières" } });
        await page.SelectOptionAsync("#root_decision_outcome", new SelectOptionValue { Label = "Transmission avec le consentement de la personne" });
        await page.FillAsync("#root_decision_bases_0", "Code pénal, art. 226-13, consentement (version en vigueur depuis le 1 mars 1994)");
        await page.SelectOptionAsync("#root_decision_consent_purpose", new SelectOptionValue { Label = "Partager des informations avec les destinataires nommés" });
        await page.SelectOptionAsync("#root_decision_consent_form", new SelectOptionValue { Label = "Par écrit" });
        await page.FillAsync("#root_decision_consent_givenAt", "2026-03-03T09:00");
        await page.FillAsync("#root_decision_dateOfAct", "2026-03-04");
        await page.SelectOptionAsync("#root_decision_allowedData", new SelectOptionValue { Label = "Identité" });
        await page.FillAsync("#root_sentAt", "2026-03-04T09:15");

        await page.ClickAsync("button[type=submit]");
        var alert = page.GetByRole(AriaRole.Alert);
        await alert.WaitForAsync();
        var refusal = await alert.InnerTextAsync();
        Assert.Contains("La personne doit savoir ce qui est transmis et le valider avant l'envoi (R21, R34).", refusal, StringComparison.Ordinal);
        Assert.Contains("validatedWithPersonAt", refusal, StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("[data-code='liaison.not_validated_with_person']").CountAsync());

        await page.FillAsync("#root_validatedWithPersonAt", "2026-03-04T09:10");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Output("liaison-sheet-filled.png"), FullPage = true });
        await page.ClickAsync("button[type=submit]");
        var accepted = page.GetByRole(AriaRole.Status);
        await accepted.WaitForAsync();

        Assert.Contains("Document accepté", await accepted.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.GetByRole(AriaRole.Alert).CountAsync());
    }

    [Fact]
    [Trait("Rule", "R30")]
    [Trait("Rule", "R32")]
    public async Task R30_R32_the_quebec_referral_form_requires_the_partner_kind_for_a_partner_and_the_server_refuses_it_until_a_criterion_is_met()
    {
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl);
        await page.WaitForSelectorAsync("#root_sheetId");
        await page.SelectOptionAsync("#document", new SelectOptionValue { Label = "Référence sociale (Québec)" });
        await page.WaitForSelectorAsync("#root_source");

        Assert.Equal("Référence sociale", await page.InnerTextAsync("#form-title"));
        var sources = await page.Locator("#root_source option").AllInnerTextsAsync();
        Assert.Contains("Préposé 911", sources);
        Assert.DoesNotContain("Accueil", sources);

        // The schema's if/then drives the form: the referring partner's kind becomes required once a partner refers (R30).
        Assert.Equal(0, await page.Locator("label[for=root_partner] .required").CountAsync());
        await page.SelectOptionAsync("#root_source", new SelectOptionValue { Label = "Partenaire" });
        Assert.Equal(1, await page.Locator("label[for=root_partner] .required").CountAsync());
        await page.SelectOptionAsync("#root_partner", new SelectOptionValue { Label = "Organisme communautaire" });
        await page.FillAsync("#root_receivedOn", "2026-03-04");
        await page.SelectOptionAsync("#root_situations", new SelectOptionValue { Label = "État mental perturbé" });
        string[] criteria =
        [
            "Récurrence des appels ou des interventions policières", "Complexité de l'intervention", "Danger prévisible ou imminent",
            "Intervention policière possiblement à haut risque", "Implication de partenaires nécessaire",
        ];
        for (var i = 0; i < criteria.Length; i++)
        {
            await page.SelectOptionAsync($"#root_findings_{i}_criterion", new SelectOptionValue { Label = criteria[i] });
            await page.FillAsync($"#root_findings_{i}_reason", i == 0 ? "Cinq appels en un mois" : "Non observé");
        }

        // No criterion met: the server refuses it (R32), in Québec French.
        await page.ClickAsync("button[type=submit]");
        var alert = page.GetByRole(AriaRole.Alert);
        await alert.WaitForAsync();
        var codes = await page.Locator("[data-code]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.code)");
        Assert.Equal(["referral.not_admissible"], codes);
        Assert.Contains("Aucun critère d'admissibilité n'est rempli (R32).", await alert.InnerTextAsync(), StringComparison.Ordinal);

        await page.CheckAsync("#root_findings_0_met");
        await page.ClickAsync("button[type=submit]");
        await page.GetByRole(AriaRole.Status).WaitForAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Alert).CountAsync());
    }

    [Theory]
    [InlineData("Fiche de liaison vers un service social partenaire", "#root_sheetId")]
    [InlineData("Référence sociale (Québec)", "#root_source")]
    public async Task The_rendered_forms_have_no_serious_or_critical_accessibility_violation(string document, string field)
    {
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(browser.BaseUrl);
        await page.WaitForSelectorAsync("#root_sheetId");
        await page.SelectOptionAsync("#document", new SelectOptionValue { Label = document });
        await page.WaitForSelectorAsync(field);

        var results = await page.RunAxe();

        var blocking = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(
            blocking.Count == 0,
            string.Join("\n", blocking.Select(v => $"{v.Impact} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})")));
        Assert.NotEmpty(results.Passes);
    }

    private static string Output(string name)
    {
        var folder = Path.GetFullPath(Path.Combine(ApiApproval.TestProjectDirectory(), "..", "..", "artifacts", "test-results"));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
