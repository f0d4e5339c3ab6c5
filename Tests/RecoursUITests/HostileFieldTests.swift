import Foundation
import RecoursCore
import Testing

@testable import RecoursUI

/// Hostile field contents in the wizard: escape sequences and control characters (pasted, from `$EDITOR`, or in
/// a draft written by something else) never reach a screen cell; very long lines, 1 MB of facts and 1,000
/// attachments open, draw, edit and save.
struct HostileFieldTests {
    static let hostile = "Titre \u{1B}]0;PWNED\u{7} \u{1B}[2J\u{1B}[31mrouge\u{9B}1m\u{0}\u{7F}\u{85} fin\r\n\tsuite"

    /// Every scalar of every cell is printable: nothing a terminal would take as a command.
    static func controlCells(_ screen: ScreenBuffer) -> [String] {
        var found: [String] = []
        for y in 0..<screen.height {
            for x in 0..<screen.width {
                let character = screen[x, y].character
                if character.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) {
                    found.append("(\(x), \(y)): \(character.unicodeScalars.map { String($0.value, radix: 16) })")
                }
            }
        }
        return found
    }

    /// A draft written by another program with escapes in every kind of field: every screen draws without a
    /// control character.
    @Test func aDraftWithEscapesInEveryFieldDrawsNoControlCharacter() {
        var dossier = UIRepo.example("partenamut-kinesitherapie")
        dossier.title = Self.hostile
        dossier.member.lastName = Self.hostile
        dossier.member.street = Self.hostile
        dossier.dispute.subjectDetail = Self.hostile
        dossier.dispute.incidentDate = "\u{1B}]0;x\u{7}01/02/2026"
        dossier.dispute.facts = Self.hostile + "\n" + Self.hostile
        dossier.dispute.expectations = Self.hostile
        dossier.dispute.attachments.append(
            Attachment(description: Self.hostile, date: Self.hostile, path: Self.hostile))
        dossier.fund = FundChoice(organismId: FundChoice.otherId, customName: Self.hostile, customAddress: Self.hostile)
        var h = Harness(dossier: dossier, env: UIRepo.withFiles([]))
        for screen in WizardScreen.allCases {
            h.goTo(screen)
            #expect(h.wizard.screen == screen)
            // Every field of the screen, focused in turn (the focused one is drawn by the editor).
            for _ in 0..<max(1, h.wizard.fields.count) {
                #expect(Self.controlCells(h.screen).isEmpty, "\(screen): \(Self.controlCells(h.screen).prefix(3))")
                h.press(.tab)
                if h.wizard.screen != screen { h.goTo(screen) }
            }
        }
        // The list of drafts too.
        let home = Harness(
            home: [
                DraftListing(url: URL(fileURLWithPath: "/tmp/\u{1B}[2J.json"), dossier: dossier, error: nil),
                DraftListing(
                    url: URL(fileURLWithPath: "/tmp/b.json"), dossier: nil,
                    error: "Le brouillon /tmp/\u{1B}]0;x\u{7}.json est illisible."),
            ],
            env: UIRepo.withFiles([]))
        #expect(Self.controlCells(home.screen).isEmpty)
    }

    /// Typed, pasted or returned by `$EDITOR`: escapes and controls are dropped before they are stored.
    @Test func pastedAndEditorTextIsStoredClean() {
        var h = Harness()
        h.press(.paste("Avant \u{1B}]0;PWNED\u{7}\u{1B}[2J après\r\n\u{0}fin"))
        #expect(h.dossier.title == "Avant  après fin")
        h.goTo(.dispute)
        h.focus(.facts)
        h.send(.editorFinished(text: "Ligne 1\r\n\u{1B}[31mLigne 2\u{7}\u{9B}2J", error: nil))
        #expect(h.dossier.dispute.facts == "Ligne 1\nLigne 2")
        #expect(Self.controlCells(h.screen).isEmpty)
    }

    /// A line of 200,000 characters without a space, in a single-line and a multi-line field.
    @Test func veryLongLines() {
        let line = String(repeating: "Ab9é", count: 50_000)
        var dossier = UIRepo.example("partenamut-kinesitherapie")
        dossier.title = line
        dossier.dispute.facts = line
        var h = Harness(dossier: dossier, env: UIRepo.withFiles([]))
        h.goTo(.dossier)
        h.focus(.title)
        #expect(h.text.contains("Ab9é"))
        h.press(.end)
        h.type("!")
        #expect(h.dossier.title == line + "!")
        h.goTo(.dispute)
        h.focus(.facts)
        h.press(.down)
        h.type("?")
        #expect(h.dossier.dispute.facts.count == line.count + 1)
        #expect(Self.controlCells(h.screen).isEmpty)
    }

    /// 1 MB of facts and 1,000 attachments: the wizard opens, draws every screen, edits, moves an attachment and
    /// asks to save the whole dossier, in bounded time even in a debug build.
    @Test func oneMegabyteOfFactsAndAThousandAttachments() throws {
        var dossier = UIRepo.example("partenamut-kinesitherapie")
        let paragraph = "Le 3 mars 2026, la mutuelle a refusé le remboursement de la séance n° 12 : « hors délai ». "
        dossier.dispute.facts = String(repeating: paragraph + "\n", count: 1_048_576 / paragraph.utf8.count + 1)
        dossier.dispute.attachments = (1...1_000).map {
            Attachment(description: "Pièce n° \($0)", date: "01/03/2026", path: "/home/membre/pieces/\($0).pdf")
        }
        let clock = ContinuousClock()
        var h = Harness(dossier: dossier, env: UIRepo.withFiles([]))
        let elapsed = clock.measure {
            // The sending step is reached from the review by paging to the letter's end: 1 MB of letter is hundreds
            // of pages, which this test does not mean to measure.
            for screen in WizardScreen.allCases where screen != .sending {
                h.goTo(screen)
                _ = h.screen
            }
            h.goTo(.dispute)
            h.focus(.facts)
            h.press(.pageDown)
            h.goTo(.dispute)
            h.focus(.facts)
            h.type("Ajout.")
            h.goTo(.expectations)
            h.focus(.attachments)
            for _ in 0..<500 { h.press(.down) }
            h.press(.shiftUp)
            _ = h.screen
        }
        #expect(h.dossier.dispute.facts.contains("Ajout."))
        #expect(h.dossier.dispute.facts.utf8.count > 1_048_576)
        #expect(h.dossier.dispute.attachments.count == 1_000)
        #expect(h.wizard.attachmentSelection > 0)
        let saved = h.effects.compactMap { effect -> Dossier? in
            if case .save(let d, _) = effect { return d }
            return nil
        }
        #expect(saved.last?.dispute.facts.contains("Ajout.") == true)
        #expect(elapsed < .seconds(60), "\(elapsed)")
    }
}
