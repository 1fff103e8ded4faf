using System;
using System.Globalization;
using System.IO;
using System.Text;
using Intervention.Domain.Intake;
using Intervention.Reporting.Documents;
using NodaTime;
using NodaTime.Testing;
using SharpFuzz;

namespace Intervention.Fuzz;

/// <summary>
/// Feeds AFL++'s inputs to every reader of the library. The first byte chooses the reader and the decoding: UTF-8 (invalid bytes become
/// U+FFFD, as a host's decoder would) or raw UTF-16 (lone surrogates included). Any exception is a crash: the readers promise none.
/// </summary>
public static class Program
{
    private static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("fr-FR"), CultureInfo.GetCultureInfo("en")];
    // Built on first use: instrumented code must not run before the fuzzer has set up its shared memory.
    private static CaseIntake? intake;

    /// <summary>Runs under afl-fuzz, or on one file when given its path (to replay a crash with an uninstrumented build).</summary>
    /// <param name="args">Nothing under afl-fuzz; a file to replay otherwise.</param>
    public static void Main(string[] args)
    {
        if (args.Length == 1)
        {
            Run(File.ReadAllBytes(args[0]));
            return;
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            Run(memory.ToArray());
        });
    }

    private static void Run(byte[] input)
    {
        if (input.Length == 0)
        {
            return;
        }

        var selector = input[0];
        var body = input.AsSpan(1);
        var text = (selector & 0x80) == 0 ? Encoding.UTF8.GetString(body) : Utf16(body);
        var culture = Cultures[(selector >> 6) & 1];
        switch (selector % 9)
        {
            case < 5:
                var type = (DocumentType)((selector % 9) + 1);
                DocumentReader.Read(type, text, culture, new LocalDate(2026, 3, 4));
                DocumentReader.Read(type, text, culture, Instant.FromUtc(2026, 3, 4, 9, 0));
                break;
            case 5:
                intake ??= new CaseIntake(new OpenCaseRequestValidator(new FakeClock(Instant.FromUtc(2026, 3, 4, 9, 0))));
                intake.Open(text, culture);
                break;
            case 6:
                IntakeJson.ReadCaseStepRequest(text, culture);
                break;
            case 7:
                IntakeJson.ReadPersonIdentityRequest(text, culture);
                break;
            default:
                DocumentReader.Read(DocumentType.LiaisonSheet, text, culture);
                break;
        }
    }

    private static string Utf16(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length / 2];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(bytes[2 * i] | (bytes[(2 * i) + 1] << 8));
        }

        return new string(chars);
    }
}
