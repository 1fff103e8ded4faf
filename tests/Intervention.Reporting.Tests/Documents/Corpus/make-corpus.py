#!/usr/bin/env python3
"""Writes malformed.corpus.json: malformed inputs for every reader, each with the problems it must get (code and path).

Each case is a valid example broken in one known way, so its expected problem follows from the break, not from running the
reader. Run from the repository root: python3 tests/Intervention.Reporting.Tests/Documents/Corpus/make-corpus.py
"""
import copy
import json
import os

ROOT = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.join(ROOT, "..", "..", "..", "schema-validation", "examples")

# type, example, a short text, an enum, a date, an identifier, an optional field present, required fields
DOCUMENTS = [
    ("LiaisonSheet", "liaison-sheet.valid.sent.json", "sender.name", "status", "decision.dateOfAct", "sheetId", "sentAt", ["sheetId", "writtenAt", "status", "partner", "reasons"]),
    ("OfficerReferral", "officer-referral.valid.declared-adult.json", "unit", "role", "writtenOn", "personId", "declaredAgeGroup", ["unit", "writtenOn", "personId", "role", "situations"]),
    ("SocialReferral", "quebec-social-referral.valid.partner.json", "findings.0.reason", "source", "receivedOn", None, "partner", ["source", "receivedOn", "situations", "findings"]),
    ("OfficerGuidanceCard", "quebec-officer-guidance-card.valid.json", "particulars", "tolerance", "lastReviewedOn", "caseId", None, ["caseId", "particulars", "toFavour", "tolerance", "release"]),
    ("ChildAtRiskReport", "crip-information-preoccupante.valid.json", "author.name", "decision.outcome", "writtenOn", "reportId", "familyContext", ["reportId", "author", "writtenOn", "minors", "facts"]),
]


def path_of(dotted):
    """The reader's path of a dotted location (findings.0.reason -> findings[0].reason)."""
    out = ""
    for part in dotted.split("."):
        out += f"[{part}]" if part.isdigit() else (("." if out else "") + part)
    return out


def at(doc, dotted):
    parts = dotted.split(".")
    node = doc
    for p in parts[:-1]:
        node = node[int(p)] if p.isdigit() else node[p]
    last = parts[-1]
    return node, int(last) if last.isdigit() else last


def setting(doc, dotted, value):
    d = copy.deepcopy(doc)
    node, key = at(d, dotted)
    node[key] = value
    return d


def removing(doc, dotted):
    d = copy.deepcopy(doc)
    node, key = at(d, dotted)
    del node[key]
    return d


def text(doc):
    return json.dumps(doc, ensure_ascii=False)


cases = []


def case(name, reader, input_text, expected, read=False, as_of=None):
    cases.append({"name": name, "reader": reader, "input": input_text, "asOf": as_of, "expected": [{"code": c, "path": p} for c, p in expected], "documentRead": read})


for doc_type, example, short, enum, date, ident, optional, required in DOCUMENTS:
    with open(os.path.join(EXAMPLES, example), encoding="utf-8") as f:
        valid = json.load(f)
    reader = f"document:{doc_type}"
    raw = text(valid)
    case(f"{doc_type}: the valid example", reader, raw, [], read=True)
    for field in required:
        case(f"{doc_type}: {field} missing", reader, text(removing(valid, field)), [("document.required", field)])
    case(f"{doc_type}: an unknown property", reader, raw[:-1] + ',"zzz":1}', [("document.unknown_property", "zzz")])
    case(f"{doc_type}: a property named in another case", reader, raw[:-1] + ',"SchemaId":"x"}', [("document.unknown_property", "SchemaId")])
    case(f"{doc_type}: an unknown nested property", reader, text(setting(valid, short.rsplit(".", 1)[0] + ".zzz", 1)) if "." in short and not short.split(".")[1].isdigit() else raw[:-1] + ',"yyy":{}}',
         [("document.unknown_property", path_of(short.rsplit(".", 1)[0]) + ".zzz")] if "." in short and not short.split(".")[1].isdigit() else [("document.unknown_property", "yyy")])
    if optional:
        case(f"{doc_type}: {optional} sent as null", reader, text(setting(valid, optional, None)), [("document.null_value", optional)])
    first = next(iter(valid))
    case(f"{doc_type}: a duplicate key", reader, raw[:-1] + f',"{first}":"{valid[first]}"' + "}", [("document.duplicate_property", first)])
    case(f"{doc_type}: the same key three times", reader, raw[:-1] + f',"{first}":"a","{first}":"b"' + "}", [("document.duplicate_property", first)])
    case(f"{doc_type}: truncated", reader, raw[: len(raw) // 2], [("document.malformed", "*")])
    case(f"{doc_type}: not JSON", reader, "bonjour", [("document.malformed", "")])
    case(f"{doc_type}: an array at the root", reader, "[]", [("document.malformed", "")])
    case(f"{doc_type}: a number at the root", reader, "42", [("document.malformed", "")])
    case(f"{doc_type}: null at the root", reader, "null", [("document.null_value", "")])
    case(f"{doc_type}: an empty text", reader, "", [("document.malformed", "")])
    case(f"{doc_type}: a lone high surrogate in a value", reader, text(setting(valid, short, "ab\ud800cd")), [("document.invalid_text", "")])
    case(f"{doc_type}: a lone low surrogate in a name", reader, raw[:-1] + ',"\udc00":1}', [("document.invalid_text", "")])
    case(f"{doc_type}: a number for a text", reader, text(setting(valid, short, 42)), [("document.malformed", path_of(short))])
    case(f"{doc_type}: an object for a text", reader, text(setting(valid, short, {"a": 1})), [("document.malformed", path_of(short))])
    case(f"{doc_type}: an unknown code", reader, text(setting(valid, enum, "Nonsense")), [("document.malformed", path_of(enum))])
    case(f"{doc_type}: a code in lower case", reader, text(setting(valid, enum, valid_value.lower() if (valid_value := at(valid, enum)[0][at(valid, enum)[1]]) else "x")), [("document.malformed", path_of(enum))])
    case(f"{doc_type}: a code as a number", reader, text(setting(valid, enum, 1)), [("document.malformed", path_of(enum))])
    case(f"{doc_type}: the 30th of February", reader, text(setting(valid, date, "2026-02-30")), [("document.malformed", path_of(date))])
    case(f"{doc_type}: a date with a time", reader, text(setting(valid, date, "2026-03-04T10:00:00Z")), [("document.malformed", path_of(date))])
    case(f"{doc_type}: a date in 1850", reader, text(setting(valid, date, "1850-03-04")), [("document.date_out_of_range", path_of(date))])
    case(f"{doc_type}: a date on 9999-12-31", reader, text(setting(valid, date, "9999-12-31")), [("document.date_out_of_range", path_of(date))])
    case(f"{doc_type}: a date on 0001-01-01", reader, text(setting(valid, date, "0001-01-01")), [("document.date_out_of_range", path_of(date))])
    case(f"{doc_type}: a blank text", reader, text(setting(valid, short, " \u00a0\t")), [("document.required", path_of(short))])
    case(f"{doc_type}: a text of 100,000 characters", reader, text(setting(valid, short, "a" * 100_000)), [("document.too_long", path_of(short))])
    case(f"{doc_type}: nesting 200 deep", reader, raw[:-1] + ',"deep":' + "[" * 200 + "]" * 200 + "}", [("document.malformed", "*")])
    case(f"{doc_type}: another schema", reader, text(setting(valid, "schemaId", "https://schemas.intervention.dev/other/1.0.0")), [("document.schema_mismatch", "schemaId")])
    case(f"{doc_type}: an empty object", reader, "{}", [("document.required", "schemaId")])
    if ident:
        case(f"{doc_type}: the empty identifier", reader, text(setting(valid, ident, "00000000-0000-0000-0000-000000000000")), [("document.required", ident)])
        case(f"{doc_type}: an identifier that is not one", reader, text(setting(valid, ident, "not-a-guid")), [("document.malformed", ident)])

# The intake requests, read from JSON.
open_case = {"caseId": "6f1c2a4e-0d1b-4f55-9a51-3c6f1e2d7a90", "postId": "6f1c2a4e-0d1b-4f55-9a51-3c6f1e2d7a91", "profile": "FrenchPoliceSocialWorker",
             "force": "FrenchPoliceStation", "referral": {"channel": "SelfReferralFromDayLog", "receivedOn": "2026-03-02"},
             "participants": [{"personId": "6f1c2a4e-0d1b-4f55-9a51-3c6f1e2d7a92", "role": "Victim", "birthDate": "1990-05-17"}], "situations": ["ConjugalViolence"]}
raw = text(open_case)
reader = "intake:open"
case("Open case: the valid request", reader, raw, [], read=True)
case("Open case: not JSON", reader, "bonjour", [("json.malformed", "")])
case("Open case: an array at the root", reader, "[]", [("json.malformed", "")])
case("Open case: truncated", reader, raw[:40], [("json.malformed", "*")])
case("Open case: an empty text", reader, "", [("json.malformed", "")])
case("Open case: an unknown property", reader, raw[:-1] + ',"zzz":1}', [("json.malformed", "zzz")])
case("Open case: a duplicate key", reader, raw[:-1] + ',"caseId":"6f1c2a4e-0d1b-4f55-9a51-3c6f1e2d7a99"}', [("json.duplicate_property", "caseId")])
case("Open case: a lone surrogate", reader, text(setting(open_case, "referral.channel", "a\ud800")), [("json.invalid_text", "")])
case("Open case: a number for an identifier", reader, text(setting(open_case, "caseId", 42)), [("json.malformed", "caseId")])
case("Open case: the 30th of February", reader, text(setting(open_case, "referral.receivedOn", "2026-02-30")), [("json.malformed", "referral.receivedOn")])
case("Open case: born in 1800", reader, text(setting(open_case, "participants.0.birthDate", "1800-01-01")), [("participant.age_out_of_range", "participants[0].birthDate")])
case("Open case: born after the referral", reader, text(setting(open_case, "participants.0.birthDate", "2027-01-01")), [("participant.birth_date_after_referral", "participants[0].birthDate")])
case("Open case: nesting 200 deep", reader, raw[:-1] + ',"deep":' + "[" * 200 + "]" * 200 + "}", [("json.malformed", "*")])
case("Open case: an object for the situations", reader, text(setting(open_case, "situations", {"a": 1})), [("json.malformed", "situations")])
case("Open case: null at the root", reader, "null", [("json.malformed", "")])

step = {"kind": "FirstContact", "on": "2026-03-03"}
raw = text(step)
reader = "intake:step"
case("Step: not JSON", reader, "bonjour", [("json.malformed", "")])
case("Step: an unknown property", reader, raw[:-1] + ',"zzz":1}', [("json.malformed", "zzz")])
case("Step: a duplicate key", reader, raw[:-1] + ',"on":"2026-03-04"}', [("json.duplicate_property", "on")])
case("Step: a lone surrogate", reader, '{"kind":"\udc00"}', [("json.invalid_text", "")])
case("Step: the 30th of February", reader, text(setting(step, "on", "2026-02-30")), [("json.malformed", "on")])
case("Step: a number for a date", reader, text(setting(step, "on", 20260303)), [("json.malformed", "on")])
case("Step: truncated", reader, raw[:10], [("json.malformed", "*")])
case("Step: an empty text", reader, "", [("json.malformed", "")])

identity = {"personId": "6f1c2a4e-0d1b-4f55-9a51-3c6f1e2d7a92", "familyName": "Martin", "givenNames": "Claire", "birthDate": "1990-05-17"}
raw = text(identity)
reader = "intake:identity"
case("Identity: the valid request", reader, raw, [], read=True)
case("Identity: not JSON", reader, "bonjour", [("json.malformed", "")])
case("Identity: an unknown property", reader, raw[:-1] + ',"zzz":1}', [("json.malformed", "zzz")])
case("Identity: a duplicate key", reader, raw[:-1] + ',"familyName":"Durand"}', [("json.duplicate_property", "familyName")])
case("Identity: a lone surrogate in a name", reader, text(setting(identity, "familyName", "Mar\ud800tin")), [("json.invalid_text", "")])
case("Identity: a number for a name", reader, text(setting(identity, "familyName", 7)), [("json.malformed", "familyName")])
case("Identity: a date of 9999-99-99", reader, text(setting(identity, "birthDate", "9999-99-99")), [("json.malformed", "birthDate")])
case("Identity: nesting 200 deep", reader, raw[:-1] + ',"deep":' + "[" * 200 + "]" * 200 + "}", [("json.malformed", "*")])

with open(os.path.join(ROOT, "malformed.corpus.json"), "w", encoding="utf-8", newline="\n") as out:
    json.dump({"about": "Malformed inputs for every reader; each must come back with these problems, never an exception. Generated by make-corpus.py.", "cases": cases}, out, ensure_ascii=True, indent=1)
    out.write("\n")
print(len(cases), "cases")
