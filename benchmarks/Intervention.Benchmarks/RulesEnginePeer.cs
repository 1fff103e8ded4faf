using System;
using System.Collections.Generic;
using System.Linq;
using Intervention.Confidentiality.Consents;
using Intervention.Confidentiality.Disclosure;
using Intervention.Confidentiality.Law;
using Intervention.Domain.People;
using RulesEngine.Models;

namespace Intervention.Benchmarks;

/// <summary>The flat input the RulesEngine peer evaluates its lambda expressions on.</summary>
public sealed class PeerInput
{
    public string Discloser { get; init; } = "";
    public string Recipient { get; init; } = "";
    public string Purpose { get; init; } = "";
    public string Facts { get; init; } = ",";
    public bool Minor { get; init; }
    public bool Protected { get; init; }
    public bool ConsentShare { get; init; }
    public bool ConsentProtocol { get; init; }
    public bool ConsentStatistics { get; init; }
    public int Date { get; init; }
}

/// <summary>
/// The French rules of <c>FrenchRulePack</c> written for Microsoft RulesEngine 6, as a .NET team would otherwise write them: one
/// workflow of lambda-expression rules whose success event carries rank and outcome, and the precedence resolved in C#. It decides
/// the outcome only (what the benchmark compares); consent coverage is computed beforehand, as a host would.
/// </summary>
public sealed class RulesEnginePeer
{
    private const string Workflow = "FrenchDisclosure";
    private readonly RulesEngine.RulesEngine _engine;

    public RulesEnginePeer()
    {
        static Rule R(string name, int rank, DisclosureOutcome outcome, string expression) =>
            new() { RuleName = name, SuccessEvent = $"{rank}:{outcome}", RuleExpressionType = RuleExpressionType.LambdaExpression, Expression = expression };
        const string Ab = "input.Facts.Contains(\",AbuseOfMinor,\")";
        var rules = new List<Rule>
        {
            R("FR-CP-226-13", 0, DisclosureOutcome.MustNotDisclose, "true"),
            R("FR-CONSENT", 10, DisclosureOutcome.MayDiscloseWithConsent, "(input.Purpose == \"ProtocolTransmission\" AND input.ConsentProtocol) OR (input.Purpose == \"Statistics\" AND input.ConsentStatistics) OR (input.Purpose != \"ProtocolTransmission\" AND input.Purpose != \"Statistics\" AND input.ConsentShare)"),
            R("R11", 40, DisclosureOutcome.MustNotDisclose, "input.Date >= 20060801 AND (input.Recipient == \"Investigators\" OR input.Purpose == \"Investigation\")"),
            R("R42", 40, DisclosureOutcome.MustNotDisclose, "input.Recipient == \"StaffHierarchy\" AND NOT input.ConsentShare"),
            R("R42-officer", 30, DisclosureOutcome.MayDiscloseByLaw, "input.Recipient == \"StaffServiceOfficerInCharge\" AND (input.Discloser == \"StaffServiceMember\" OR input.Discloser == \"StaffServiceOfficer\")"),
            R("R22", 40, DisclosureOutcome.MustNotDisclose, "(input.Recipient == \"ProtocolAssociation\" OR input.Purpose == \"ProtocolTransmission\") AND NOT input.ConsentProtocol"),
            R("R21", 40, DisclosureOutcome.MustNotDisclose, $"input.Purpose == \"Orientation\" AND (input.Facts.Contains(\",ChildInDangerOrAtRisk,\") OR {Ab})"),
            R("R37", 20, DisclosureOutcome.MustNotDisclose, "input.Facts.Contains(\",OffenceRevealedByPerson,\") AND input.Purpose == \"Report\" AND (input.Recipient == \"PublicProsecutor\" OR input.Recipient == \"PoliceHierarchy\")"),
            R("FR-CP-226-14-1", 30, DisclosureOutcome.MayDiscloseByLaw, $"({Ab} OR input.Facts.Contains(\",AbuseOfVulnerablePerson,\")) AND (input.Recipient == \"PublicProsecutor\" OR input.Recipient == \"Crip\" OR input.Recipient == \"PoliceHierarchy\")"),
            R("FR-CP-226-14-2", 30, DisclosureOutcome.MayDiscloseByLaw, "input.Facts.Contains(\",ObservedAbuseSuggestingViolence,\") AND (input.Discloser == \"Physician\" OR (input.Date >= 20151106 AND input.Discloser == \"HealthProfessional\")) AND (input.Recipient == \"PublicProsecutor\" OR (input.Date >= 20151106 AND input.Recipient == \"Crip\" AND input.Minor)) AND (input.Minor OR input.Protected OR input.Facts.Contains(\",AbuseOfVulnerablePerson,\") OR input.ConsentShare)"),
            R("FR-CP-226-14-3", 30, DisclosureOutcome.MayDiscloseByLaw, "input.Date >= 20200801 AND (input.Discloser == \"Physician\" OR input.Discloser == \"HealthProfessional\") AND input.Facts.Contains(\",CoupleViolenceImmediateDangerUnderControl,\") AND input.Recipient == \"PublicProsecutor\" AND NOT input.Minor"),
            R("FR-CP-226-14-4", 30, DisclosureOutcome.MayDiscloseByLaw, "(input.Discloser == \"Physician\" OR input.Discloser == \"HealthProfessional\" OR input.Discloser == \"SocialWorker\" OR input.Discloser == \"StaffServiceOfficer\" OR input.Discloser == \"StaffServiceMember\" OR input.Discloser == \"VictimSupportWorker\") AND input.Facts.Contains(\",DangerousPersonWithWeapon,\") AND input.Recipient == \"Prefect\""),
            R("FR-CP-226-14-5", 30, DisclosureOutcome.MayDiscloseByLaw, "input.Date >= 20211202 AND input.Discloser == \"Veterinarian\" AND input.Facts.Contains(\",AnimalCruelty,\") AND input.Recipient == \"PublicProsecutor\""),
            R("FR-CP-223-6-1", 50, DisclosureOutcome.MustActByLaw, "input.Facts.Contains(\",PreventableCrimeOrAssault,\") AND (input.Recipient == \"EmergencyServices\" OR input.Recipient == \"PoliceHierarchy\")"),
            R("FR-CP-223-6-2", 50, DisclosureOutcome.MustActByLaw, "input.Facts.Contains(\",PersonInImminentPeril,\") AND (input.Recipient == \"EmergencyServices\" OR input.Recipient == \"PoliceHierarchy\")"),
            R("FR-CASF-L226-2-1", 50, DisclosureOutcome.MustActByLaw, $"input.Date >= 20070305 AND (input.Discloser == \"SocialWorker\" OR input.Discloser == \"Physician\" OR input.Discloser == \"HealthProfessional\" OR input.Discloser == \"VictimSupportWorker\") AND (input.Facts.Contains(\",ChildInDangerOrAtRisk,\") OR {Ab}) AND input.Recipient == \"Crip\""),
            R("FR-CASF-L226-2-2", 30, DisclosureOutcome.MayDiscloseByLaw, "input.Date >= 20070305 AND (input.Discloser == \"SocialWorker\" OR input.Discloser == \"Physician\" OR input.Discloser == \"HealthProfessional\") AND input.Facts.Contains(\",ChildProtectionAssessmentNeeded,\") AND input.Recipient == \"ChildProtectionProfessional\" AND input.Purpose == \"ChildProtectionAssessment\""),
            R("FR-CASF-L121-6-2", 30, DisclosureOutcome.MayDiscloseByLaw, "input.Date >= 20070305 AND input.Discloser == \"SocialWorker\" AND input.Facts.Contains(\",WorseningDifficultiesNeedingSeveralProfessionals,\") AND (input.Recipient == \"Mayor\" OR input.Recipient == \"DepartmentalCouncilPresident\" OR input.Recipient == \"CoProfessional\")"),
        };
        _engine = new RulesEngine.RulesEngine([new Workflow { WorkflowName = Workflow, Rules = rules }], new ReSettings());
    }

    /// <summary>The flat input for a request (consent coverage computed as the library does).</summary>
    public static PeerInput Input(DisclosureRequest r) => new()
    {
        Discloser = r.Discloser.ToString(),
        Recipient = r.Recipient.ToString(),
        Purpose = r.Purpose.ToString(),
        Facts = "," + string.Join(",", r.Facts) + ",",
        Minor = r.Subject.AgeGroup == AgeGroup.Minor,
        Protected = r.Subject.UnderLegalProtection,
        ConsentShare = r.CoveringConsent(ConsentPurpose.ShareWithRecipients) is not null,
        ConsentProtocol = r.CoveringConsent(ConsentPurpose.TransmitProtocolFile) is not null,
        ConsentStatistics = r.CoveringConsent(ConsentPurpose.AppearInStatistics) is not null,
        Date = (r.DateOfAct.Year * 10000) + (r.DateOfAct.Month * 100) + r.DateOfAct.Day,
    };

    /// <summary>Decides the outcome, or <see langword="null"/> when the request is outside the rules' coverage.</summary>
    public DisclosureOutcome? Decide(PeerInput input, ServicePolicy policy)
    {
        if (input.Date < 20040103 || input.Discloser == nameof(DiscloserKind.NotBoundBySecrecy))
        {
            return null;
        }

        var results = _engine.ExecuteAllRulesAsync(Workflow, new RuleParameter("input", input)).GetAwaiter().GetResult();
        var fired = results.Where(r => r.IsSuccess).Select(r => (Name: r.Rule.RuleName, Event: r.Rule.SuccessEvent.Split(':'))).ToList();
        var top = fired.Max(f => int.Parse(f.Event[0], System.Globalization.CultureInfo.InvariantCulture));
        var deciding = fired.Where(f => int.Parse(f.Event[0], System.Globalization.CultureInfo.InvariantCulture) == top).ToList();
        var outcome = Enum.Parse<DisclosureOutcome>(deciding[0].Event[1]);
        if (outcome == DisclosureOutcome.MayDiscloseByLaw && deciding.Any(d => policy.MakesMandatory(d.Name)))
        {
            return DisclosureOutcome.RequiredByServicePolicy;
        }

        if (outcome == DisclosureOutcome.MustActByLaw && deciding.Any(d => policy.ReadsAsPermission(d.Name)))
        {
            return DisclosureOutcome.MayDiscloseByLaw;
        }

        return outcome;
    }
}
