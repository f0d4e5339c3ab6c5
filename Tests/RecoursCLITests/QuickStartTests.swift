import ArgumentParser
import Foundation
import RecoursTestSupport
import Testing

@testable import RecoursCLI

/// The three starts recognised without the parser (`QuickStart`) are the ones the parser reads as the same command
/// with no option set; everything else is left to the parser.
@Suite struct QuickStartTests {
    /// What the parser makes of the arguments, as a quick start, when it is one of the three commands without any
    /// option; nil for anything else (another command, an option, an error).
    func parsed(_ arguments: [String]) -> QuickStart? {
        guard let command = try? Recours.parseAsRoot(arguments) else { return nil }
        func plain(_ drafts: DraftOptions, _ language: LanguageOption, _ date: DateOption, _ linear: LinearOption)
            -> Bool
        {
            drafts.draftsDirectory == nil && language.language == nil && language.dutchNamedLanguage == nil
                && date.dateText == nil && !linear.linear
        }
        switch command {
        case let root as Recours where plain(root.drafts, root.language, root.date, root.linear): return .home
        case let new as New where plain(new.drafts, new.language, new.date, new.linear): return .newDossier
        case let open as Open where plain(open.drafts, open.language, open.date, open.linear):
            return .open(file: open.file)
        default: return nil
        }
    }

    @Test func theThreeStartsAreTheParsersOwn() {
        for arguments in [[], ["new"], ["open", "dossier.json"], ["open", "~/Mes dossiers/été 2026.json"]] {
            let quick = QuickStart(arguments: arguments)
            #expect(quick != nil, "\(arguments)")
            #expect(quick == parsed(arguments), "\(arguments)")
        }
    }

    @Test func everythingElseIsLeftToTheParser() {
        let others: [[String]] = [
            ["--help"], ["-h"], ["help"], ["--version"], ["--lineaire"], ["--date", "01/12/2026"], ["list"],
            ["check", "a.json"], ["new", "--langue", "nl"], ["new", "extra"], ["new", "--drafts-dir", "/tmp"],
            ["open"], ["open", ""], ["open", "-x"], ["open", "--", "a.json"], ["open", "help"], ["open", "a", "b"],
            ["open", "a.json", "--date", "01/12/2026"], ["help", "new"], ["New"], ["--taal", "nl", "new"],
        ]
        for arguments in others { #expect(QuickStart(arguments: arguments) == nil, "\(arguments)") }
    }

    /// Random file names (spaces, accents, signs, words of the command line): every one accepted is the
    /// parser's file name.
    @Test func everyFileNameAcceptedIsTheParsersFileName() {
        var random = SeededRandom(seed: 0x0BE7)
        let pieces = ["a", "é", " ", "-", "--", "=", ".json", "/", "~", "help", "new", "open", "h", "'", "\"", "…"]
        var accepted = 0
        for _ in 0..<200 {
            let name = (0..<Int.random(in: 0..<5, using: &random)).map { _ in pieces.randomElement(using: &random)! }
                .joined()
            guard let quick = QuickStart(arguments: ["open", name]) else { continue }
            accepted += 1
            #expect(quick == parsed(["open", name]), "\(name)")
        }
        #expect(accepted > 50)
    }
}
