import ArgumentParser
import Foundation
import RecoursCore

struct Organisms: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Affiche le catalogue des organismes : mutuelles, médiateurs, juridictions, avec leurs sources.")

    @Option(help: ArgumentHelp("Seulement un pays : BE ou FR.", valueName: "pays"))
    var country: String?

    @Flag(help: "Affiche le catalogue (fusionné avec le vôtre) en JSON.")
    var json = false

    @OptionGroup var drafts: DraftOptions

    func validate() throws {
        if let country, Country(rawValue: country.uppercased()) == nil {
            throw ValidationError("--country : indiquez BE (Belgique) ou FR (France), pas « \(country) ».")
        }
    }

    func run() throws {
        let catalog = try Loader.catalog(drafts.paths)
        let wanted = country.flatMap { Country(rawValue: $0.uppercased()) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            var filtered = catalog
            if let wanted {
                filtered.organisms = catalog.organisms.filter { $0.country == wanted }
                filtered.routes = catalog.routes.filter { $0.route.country == wanted }
            }
            FileHandle.standardOutput.write(try encoder.encode(filtered) + Data("\n".utf8))
            return
        }
        for country in Country.allCases where wanted == nil || wanted == country {
            print("══ \(country.label) ══")
            for kind in OrganismKind.allCases {
                let organisms = catalog.organisms.filter { $0.country == country && $0.kind == kind }
                guard !organisms.isEmpty else { continue }
                print("\n── \(kind.label) ──")
                for organism in organisms { print(describe(organism)) }
            }
            print("")
        }
        print("« Autre organisme » : dans un dossier, indiquez vous-même le nom et l'adresse (fund.organismId = \"autre\").")
    }

    func describe(_ organism: Organism) -> String {
        var lines = ["\n\(organism.name)  [\(organism.id)]"]
        if let description = organism.description { lines.append("  \(description)") }
        func point(_ title: String, _ p: ContactPoint) {
            var parts: [String] = []
            if let name = p.name { parts.append(name) }
            parts += p.address
            if !parts.isEmpty { lines.append("  \(title) : \(parts.joined(separator: ", "))") }
            if let phone = p.phone { lines.append("    Tél. : \(phone)") }
            if let email = p.email { lines.append("    E-mail : \(email)") }
            if let website = p.website { lines.append("    Site : \(website)") }
            if let hours = p.hours { lines.append("    \(hours)") }
            for delay in p.delays {
                lines.append("    Délai (\(delayLabel(delay.kind))) : \(delay.phrase) — source : \(delay.source)"
                    + (delay.unconfirmed == true ? " (à vérifier)" : ""))
            }
            if p.unconfirmed == true { lines.append("    ⚠ adresse à vérifier") }
        }
        point("Adresse", organism.contact)
        if let p = organism.customerService { point("Service clientèle", p) }
        if let p = organism.complaints { point("Réclamations", p) }
        for note in organism.notes ?? [] { lines.append("  • \(note)") }
        lines.append("  Source : \(organism.source)")
        return lines.joined(separator: "\n")
    }

    func delayLabel(_ kind: DelayKind) -> String {
        switch kind {
        case .acknowledgment: "accusé de réception"
        case .answer: "réponse"
        case .mediationWait: "attente avant médiation"
        case .mediationWindow: "saisine du médiateur"
        case .courtAppeal: "recours en justice"
        case .prescription: "prescription"
        }
    }
}
