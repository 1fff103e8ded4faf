using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using Intervention.Domain.Localization;

namespace Intervention.Reporting.Statistics;

/// <summary>French and English labels of the dimensions and categories of activity reports (fr-CA falls back to fr).</summary>
public static class StatisticsLabels
{
    private static readonly FrozenDictionary<string, (string French, string English)> Labels = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["dim.Profile"] = ("Service", "Service"),
        ["dim.Channel"] = ("Mode de saisine", "Referral channel"),
        ["dim.Situation"] = ("Problématique", "Situation"),
        ["dim.AgeGroup"] = ("Mineur ou majeur", "Minor or adult"),
        ["dim.Sex"] = ("Sexe", "Sex"),
        ["dim.AgeBand"] = ("Tranche d'âge", "Age band"),
        ["dim.Territory"] = ("Territoire", "Territory"),
        ["dim.Outcome"] = ("Suite donnée", "Outcome"),
        ["dim.KnownToSocialServices"] = ("Connu des services sociaux", "Known to social services"),
        ["dim.Period"] = ("Période", "Period"),
        ["Total"] = ("Total", "Total"),
        ["Yes"] = ("Oui", "Yes"),
        ["No"] = ("Non", "No"),
        ["Unknown"] = ("Non renseigné", "Unknown"),
        ["Open"] = ("En cours", "Open"),
        ["suppressed"] = ("secret", "suppressed"),
        ["header.unit"] = ("Unité de compte", "Counting unit"),
        ["header.policySource"] = ("Règle de secret", "Disclosure rule"),
        ["header.recordsCounted"] = ("Enregistrements comptés", "Records counted"),
        ["header.excludedWithoutConsent"] = ("Écartés faute d'accord", "Left out without consent"),
        ["header.distinctTotals"] = ("Les totaux comptent des situations distinctes : une situation à plusieurs problématiques compte une fois.", "Totals count distinct cases: a case with several situations counts once."),
        ["unit.Cases"] = ("Situations", "Cases"),
        ["unit.Actions"] = ("Actions", "Actions"),
        ["unit.DistinctPersons"] = ("Personnes distinctes", "Distinct persons"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Returns the label of a category code (enum name, <c>Total</c>, <c>Yes</c>…) or of a dimension (<c>dim.Channel</c>); codes without a label (territories, periods, age bands) are their own label.</summary>
    /// <param name="code">The code.</param>
    /// <param name="culture">French for <c>fr</c> and its regions, English otherwise.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Label(string code, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(culture);
        return Labels.TryGetValue(code, out var label) ? (FrenchCulture.Includes(culture) ? label.French : label.English) : DomainLabels.Label(code, culture);
    }
}
