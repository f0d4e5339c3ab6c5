import ArgumentParser
import Foundation
import RecoursTestSupport
import Testing

@testable import RecoursCLI

/// The starts recognised without the parser (`QuickStart`) are read by the parser to the same command and the
/// same option values; everything else is left to the parser.
@Suite struct QuickStartTests {
    /// What the parser makes of the arguments, as a quick start; nil when it is not one of the three commands or
    /// the parser refuses the arguments.
    func parsed(_ arguments: [String]) -> QuickStart? {
        guard let command = try? Recours.parseAsRoot(arguments) else { return nil }
        func start(
            _ command: QuickStart.Command, _ drafts: DraftOptions, _ language: LanguageOption, _ date: DateOption,
            _ linear: LinearOption
        ) -> QuickStart {
            var start = QuickStart(arguments: [])!
            start.command = command
            start.draftsDirectory = drafts.draftsDirectory
            start.dateText = date.dateText
            start.language = language.language
            start.dutchNamedLanguage = language.dutchNamedLanguage
            start.linear = linear.linear
            return start
        }
        switch command {
        case let root as Recours: return start(.home, root.drafts, root.language, root.date, root.linear)
        case let new as New: return start(.newDossier, new.drafts, new.language, new.date, new.linear)
        case let open as Open: return start(.open(file: open.file), open.drafts, open.language, open.date, open.linear)
        default: return nil
        }
    }

    @Test func theEverydayStartsAreTheParsersOwn() {
        let forms: [[String]] = [
            [], ["new"], ["open", "dossier.json"], ["open", "~/Mes dossiers/été 2026.json"],
            ["new", "--drafts-dir", "/tmp/brouillons", "--date", "01/12/2026"], ["new", "--langue", "nl"],
            ["--lineaire"], ["open", "--date", "1/12/2026", "a.json", "--accessible"], ["new", "--taal", "NL"],
            ["--drafts-dir", "/tmp/d"], ["open", "a.json", "--linéaire", "--drafts-dir", "x"],
        ]
        for arguments in forms {
            let quick = QuickStart(arguments: arguments)
            #expect(quick != nil, "\(arguments)")
            #expect(quick == parsed(arguments), "\(arguments)")
        }
    }

    @Test func everythingElseIsLeftToTheParser() {
        let others: [[String]] = [
            ["--help"], ["-h"], ["help"], ["--version"], ["list"], ["check", "a.json"], ["new", "extra"],
            ["open"], ["open", ""], ["open", "-x"], ["open", "--", "a.json"], ["open", "help"], ["open", "a", "b"],
            ["help", "new"], ["New"], ["--taal", "nl", "new"], ["--date", "01/12/2026", "new"],
            ["new", "--date", "31/02/2026"], ["new", "--date", "demain"], ["new", "--langue", "de"],
            ["new", "--date"], ["new", "--date", "--lineaire"], ["new", "--date=01/12/2026"],
            ["new", "--lineaire", "--lineaire"], ["new", "--date", "1/12/2026", "--date", "2/12/2026"],
            ["new", "--drafts-dir", ""], ["new", "--unknown", "x"], ["new", "-d", "x"],
        ]
        for arguments in others { #expect(QuickStart(arguments: arguments) == nil, "\(arguments)") }
    }

    /// Random command lines from the words these commands know and some they do not: every one accepted is read
    /// by the parser to the same start.
    @Test func everyRandomFormAcceptedIsTheParsersOwn() {
        var random = SeededRandom(seed: 0x0BE7)
        let words = [
            "new", "open", "help", "list", "--drafts-dir", "--date", "--langue", "--taal", "--lineaire", "--accessible",
            "--lineair", "--linéaire", "--help", "-h", "a.json", "été 2026.json", "/tmp/x", "~/d", "01/12/2026",
            "1/12/26", "31/02/2026", "nl", "fr", "NL", "de", "-", "--", "--date=01/12/2026", "x y", "check",
        ]
        var accepted = 0
        for _ in 0..<600 {
            let arguments = (0..<Int.random(in: 0..<6, using: &random)).map { _ in
                words.randomElement(using: &random)!
            }
            guard let quick = QuickStart(arguments: arguments) else { continue }
            accepted += 1
            #expect(quick == parsed(arguments), "\(arguments)")
        }
        #expect(accepted > 40)
    }
}
