#!/usr/bin/env bash
# Writes the fuzzer's first inputs to a folder: each example document behind the selector byte of its reader, and one intake
# request of each kind (open a case, a lifecycle step, an identity).
set -euo pipefail
out="${1:?usage: fuzz/seeds.sh FOLDER}"
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$out"
i=0
for f in "$root"/tests/schema-validation/examples/*.json; do
  case "$(basename "$f")" in
    liaison-sheet*) s=0 ;; officer-referral*) s=1 ;; quebec-social-referral*) s=2 ;; quebec-officer-guidance-card*) s=3 ;; crip-*) s=4 ;; *) continue ;;
  esac
  { printf "\\x$(printf %02x "$s")"; cat "$f"; } > "$out/document$i"
  i=$((i + 1))
done
printf '\x05{"caseId":"6f1c2a4e-0d1b-4f55-9a51-3c6f1e2d7a90","postId":"6f1c2a4e-0d1b-4f55-9a51-3c6f1e2d7a91","profile":"FrenchPoliceSocialWorker","force":"FrenchPoliceStation","referral":{"channel":"SelfReferralFromDayLog","receivedOn":"2026-03-02"},"participants":[{"personId":"6f1c2a4e-0d1b-4f55-9a51-3c6f1e2d7a92","role":"Victim","birthDate":"1990-05-17"}],"situations":["ConjugalViolence"]}' > "$out/open-case"
printf '\x06{"kind":"FirstContact","on":"2026-03-03"}' > "$out/step"
printf '\x07{"personId":"6f1c2a4e-0d1b-4f55-9a51-3c6f1e2d7a92","familyName":"Martin","givenNames":"Claire","birthDate":"1990-05-17"}' > "$out/identity"
