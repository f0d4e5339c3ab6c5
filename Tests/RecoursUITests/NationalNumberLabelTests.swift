import Foundation
import RecoursCore
import Testing

@testable import RecoursUI

/// The national number is named after the dossier's country: the Belgian NISS (rijksregisternummer) in a Belgian
/// dossier, the French NIR in a French one, a neutral name while the country is not chosen; the screen, its help
/// line and the linear mode say the same.
@Suite struct NationalNumberLabelTests {
    /// The focused row of the member screen at the national number: its label (before the input) and the help line.
    static func row(_ dossier: Dossier) -> (label: String, hint: String) {
        var h = Harness(dossier: dossier)
        h.goTo(.member)
        h.focus(.nationalNumber)
        let screen = h.screen
        let y = (0..<screen.height).first { screen.line($0).hasPrefix("›") } ?? 0
        let label = String(screen.line(y).dropFirst(2).prefix(WizardLayout.labelWidth(for: 80)))
        return (label.trimmingCharacters(in: .whitespaces), screen.line(screen.height - 2))
    }

    static func dossier(_ example: String, country: Country?) -> Dossier {
        var dossier = UIRepo.example(example)
        dossier.country = country
        return dossier
    }

    @Test(arguments: DisplayLanguage.allCases) func theLabelFollowsTheDossiersCountry(language: DisplayLanguage) {
        Texts.$scopedLanguage.withValue(language) {
            let belgian = Self.row(Self.dossier("partenamut-kinesitherapie", country: .belgium))
            let french = Self.row(Self.dossier("identites-mutuelle-optique", country: .france))
            let unknown = Self.row(Self.dossier("identites-mutuelle-optique", country: nil))
            // Each names its own number only.
            #expect(!belgian.label.contains("NIR") && !belgian.hint.contains("NIR"), "\(belgian)")
            #expect(!french.label.contains("NISS") && !french.hint.contains("NISS"), "\(french)")
            #expect(french.label.contains("NIR"), "\(french)")
            #expect(!french.label.contains("INSZ") && !french.label.contains("Rijksregister"), "\(french)")
            #expect(!unknown.label.contains("NISS") && !unknown.label.contains("NIR"), "\(unknown)")
            #expect(Set([belgian.label, french.label, unknown.label]).count == 3)
            // The label is the one `check` and the review use for the same dossier.
            #expect(belgian.label == Field.nationalNumber.screenLabel(for: .belgium))
            #expect(french.label == Field.nationalNumber.screenLabel(for: .france))
            #expect(unknown.label == Field.nationalNumber.screenLabel)
            #expect(french.hint.contains(Field.nationalNumber.hint(for: .france).prefix(40)))
        }
    }

    @Test func theLinearModeNamesTheDossiersNumber() {
        var s = LinearSessionTests.Script(dossier: UIRepo.example("identites-mutuelle-optique"), isNew: false)
        s.say(":aller " + Field.nationalNumber.label(for: .france))
        #expect(s.session.wizard.focusedSpec?.field == .nationalNumber)
        let asked = s.output.split(separator: "\n").last { $0.contains(Field.nationalNumber.label(for: .france)) }
        #expect(asked != nil)
        #expect(!s.output.contains("NISS"))
        // The neutral name still finds the field.
        s.say(":aller " + Field.nationalNumber.label)
        #expect(s.session.wizard.focusedSpec?.field == .nationalNumber)
    }
}

/// The court's help line says what Recours proposes in the dossier's country: the labour court of the postal
/// code in Belgium; in France the tribunal judiciaire, whose address the catalog does not have (tester: "le
/// tribunal de votre code postal, avec l'adresse de son greffe" was promised and not given).
@Suite struct CourtHintTests {
    @Test func theHintFollowsTheCountry() {
        let belgium = Field.court.hint(for: .belgium)
        let france = Field.court.hint(for: .france)
        #expect(belgium.contains("code postal"))
        #expect(!france.contains("code postal"))
        #expect(france.contains("justice.fr"))
        Texts.$scopedLanguage.withValue(.dutch) {
            #expect(Field.court.hint(for: .france).contains("justice.fr"))
            #expect(Field.court.hint(for: .belgium).contains("postcode"))
        }
    }
}
