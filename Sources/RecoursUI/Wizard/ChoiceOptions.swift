import RecoursCore

/// One entry of a choice list: the raw value stored in the dossier and the French label shown.
public struct ChoiceOption: Equatable, Sendable {
    public let value: String
    public let label: String
}

/// The options of each choice field, which may depend on the dossier (funds of the country…).
enum ChoiceOptions {
    static func options(for field: Field, dossier: Dossier, catalog: OrganismCatalog) -> [ChoiceOption] {
        switch field {
        case .currentStage:
            return EscalationStage.allCases.map {
                ChoiceOption(value: String($0.rawValue), label: "\($0.rawValue). \($0.title)")
            }
        case .country:
            return Country.allCases.map { ChoiceOption(value: $0.rawValue, label: $0.label) }
        case .disputeKind:
            return DisputeKind.allCases.map { ChoiceOption(value: $0.rawValue, label: $0.label) }
        case .fundKind:
            return ComplementaryKind.allCases.map { ChoiceOption(value: $0.rawValue, label: $0.label) }
        case .letterLanguage:
            // Unset is the fund's region's language, named, so that the member sees what "unset" means.
            let usual = RecipientResolver(catalog: catalog).defaultLetterLanguage(of: dossier)
            return [ChoiceOption(value: "", label: Texts.text("choice.letterLanguage.default", usual.label))]
                + LetterLanguage.allCases.map { ChoiceOption(value: $0.rawValue, label: $0.choiceLabel) }
        case .decisionMentions:
            return YesNoAnswer.allCases.map { ChoiceOption(value: $0.rawValue, label: $0.label) }
        case .fund:
            return catalog.funds(in: dossier.country).map {
                // Both names, the interface's first, so that a Flemish member finds "Christelijke Mutualiteit" by
                // typing it and a French-speaking one "Mutualité chrétienne".
                let dutch = $0.names?["nl"].flatMap { $0.isEmpty ? nil : $0 }
                let (first, second) = Texts.language == .dutch ? (dutch ?? $0.name, $0.name) : ($0.name, dutch)
                var label = first
                if let second, !label.localizedCaseInsensitiveContains(second) { label += " · \(second)" }
                return ChoiceOption(
                    value: $0.id, label: dossier.country == nil ? "\(label) (\($0.country.rawValue))" : label)
            } + [ChoiceOption(value: FundChoice.otherId, label: Texts.text("choice.fund.other"))]
        case .civility:
            return Civility.allCases.map { ChoiceOption(value: $0.rawValue, label: $0.label) }
        case .subject:
            return DisputeSubject.allCases.map { ChoiceOption(value: $0.rawValue, label: $0.label) }
        case .contactChannel:
            return ContactChannel.allCases.map { ChoiceOption(value: $0.rawValue, label: $0.label) }
        case .complaintMode:
            return SendingMode.allCases.map { ChoiceOption(value: $0.rawValue, label: $0.label) }
        case .mediator:
            guard let route = catalog.route(of: dossier) else { return [] }
            let usual = catalog.defaultMediator(fundId: dossier.fund.organismId, route: route)
            var list: [ChoiceOption] = []
            if let usual {
                list.append(ChoiceOption(value: "", label: Texts.text("choice.mediator.usual", usual.interfaceName)))
            }
            list += catalog.mediators(for: route).map { ChoiceOption(value: $0.id, label: $0.interfaceName) }
            return list
        case .court:
            guard let route = catalog.route(of: dossier) else { return [] }
            let resolver = RecipientResolver(catalog: catalog)
            var probe = dossier
            probe.stages.court?.courtId = ""
            var list: [ChoiceOption] = []
            if let competent = resolver.court(of: probe) {
                list.append(
                    ChoiceOption(value: "", label: Texts.text("choice.court.competent", competent.interfaceName)))
            }
            // The courts of the member's postal code first (both Brussels courts), then every other one.
            let local = resolver.competentLabourCourts(of: dossier)
            let others = catalog.organisms.filter { court in
                court.kind == .court && court.serves(route) && !local.contains { $0.id == court.id }
            }
            list += (local + others).map { ChoiceOption(value: $0.id, label: $0.interfaceName) }
            return list
        default:
            return []
        }
    }

    /// The label of the current value, or a prompt when none is chosen.
    static func display(for field: Field, dossier: Dossier, catalog: OrganismCatalog) -> String? {
        let value = dossier[field]
        let options = options(for: field, dossier: dossier, catalog: catalog)
        if let option = options.first(where: { $0.value == value }) { return option.label }
        if value.isEmpty { return nil }
        return value  // an id no longer in the catalog: shown as is, validation explains
    }
}
