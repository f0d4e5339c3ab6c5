import Foundation
import Testing

@testable import RecoursCore

/// The texts of the validator, the timeline, the files, the catalog and the command line (`strings/fr/validation.strings`,
/// `timeline`, `rules`, `commands`): every key the sources ask for is in the table, every key of these parts is
/// asked for, plurals come in pairs, placeholders are numbered from 1 without gaps.
@Suite struct RuleTextsTests {
    /// The parts of the table these texts live in.
    static let parts: [String: [String: String]] = [
        "validation": TextFiles.part("validation"), "timeline": TextFiles.part("timeline"),
        "rules": TextFiles.part("rules"), "commands": TextFiles.part("commands"),
    ]
    static let prefixes = [
        "validation.", "timeline.", "calendar.", "storage.", "catalog.", "cli.", "holiday.", "phrase.", "letters.",
        "delay.", "source.", "recipient.",
        "terminal.",
    ]

    /// Every literal key the sources ask for (the scan of `TextsCoverageTests`, which also reads a call split over
    /// lines and a key chosen by a condition inside the call).
    static let literalKeys: Set<String> = Set(((try? TextsCoverageTests.literalKeys()) ?? []).map(\.key))

    @Test func sourcesAreFound() {
        // Guards the other tests: an empty scan would make them pass without checking anything.
        #expect(Self.literalKeys.count > 300)
    }

    @Test func everyKeyTheSourcesAskForIsInTheTable() {
        let missing = Self.literalKeys.filter { !Texts.has($0) }.sorted()
        #expect(missing.isEmpty, "missing keys: \(missing)")
    }

    @Test func everyKeyOfThesePartsIsAskedFor() {
        let keys = Self.parts.values.flatMap(\.keys)
        let unused = keys.filter { !Self.literalKeys.contains($0) }.sorted()
        #expect(unused.isEmpty, "keys no source asks for: \(unused)")
    }

    @Test func keysAreNamedAfterTheirPart() {
        for (part, table) in Self.parts {
            for key in table.keys {
                #expect(Self.prefixes.contains { key.hasPrefix($0) }, "\(part): \(key)")
            }
        }
    }

    /// A plural is two keys, `.one` (0 and 1 in French) and `.other`, with the same placeholders.
    @Test func pluralsComeInPairs() {
        for table in Self.parts.values {
            for key in table.keys where key.hasSuffix(".one") || key.hasSuffix(".other") {
                let base = key.hasSuffix(".one") ? String(key.dropLast(4)) : String(key.dropLast(6))
                let one = base + ".one", other = base + ".other"
                #expect(table[one] != nil && table[other] != nil, "\(base): .one and .other")
                if let a = table[one], let b = table[other] {
                    #expect(Self.placeholders(a) == Self.placeholders(b), "\(base): same placeholders")
                }
            }
        }
    }

    /// `%1$@`… `%n$@`, each number at least once (a later language may reorder them, not skip one).
    @Test func placeholdersAreNumberedWithoutGaps() {
        for table in Self.parts.values {
            for (key, text) in table {
                let numbers = Self.placeholders(text)
                #expect(numbers == Set(numbers.isEmpty ? [] : Array(1...numbers.max()!)), "\(key): \(numbers.sorted())")
                #expect(
                    !text.replacingOccurrences(of: #"%[1-9]\$@"#, with: "", options: .regularExpression).contains("%"),
                    "\(key): a % that is not a placeholder")
            }
        }
    }

    static func placeholders(_ text: String) -> Set<Int> {
        let pattern = try! NSRegularExpression(pattern: #"%([1-9])\$@"#)
        let range = NSRange(text.startIndex..., in: text)
        return Set(pattern.matches(in: text, range: range).map { Int(text[Range($0.range(at: 1), in: text)!])! })
    }

    @Test func pluralsChooseOneForZeroAndOne() {
        #expect(TimelineBuilder.daysLeftPhrase(1) == "encore 1 jour")
        #expect(TimelineBuilder.daysLeftPhrase(2) == "encore 2 jours")
        #expect(Texts.text("cli.list.count.one", "0", "/d") == "0 brouillon dans /d")
        #expect(Texts.text("cli.list.count.other", "2", "/d") == "2 brouillons dans /d")
    }

    @Test func anArgumentIsNeverReadAgain() {
        // A value typed in a draft that looks like a placeholder stays as typed, whatever its position.
        #expect(Texts.format("%1$@ [%2$@] : %3$@", ["a", "b", "%1$@ %2$@"]) == "a [b] : %1$@ %2$@")
        #expect(Texts.format("%2$@ puis %1$@", ["x", "y"]) == "y puis x")
        #expect(Texts.format("%1$@ et %1$@", ["z"]) == "z et z")
        // A placeholder without an argument, and a lone %, are left as they are.
        #expect(Texts.format("%1$@ %2$@ 100 %", ["a"]) == "a %2$@ 100 %")
        #expect(Texts.format("fin %", ["a"]) == "fin %")
    }

    @Test func aTypedPlaceholderStaysInAMessage() {
        let message = Texts.text("validation.name.noLetters", "%1$@%4$@")
        #expect(message == "« %1$@%4$@ » n'est pas un nom : il doit contenir des lettres.")
    }
}
