import Foundation
import Testing

@testable import RecoursCore

/// Every key the program asks the texts table for is in it: the literal keys of `Texts.text("…"` and
/// `Texts.has("…"` calls found in the sources (so a typo in a key fails here), and the keys built from the model's
/// cases, checked case by case.
struct TextsCoverageTests {
    /// The repository's root: this file is `Tests/RecoursCoreTests/TextsCoverageTests.swift`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every Swift source under `Sources/`, with its path relative to the root.
    static func sources() throws -> [(path: String, text: String)] {
        let sources = root.appendingPathComponent("Sources")
        let enumerator = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var files: [(String, String)] = []
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let path = String(url.path.dropFirst(root.path.count + 1))
            files.append((path, try String(contentsOf: url, encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    /// `Texts.text("key"` and `Texts.has("key"` with a literal key (no interpolation).
    static let literalCall = try! NSRegularExpression(
        pattern: #"Texts\.(?:text|has|table\([^()]*\)\.text)\(\s*"((?:[^"\\]|\\[^(])*)""#)
    /// `Texts.text(condition ? "key" : "other"` — how a plural or a variant is chosen (inside the call: a key put
    /// in a variable first is not seen, and `everyTextOfTheViewsIsUsed` says so).
    static let ternaryCall = try! NSRegularExpression(
        pattern: #"Texts\.(?:text|has)\(\s*[^"(),]+\?\s*"((?:[^"\\]|\\[^(])*)"\s*:\s*"((?:[^"\\]|\\[^(])*)""#)
    /// `Texts.plural("key", count:` — a plural: `key.one` and `key.other`.
    static let pluralCall = try! NSRegularExpression(pattern: #"Texts\.plural\(\s*"((?:[^"\\]|\\[^(])*)""#)
    /// `Texts.text("prefix.\(…)` — a key built by interpolation: its prefix.
    static let interpolatedCall = try! NSRegularExpression(pattern: #"Texts\.(?:text|has)\(\s*"([^"\\]*)\\\("#)

    static func matches(_ regex: NSRegularExpression, in text: String) -> [[String]] {
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).map { match in
            (1..<match.numberOfRanges).compactMap { Range(match.range(at: $0), in: text).map { String(text[$0]) } }
        }
    }

    /// Every literal key in the sources, with where it was found.
    static func literalKeys() throws -> [(key: String, path: String)] {
        try sources().flatMap { file in
            let plurals = matches(pluralCall, in: file.text).flatMap { $0 }.flatMap { [$0 + ".one", $0 + ".other"] }
            return
                ((matches(literalCall, in: file.text) + matches(ternaryCall, in: file.text)).flatMap { $0 } + plurals)
                .map { ($0, file.path) }
        }
    }

    @Test func everyLiteralKeyInTheSourcesIsInTheTable() throws {
        let found = try Self.literalKeys()
        let missing = found.filter { !Texts.allKeys.contains($0.key) }.map { "\($0.path): \($0.key)" }
        #expect(missing == [])
    }

    /// The texts of the views and of the model's choices are all asked for by a literal key (none left unused).
    @Test func everyTextOfTheViewsIsUsed() throws {
        let used = Set(try Self.literalKeys().map(\.key))
        #expect(
            TextFiles.part("views").keys.filter { !$0.hasPrefix("date.") }.filter { !used.contains($0) }.sorted() == [])
    }

    /// The scan itself works: it finds the keys of the views, of the model and of a plural chosen in code.
    @Test func theScanFindsTheKnownCalls() throws {
        let keys = Set(try Self.literalKeys().map(\.key))
        #expect(keys.count > 100)
        for key in [
            "wizard.saved", "home.newDossier", "country.BE", "choice.civility.Mme", "organismKind.court",
            "review.summary.errors.one", "review.summary.errors.other", "status.exportBlocked.other", "help.close",
        ] {
            #expect(keys.contains(key), "\(key)")
        }
        #expect(!keys.contains("screen."))
    }

    /// Keys built by interpolation are not scanned: each prefix in use must have a test of its own keys (listed
    /// here). A new one fails until it gets one.
    @Test func everyInterpolatedKeyHasItsOwnTest() throws {
        let prefixes = Set(
            try Self.sources().flatMap { Self.matches(Self.interpolatedCall, in: $0.text).flatMap { $0 } })
        // "screen.": KeyMapTests.everyFixedFieldIsOnExactlyOneScreen; "keys.": KeyMapTests.everyBindingHasTheTextOfItsKey;
        // "linear.command.": LinearSessionTests.everyCommandHasItsWordAndHelp.
        #expect(prefixes.subtracting(["screen.", "keys.", "linear.command."]).sorted() == [])
    }

    // MARK: The model's labels, case by case

    static func expectLabel(_ label: String, _ what: String) {
        #expect(!label.isEmpty, "\(what)")
        #expect(!label.hasPrefix("["), "\(what): \(label)")
        #expect(!label.contains("%"), "\(what): \(label)")
    }

    @Test func everyChoiceOfTheModelHasItsLabel() {
        for value in Civility.allCases { Self.expectLabel(value.label, "Civility.\(value)") }
        for value in Country.allCases { Self.expectLabel(value.label, "Country.\(value)") }
        for value in DisputeKind.allCases { Self.expectLabel(value.label, "DisputeKind.\(value)") }
        for value in DisputeSubject.allCases { Self.expectLabel(value.label, "DisputeSubject.\(value)") }
        for value in ContactChannel.allCases { Self.expectLabel(value.label, "ContactChannel.\(value)") }
        for value in SendingMode.allCases { Self.expectLabel(value.label, "SendingMode.\(value)") }
        for value in EscalationStage.allCases { Self.expectLabel(value.title, "EscalationStage.\(value)") }
        for value in OrganismKind.allCases { Self.expectLabel(value.label, "OrganismKind.\(value)") }
        for text in [DossierPresentation.untitled, DossierPresentation.newDossier, DossierPresentation.noFund] {
            Self.expectLabel(text, "DossierPresentation")
        }
    }

    /// The labels of one list are told apart (a key copied for two cases would show the same label twice).
    @Test func theLabelsOfAChoiceAreDistinct() {
        func distinct(_ labels: [String]) -> Bool { Set(labels).count == labels.count }
        #expect(distinct(Civility.allCases.map(\.label)))
        #expect(distinct(Country.allCases.map(\.label)))
        #expect(distinct(DisputeKind.allCases.map(\.label)))
        #expect(distinct(DisputeSubject.allCases.map(\.label)))
        #expect(distinct(ContactChannel.allCases.map(\.label)))
        #expect(distinct(SendingMode.allCases.map(\.label)))
        #expect(distinct(EscalationStage.allCases.map(\.title)))
        #expect(distinct(OrganismKind.allCases.map(\.label)))
    }

    // MARK: The table

    /// A plural is two keys, `.one` and `.other`, with the same placeholders (not the other way round: a choice
    /// may be called `other`, as `choice.subject.other`).
    @Test func everyPluralHasBothForms() throws {
        let placeholder = try NSRegularExpression(pattern: #"%[1-9]\$@"#)
        func placeholders(_ key: String) -> [String] {
            Self.matches(placeholder, in: TextTable.french.texts[key] ?? "").flatMap { $0 }.sorted()
        }
        let singulars = Texts.allKeys.filter { $0.hasSuffix(".one") }
        #expect(singulars.count >= 4)
        for key in singulars {
            let other = String(key.dropLast(".one".count)) + ".other"
            let hasOther = Texts.has(other)
            #expect(hasOther, "\(other)")
            #expect(placeholders(key) == placeholders(other), "\(key)")
        }
    }

    /// Placeholders are read once, in the template only: what an argument contains is never replaced.
    @Test func argumentsAreNeverReadForPlaceholders() {
        #expect(Texts.format("%1$@ · %2$@", ["%2$@", "b"]) == "%2$@ · b")
        #expect(Texts.format("%2$@ · %1$@", ["a", "%1$@"]) == "%1$@ · a")
        #expect(Texts.format("%1$@ %1$@", ["x"]) == "x x")
        #expect(Texts.format("%1$@ et %2$@", ["seul"]) == "seul et %2$@")
        #expect(Texts.format("100 % sûr, %1$@", ["oui"]) == "100 % sûr, oui")
        #expect(Texts.text("home.entry.name", "Dossier %2$@", "01/02/2025") == "Dossier %2$@  ·  modifié le 01/02/2025")
    }
}
