// `ChoiceOptions.display` looks a choice's label up by its value; it must say what the list of options says.
import Foundation
import RecoursCore
import Testing

@testable import RecoursUI

@Suite struct ChoiceOptionsLabelTests {
    /// What `display` answered when it built the field's whole list at every frame: the reference.
    static func listDisplay(for field: Field, dossier: Dossier, catalog: OrganismCatalog) -> String? {
        let value = dossier[field]
        let options = ChoiceOptions.options(for: field, dossier: dossier, catalog: catalog)
        if let option = options.first(where: { $0.value == value }) { return option.label }
        if value.isEmpty { return nil }
        return value
    }

    static let examples = [
        "alan-hospitalisation", "caami-incapacite", "cm-gent-incapacite", "freie-krankenkasse-eupen",
        "harmonie-mutuelle-dentaire", "identites-mutuelle-optique", "partenamut-kinesitherapie",
        "solidaris-liege-kinesitherapie",
    ]

    static let choiceFields: [Field] = WizardScreen.allCases.flatMap { $0.allFields }.filter { $0.kind == .choice }
        .map(\.field)

    /// Each example, and variants of it that change what the lists hold: no country, the other countries, no
    /// fund, "Autre organisme"; and one Belgian dossier at stage 4 with a postal code of every labour court area
    /// (both Brussels courts, Eupen…).
    static func dossiers(catalog: OrganismCatalog) -> [Dossier] {
        var result: [Dossier] = []
        for name in examples {
            let example = UIRepo.example(name)
            result.append(example)
            var noCountry = example
            noCountry.country = nil
            result.append(noCountry)
            for country in Country.allCases where country != example.country {
                var other = example
                other.country = country
                result.append(other)
            }
            var otherFund = example
            otherFund.fund.organismId = FundChoice.otherId
            result.append(otherFund)
            var noFund = example
            noFund.fund.organismId = ""
            result.append(noFund)
            // The labour courts: one Belgian example is enough (the lists of courts do not depend on the rest).
            guard name == "caami-incapacite" else { continue }
            // One postal code per distinct list of courts and language rule.
            var seen = Set<String>()
            for area in catalog.labourCourtAreas
            where seen.insert(area.courts.joined(separator: ",") + "\(area.language)").inserted {
                var court = example
                court.member.postalCode = String(area.from)
                court[.currentStage] = "4"
                result.append(court)
            }
        }
        return result
    }

    @Test func labelsAreThoseOfTheListForEveryOptionOfTheExamples() {
        let catalog = UIRepo.env.catalog
        var compared = 0
        for dossier in Self.dossiers(catalog: catalog) {
            for field in Self.choiceFields {
                let options = ChoiceOptions.options(for: field, dossier: dossier, catalog: catalog)
                // Every option, the dossier's own value, nothing, and an id that no catalog has.
                let values = options.map(\.value) + [dossier[field], "", "inconnu-\(field.path)", " "]
                for value in values {
                    var probe = dossier
                    probe[field] = value
                    guard probe[field] == value else { continue }  // a value this field cannot hold
                    let expected = Self.listDisplay(for: field, dossier: probe, catalog: catalog)
                    let label = ChoiceOptions.display(for: field, dossier: probe, catalog: catalog)
                    #expect(label == expected, "\(field.path) = \(value.debugDescription) in \(dossier.id)")
                    compared += 1
                }
            }
        }
        #expect(compared > 1_000)
    }
}
