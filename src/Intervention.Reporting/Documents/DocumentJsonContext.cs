using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intervention.Reporting.Documents;

/// <summary>Source-generated serialization metadata of the documents' JSON forms (no reflection at run time: trimming and AOT safe).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(LiaisonSheetJson))]
[JsonSerializable(typeof(OfficerReferralJson))]
[JsonSerializable(typeof(SocialReferralJson))]
[JsonSerializable(typeof(OfficerGuidanceCardJson))]
[JsonSerializable(typeof(ChildAtRiskReportJson))]
internal sealed partial class DocumentJsonContext : JsonSerializerContext;
