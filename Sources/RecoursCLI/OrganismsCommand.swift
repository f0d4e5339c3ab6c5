import ArgumentParser
import Foundation
import RecoursCore

struct Organisms: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Texts.text("cli.organisms.abstract"))

    @Option(help: ArgumentHelp(Texts.text("cli.organisms.country.help"), valueName: Texts.text("cli.value.country")))
    var country: String?

    @Flag(help: ArgumentHelp(Texts.text("cli.organisms.json.help")))
    var json = false

    @OptionGroup var drafts: DraftOptions

    func validate() throws {
        if let country, Country(rawValue: country.uppercased()) == nil {
            throw ValidationError(Texts.text("cli.organisms.country.invalid", country))
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
        print(Texts.text("cli.organisms.otherOrganism"))
    }

    func describe(_ organism: Organism) -> String {
        var lines = ["\n\(organism.name)  [\(organism.id)]"]
        if let description = organism.description { lines.append("  \(description)") }
        func point(_ title: String, _ p: ContactPoint) {
            var parts: [String] = []
            if let name = p.name { parts.append(name) }
            parts += p.address
            if !parts.isEmpty {
                lines.append("  " + Texts.text("cli.organisms.point", title, parts.joined(separator: ", ")))
            }
            if let phone = p.phone { lines.append("    " + Texts.text("cli.organisms.phone", phone)) }
            if let email = p.email { lines.append("    " + Texts.text("cli.organisms.email", email)) }
            if let website = p.website { lines.append("    " + Texts.text("cli.organisms.website", website)) }
            if let hours = p.hours { lines.append("    \(hours)") }
            for delay in p.delays {
                let kind = delayLabel(delay.kind)
                lines.append(
                    "    "
                        + (delay.unconfirmed == true
                            ? Texts.text("cli.organisms.delay.unconfirmed", kind, delay.phrase, delay.source)
                            : Texts.text("cli.organisms.delay", kind, delay.phrase, delay.source)))
            }
            if p.unconfirmed == true { lines.append("    " + Texts.text("cli.organisms.unconfirmedAddress")) }
        }
        point(Texts.text("cli.organisms.address"), organism.contact)
        if let p = organism.customerService { point(Texts.text("cli.organisms.customerService"), p) }
        if let p = organism.complaints { point(Texts.text("cli.organisms.complaints"), p) }
        for note in organism.notes ?? [] { lines.append("  • \(note)") }
        lines.append("  " + Texts.text("cli.organisms.source", organism.source))
        return lines.joined(separator: "\n")
    }

    func delayLabel(_ kind: DelayKind) -> String {
        switch kind {
        case .acknowledgment: Texts.text("cli.organisms.delayKind.acknowledgment")
        case .answer: Texts.text("cli.organisms.delayKind.answer")
        case .mediationWait: Texts.text("cli.organisms.delayKind.mediationWait")
        case .mediationWindow: Texts.text("cli.organisms.delayKind.mediationWindow")
        case .courtAppeal: Texts.text("cli.organisms.delayKind.courtAppeal")
        case .prescription: Texts.text("cli.organisms.delayKind.prescription")
        }
    }
}
