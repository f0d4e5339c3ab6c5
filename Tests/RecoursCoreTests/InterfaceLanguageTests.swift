import Foundation
import Testing

@testable import RecoursCore

/// The interface exists whole in every language: the same keys, the same placeholders, the same plural pairs.
struct TextParityTests {
    static let placeholder = try! NSRegularExpression(pattern: #"%[1-9]\$@"#)

    static func placeholders(_ text: String) -> [String] {
        TextsCoverageTests.matches(placeholder, in: text).flatMap { $0 }.sorted()
    }

    @Test(arguments: DisplayLanguage.allCases.filter { $0 != .french })
    func everyLanguageHasEveryKeyWithItsPlaceholders(language: DisplayLanguage) throws {
        let french = try TextFiles.files(.french)
        let other = try TextFiles.files(language)
        #expect(Set(other.keys) == Set(french.keys), "the same files")
        for (file, texts) in french {
            let translated = other[file] ?? [:]
            #expect(Set(translated.keys).subtracting(texts.keys).sorted() == [], "\(language) \(file): extra keys")
            for (key, text) in texts {
                guard let value = translated[key] else {
                    Issue.record("\(language) \(file): \(key) missing")
                    continue
                }
                #expect(Self.placeholders(value) == Self.placeholders(text), "\(language) \(key)")
                #expect(!value.isEmpty || text.isEmpty, "\(language) \(key) is empty")
            }
        }
    }

    /// A Dutch text that is the French one word for word is a key left untranslated (names, codes and key names
    /// are alike in both: they are listed).
    @Test func dutchTextsAreTranslated() throws {
        let french = TextTable.french.texts
        let dutch = TextTable.dutch.texts
        let same = french.keys.filter { key in
            guard let text = french[key], text == dutch[key] else { return false }
            // One word or sign, a code, a path, a placeholder: the same in both languages.
            let letters = text.filter(\.isLetter)
            return letters.count > 12 && text.contains(" ")
        }
        let allowed: Set<String> = [
            // French legal sources keep their French names.
            "source.consumerCode.L612-2", "source.mutualityCode.L221-11", "source.civilProcedureCode.750-1",
            "source.prescription.franceMutuelle", "source.prescription.franceInsurer",
            "source.prescription.franceProvident",
        ]
        #expect(Set(same).subtracting(allowed).sorted() == [])
    }

    /// Dutch has no space before : ; ? ! and no « »: none came over from the French.
    @Test func dutchTextsHaveDutchTypography() {
        // A sign after a space and before a space or the end (":editor" is a command of the linear view).
        let spacedSign = try! NSRegularExpression(pattern: #" [:;?!](\s|$)"#)
        for (key, text) in TextTable.dutch.texts {
            #expect(TextsCoverageTests.matches(spacedSign, in: text).isEmpty, "\(key): \(text)")
            #expect(!text.contains("«") && !text.contains("»"), "\(key): \(text)")
            #expect(!text.contains("\u{00A0}") && !text.contains("\u{202F}"), "\(key)")
        }
    }

    @Test func theLanguageOfATaskIsItsOwn() async {
        let french = Texts.text("keys.quit.bar")
        let dutch = Texts.$scopedLanguage.withValue(.dutch) { Texts.text("keys.quit.bar") }
        #expect(french == TextTable.french.texts["keys.quit.bar"])
        #expect(dutch == TextTable.dutch.texts["keys.quit.bar"])
        #expect(french != dutch)
    }

    @Test func pluralRulesFollowEachLanguage() {
        #expect(DisplayLanguage.french.takesSingular(0) && DisplayLanguage.french.takesSingular(1))
        #expect(!DisplayLanguage.french.takesSingular(2))
        #expect(!DisplayLanguage.dutch.takesSingular(0) && DisplayLanguage.dutch.takesSingular(1))
        #expect(!DisplayLanguage.dutch.takesSingular(2))
        #expect(Texts.plural("timeline.daysLeft", count: 0, "0") == Texts.text("timeline.daysLeft.one", "0"))
        Texts.$scopedLanguage.withValue(.dutch) {
            #expect(Texts.plural("timeline.daysLeft", count: 0, "0") == Texts.text("timeline.daysLeft.other", "0"))
            #expect(Texts.plural("timeline.daysLeft", count: 1, "1") == Texts.text("timeline.daysLeft.one", "1"))
        }
    }

    @Test func datesAndAmountsInEachLanguage() {
        let date = CalendarDate(year: 2026, month: 12, day: 1)!
        #expect(DateWording.french.long(date) == "1er décembre 2026")
        #expect(DateWording.dutch.long(date) == "1 december 2026")
        #expect(DateWording.dutch.withWeekday(date) == "dinsdag 1 december 2026")
        #expect(AmountParser.format(cents: 48_640, language: .dutch) == "€ 486,40")
        #expect(AmountParser.format(cents: 48_640, language: .french) == "486,40 €")
        Texts.$scopedLanguage.withValue(.dutch) {
            #expect(InterfaceDates.long(date) == "1 december 2026")
        }
    }
}

/// `--langue`, the settings file, the locale variables, French: the first that names a language wins.
struct InterfaceLanguageChoiceTests {
    static let noSettings = URL(fileURLWithPath: "/nonexistent/recours/settings.json")

    @Test(
        arguments: [
            ("nl_BE.UTF-8", DisplayLanguage.dutch), ("fr_BE.UTF-8", .french), ("nl", .dutch), ("NL_nl", .dutch),
            ("fr-FR@euro", .french), ("C.UTF-8", nil), ("en_GB.UTF-8", nil), ("", nil), ("nlx", nil),
        ] as [(String, DisplayLanguage?)])
    func localeNames(code: String, language: DisplayLanguage?) {
        #expect(InterfaceLanguageChoice.language(named: code) == language)
    }

    @Test func theFirstVariableThatNamesALanguageWins() {
        typealias Choice = InterfaceLanguageChoice
        #expect(Choice.fromEnvironment(["LANGUAGE": "en:nl:fr", "LANG": "fr_FR.UTF-8"]) == .dutch)
        #expect(Choice.fromEnvironment(["LC_ALL": "C.UTF-8", "LC_MESSAGES": "nl_BE", "LANG": "fr_BE"]) == .dutch)
        #expect(Choice.fromEnvironment(["LC_ALL": "fr_BE.UTF-8", "LANG": "nl_BE.UTF-8"]) == .french)
        #expect(Choice.fromEnvironment(["LANG": "nl_BE.UTF-8"]) == .dutch)
        #expect(Choice.fromEnvironment(["LANG": "C"]) == nil)
        #expect(Choice.fromEnvironment([:]) == nil)
    }

    @Test func theOptionWinsThenTheSettingsThenTheEnvironment() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recours-lang-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let settings = folder.appendingPathComponent("settings.json")
        try Data(#"{"langue": "nl"}"#.utf8).write(to: settings)
        let french = ["LANG": "fr_BE.UTF-8"]
        typealias Choice = InterfaceLanguageChoice
        #expect(
            Choice.resolve(arguments: ["--langue", "fr"], environment: french, settings: settings).language == .french)
        #expect(
            Choice.resolve(arguments: ["list", "--langue=fr"], environment: [:], settings: settings).language == .french
        )
        #expect(
            Choice.resolve(arguments: ["--taal", "nl"], environment: french, settings: Self.noSettings).language
                == .dutch)
        #expect(Choice.resolve(arguments: [], environment: french, settings: settings).language == .dutch)
        #expect(Choice.resolve(arguments: [], environment: french, settings: Self.noSettings).language == .french)
        #expect(Choice.resolve(arguments: [], environment: [:], settings: Self.noSettings).language == .french)
        // After "--" the words are the command's arguments (a draft named --langue), not options.
        #expect(
            Choice.resolve(arguments: ["--", "--langue", "nl"], environment: [:], settings: Self.noSettings)
                .language == .french)
    }

    @Test func badValuesAreToldAndTheNextSourceIsUsed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recours-lang-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let settings = folder.appendingPathComponent("settings.json")
        for bad in ["{", #"{"langue": "de"}"#, "[1]", #"{"langue": 3}"#] {
            try Data(bad.utf8).write(to: settings)
            let (language, problems) = InterfaceLanguageChoice.resolve(
                arguments: [], environment: ["LANG": "nl_BE.UTF-8"], settings: settings)
            #expect(language == .dutch, "\(bad)")
            #expect(problems == [.badSettings(path: settings.path)], "\(bad)")
        }
        let (language, problems) = InterfaceLanguageChoice.resolve(
            arguments: ["--langue", "xx"], environment: [:], settings: Self.noSettings)
        #expect(language == .french)
        #expect(problems == [.unknownOption("xx")])
        #expect(problems[0].message.contains("xx"))
    }
}
