import Foundation
import RecoursCore
import Testing

@testable import RecoursUI

/// The screens in Dutch (`--langue nl`): the same wizard, every text from the Dutch tables, the Ghent dossier of a
/// CM member whose letters are Dutch too.
@Suite struct DutchScreenTests {
    static func dutch<T>(_ body: () throws -> T) rethrows -> T {
        try Texts.$scopedLanguage.withValue(.dutch) { try body() }
    }

    @Test func homeInDutch() throws {
        try Self.dutch {
            let h = Harness(home: [
                DraftListing(
                    url: URL(fileURLWithPath: "/d/a.json"), dossier: UIRepo.example("cm-gent-incapacite"), error: nil)
            ])
            #expect(h.text.contains("1 concept") || h.text.contains("concept"))
            try h.expectSnapshot("nl-home-80x24")
        }
    }

    @Test func firstScreenOfANewDossierInDutch() throws {
        try Self.dutch {
            let h = Harness()
            #expect(h.screen.line(2).hasPrefix(" Uw dossier"))
            #expect(!h.text.contains("Nom du dossier"))
            try h.expectSnapshot("nl-dossier-80x24")
        }
    }

    @Test func disputeAndTimelineAndReviewInDutch() throws {
        try Self.dutch {
            var h = Harness(dossier: UIRepo.example("cm-gent-incapacite"))
            h.goTo(.dispute)
            try h.expectSnapshot("nl-dispute-80x24")
            h.goTo(.timeline)
            // Dates of the interface are Dutch ("maandag 4 januari 2027"), as the letter's are.
            #expect(!h.text.contains("janvier") && !h.text.contains("lundi"))
            try h.expectSnapshot("nl-timeline-80x24")
            h.goTo(.review)
            try h.expectSnapshot("nl-review-80x24")
        }
    }

    @Test func helpAndValidationInDutch() throws {
        try Self.dutch {
            var h = Harness()
            h.goTo(.member)
            h.focus(.firstName)
            h.type("Zoé")
            h.press(.tab)
            h.type("Peeters3")
            h.press(.tab)
            #expect(h.text.contains("✗"))
            try h.expectSnapshot("nl-validation-80x24")
            h.press(.function(1))
            try h.expectSnapshot("nl-help-80x24")
        }
    }

    /// Every label beside a field fits its column at 80 columns (26 cells), in both languages and for every
    /// country (the national number's label depends on it): none is cut.
    @Test(arguments: DisplayLanguage.allCases) func everyScreenLabelFitsItsColumn(language: DisplayLanguage) {
        Texts.$scopedLanguage.withValue(language) {
            let width = WizardLayout.labelWidth(for: 80)
            for screen in WizardScreen.allCases {
                for spec in screen.allFields where spec.kind != .multilineText {
                    for country in [nil] + Country.allCases.map(Optional.some) {
                        let label = spec.label(for: country)
                        #expect(
                            DisplayWidth.of(label) <= width,
                            "\(language) \(spec.field.path) \(country?.rawValue ?? "-"): \(label)")
                    }
                }
            }
        }
    }

    /// The key bar fits 80 columns on every screen, in both languages.
    @Test(arguments: DisplayLanguage.allCases) func theKeyBarFitsOnEveryScreen(language: DisplayLanguage) {
        Texts.$scopedLanguage.withValue(language) {
            var h = Harness(dossier: UIRepo.example("cm-gent-incapacite"))
            for screen in WizardScreen.allCases {
                h.goTo(screen)
                let bar = h.screen.line(23)
                #expect(DisplayWidth.of(bar.trimmingTrailingSpaces) <= 80, "\(language) \(screen): \(bar)")
                #expect(!bar.contains("…"), "\(language) \(screen): the key bar is cut: \(bar)")
            }
        }
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
