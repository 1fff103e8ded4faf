using NodaTime;

namespace Intervention.Confidentiality.Law.France;

/// <summary>The French texts the pack cites, each with the day its version took effect; the articles' files use these names.</summary>
/// <remarks>
/// Since Ordonnance 2004-164, a law without a date of its own takes effect the day after its publication in the Journal officiel
/// (Code civil, art. 1). Days given here as the law's own date rather than that day are marked to confirm where they are used.
/// </remarks>
internal static class FrenchTexts
{
    internal const string CodePenalFr = "Code pénal";
    internal const string Casf = "Code de l'action sociale et des familles";
    internal const string CadreDeReference = "Cadre de référence des intervenants sociaux en commissariat et gendarmerie";
    internal const string CadreOperationnel = "Cadre opérationnel ANISCG";

    /// <summary>The Code pénal of 1994 (lois 92-683 to 92-686 of 22 July 1992), in force 1 March 1994.</summary>
    internal static readonly LocalDate CodePenal1994 = new(1994, 3, 1);

    /// <summary>Loi 2003-239 du 18 mars 2003 pour la sécurité intérieure, published in the JO of 19 March 2003 (the weapons paragraph of 226-14).</summary>
    internal static readonly LocalDate Loi2003_239 = new(2003, 3, 19);

    /// <summary>Loi 2004-1 du 2 janvier 2004 relative à l'accueil et à la protection de l'enfance, JO of 3 January 2004: the earliest wording of 226-14 read.</summary>
    internal static readonly LocalDate Loi2004_1 = new(2004, 1, 3);

    /// <summary>Circulaire du 1er août 2006: the reference framework of social workers in police and gendarmerie services.</summary>
    internal static readonly LocalDate Circulaire2006 = new(2006, 8, 1);

    /// <summary>Loi 2007-293 du 5 mars 2007 réformant la protection de l'enfance (L.226-2-1, L.226-2-2).</summary>
    internal static readonly LocalDate Loi2007_293 = new(2007, 3, 5);

    /// <summary>Loi 2007-297 du 5 mars 2007 relative à la prévention de la délinquance (L.121-6-2).</summary>
    internal static readonly LocalDate Loi2007_297 = new(2007, 3, 5);

    /// <summary>The version of L.121-6-2 in force since 22 March 2015.</summary>
    internal static readonly LocalDate L121_6_2Of2015 = new(2015, 3, 22);

    /// <summary>Loi 2015-1402 du 5 novembre 2015 (226-14: any health professional; civil and criminal immunity), JO of 6 November 2015.</summary>
    internal static readonly LocalDate Loi2015_1402 = new(2015, 11, 6);

    /// <summary>Loi 2016-297 du 14 mars 2016 relative à la protection de l'enfant (434-3: all minors).</summary>
    internal static readonly LocalDate Loi2016_297 = new(2016, 3, 14);

    /// <summary>Loi 2018-703 du 3 août 2018, in force 6 August 2018 (223-6 and 434-3: minors under 15).</summary>
    internal static readonly LocalDate Loi2018_703 = new(2018, 8, 6);

    /// <summary>Loi 2020-936 du 30 juillet 2020, art. 12, JO of 31 July 2020, in force 1 August 2020 (226-14 3°: couple violence).</summary>
    internal static readonly LocalDate Loi2020_936 = new(2020, 8, 1);

    /// <summary>Loi 2021-1539 du 30 novembre 2021, art. 41, in force 2 December 2021 (226-14 5°: veterinarians).</summary>
    internal static readonly LocalDate Loi2021_1539 = new(2021, 12, 2);
}
