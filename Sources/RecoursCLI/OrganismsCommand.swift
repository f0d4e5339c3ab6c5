import ArgumentParser
import Foundation
import RecoursCore

struct Organisms: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: Texts.text("cli.organisms.abstract"))

    @Option(help: ArgumentHelp(Texts.text("cli.organisms.country.help"), valueName: Texts.text("cli.value.country")))
    var country: String?

    @Option(help: ArgumentHelp(Texts.text("cli.organisms.union.help"), valueName: Texts.text("cli.value.id")))
    var union: String?

    @Option(help: ArgumentHelp(Texts.text("cli.organisms.kind.help"), valueName: Texts.text("cli.value.kind")))
    var kind: String?

    @Option(help: ArgumentHelp(Texts.text("cli.organisms.search.help"), valueName: Texts.text("cli.value.text")))
    var search: String?

    @Flag(help: ArgumentHelp(Texts.text("cli.organisms.json.help")))
    var json = false

    @OptionGroup var drafts: DraftOptions
    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let country, Country(rawValue: country.uppercased()) == nil {
            throw ValidationError(Texts.text("cli.organisms.country.invalid", country))
        }
        if let kind, OrganismKind(rawValue: kind) == nil, ComplementaryKind(rawValue: kind) == nil {
            let known = OrganismKind.allCases.map(\.rawValue) + ComplementaryKind.allCases.map(\.rawValue)
            throw ValidationError(Texts.text("cli.organisms.kind.invalid", kind, known.joined(separator: ", ")))
        }
    }

    /// Whether an organism passes the filters: its country, its union (a union and its member funds), its kind (of
    /// organism, or for a French fund the law that governs it), and a text found in its id or one of its names,
    /// without regard to case or accents.
    func matches(_ organism: Organism, in catalog: OrganismCatalog) -> Bool {
        if let wanted = country.flatMap({ Country(rawValue: $0.uppercased()) }), organism.country != wanted {
            return false
        }
        if let union, organism.id != union, organism.parentId != union { return false }
        if let kind, organism.kind.rawValue != kind, organism.complementaryKind?.rawValue != kind { return false }
        if let search = search?.trimmed, !search.isEmpty {
            let haystack = ([organism.id, organism.name, organism.shortName ?? ""] + (organism.names ?? [:]).values)
            let needle = search.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            return haystack.contains {
                $0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).contains(needle)
            }
        }
        return true
    }

    func run() throws {
        let catalog = try Loader.catalog(drafts.paths)
        let wanted = country.flatMap { Country(rawValue: $0.uppercased()) }
        let selected = catalog.organisms.filter { matches($0, in: catalog) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            var filtered = catalog
            filtered.organisms = selected
            if let wanted {
                filtered.routes = catalog.routes.filter { $0.route.country == wanted }
                if wanted == .france { filtered.labourCourtAreas = [] }
            }
            FileHandle.standardOutput.write(try encoder.encode(filtered) + Data("\n".utf8))
            return
        }
        if selected.isEmpty { print(Texts.text("cli.organisms.none") + "\n") }
        for country in Country.allCases where wanted == nil || wanted == country {
            let inCountry = selected.filter { $0.country == country }
            guard !inCountry.isEmpty else { continue }
            print("══ \(country.label) ══")
            for group in Self.groups(of: inCountry) {
                print("\n── \(group.title) ──")
                for organism in group.organisms { print(describe(organism, catalog: catalog)) }
            }
            print("")
        }
        print(Texts.text("cli.organisms.otherOrganism"))
    }

    /// The organisms of one country by kind, in the catalog's order; French funds by the law that governs them
    /// (it sets their prescription and their default mediator), Belgian ones together.
    static func groups(of organisms: [Organism]) -> [(title: String, organisms: [Organism])] {
        var groups: [(title: String, organisms: [Organism])] = []
        for kind in OrganismKind.allCases {
            let ofKind = organisms.filter { $0.kind == kind }
            if kind == .fund, ofKind.first?.country == .france {
                for law in ComplementaryKind.allCases {
                    let governed = ofKind.filter { $0.complementaryKind == law }
                    if !governed.isEmpty { groups.append((title(of: law), governed)) }
                }
                let other = ofKind.filter { $0.complementaryKind == nil }
                if !other.isEmpty { groups.append((kind.label, other)) }
            } else if !ofKind.isEmpty {
                groups.append((kind == .fund ? Texts.text("cli.organisms.group.belgianFund") : kind.label, ofKind))
            }
        }
        return groups
    }

    static func title(of law: ComplementaryKind) -> String {
        switch law {
        case .mutuelle: Texts.text("cli.organisms.group.mutuelle")
        case .insurer: Texts.text("cli.organisms.group.insurer")
        case .provident: Texts.text("cli.organisms.group.provident")
        }
    }

    func describe(_ organism: Organism, catalog: OrganismCatalog) -> String {
        // In Dutch, the Dutch name, address and notes where the catalog has them (the French name among the others).
        let name = organism.interfaceName
        var lines = ["\n\(name)  [\(organism.id)]"]
        if let description = organism.interfaceDescription { lines.append("  \(description)") }
        let otherNames = ([organism.name] + (organism.names ?? [:]).sorted { $0.key < $1.key }.map(\.value))
            .filter { !$0.isEmpty && $0 != name }
        if !otherNames.isEmpty {
            lines.append("  " + Texts.text("cli.organisms.names", otherNames.joined(separator: " · ")))
        }
        if let parent = organism.parentId.flatMap({ catalog.organism(id: $0) }) {
            lines.append("  " + Texts.text("cli.organisms.parent", parent.interfaceName))
        }
        if let language = organism.language {
            lines.append(
                "  "
                    + (organism.kind == .court
                        ? Texts.text("cli.organisms.language", language.label)
                        : Texts.text("cli.organisms.workingLanguage", language.label)))
        }
        let language = LetterLanguage.interface
        func point(_ title: String, _ original: ContactPoint) {
            let p = original.in(language)
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
                            ? Texts.text("cli.organisms.delay.unconfirmed", kind, delay.phrase, delay.interfaceSource)
                            : Texts.text("cli.organisms.delay", kind, delay.phrase, delay.interfaceSource)))
            }
            if p.unconfirmed == true { lines.append("    " + Texts.text("cli.organisms.unconfirmedAddress")) }
            // The address's own source (the organism's sources are printed below it), in the interface's language.
            if let source = p.source, !p.address.isEmpty, !organism.source.contains(source) {
                lines.append("    " + Texts.text("cli.organisms.addressSource", p.interfaceSource ?? source))
            }
        }
        point(Texts.text("cli.organisms.address"), organism.contact)
        if let p = organism.customerService { point(Texts.text("cli.organisms.customerService"), p) }
        if let p = organism.complaints { point(Texts.text("cli.organisms.complaints"), p) }
        for note in organism.interfaceNotes { lines.append("  • \(note)") }
        lines.append("  " + Texts.text("cli.organisms.source", organism.interfaceSource))
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
