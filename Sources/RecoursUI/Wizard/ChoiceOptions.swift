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
                ChoiceOption(value: $0.id, label: fundLabel($0, dossier: dossier))
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

    /// A fund's entry, with its country while the dossier has none. Both names, the interface's first, so that a Flemish member finds "Christelijke Mutualiteit" by typing it
    /// and a French-speaking one "Mutualité chrétienne".
    private static func fundLabel(_ fund: Organism, dossier: Dossier) -> String {
        let dutch = fund.names?["nl"].flatMap { $0.isEmpty ? nil : $0 }
        let (first, second) = Texts.language == .dutch ? (dutch ?? fund.name, fund.name) : (fund.name, dutch)
        var label = first
        if let second, !label.localizedCaseInsensitiveContains(second) { label += " · \(second)" }
        return dossier.country == nil ? "\(label) (\(fund.country.rawValue))" : label
    }

    /// The label of the current value, or a prompt when none is chosen.
    ///
    /// Drawn at every frame: the label is looked up by the value, without building the field's list
    /// (`options(for:…)`, which for the court field finds the competent court and filters the whole catalog).
    /// It is the label of the first option of that list whose value is the field's (`ChoiceOptionsLabelTests`
    /// checks it against the list for every option of the examples).
    static func display(for field: Field, dossier: Dossier, catalog: OrganismCatalog) -> String? {
        let value = dossier[field]
        if let label = label(of: value, for: field, dossier: dossier, catalog: catalog) { return label }
        if value.isEmpty { return nil }
        return value  // an id no longer in the catalog: shown as is, validation explains
    }

    /// `options(for: field, …).first { $0.value == value }?.label`, without building the list.
    static func label(of value: String, for field: Field, dossier: Dossier, catalog: OrganismCatalog) -> String? {
        /// The first organism of the catalog with this id among those `accepted`: `organism(id:)` answers from
        /// an index of first positions; the catalog is read in order only if that one is not accepted.
        func organism(_ accepted: (Organism) -> Bool) -> Organism? {
            if let first = catalog.organism(id: value) {
                return accepted(first) ? first : catalog.organisms.first { $0.id == value && accepted($0) }
            }
            return nil
        }
        switch field {
        case .currentStage:
            return EscalationStage.allCases.first { String($0.rawValue) == value }.map { "\($0.rawValue). \($0.title)" }
        case .country:
            return Country.allCases.first { $0.rawValue == value }?.label
        case .disputeKind:
            return DisputeKind.allCases.first { $0.rawValue == value }?.label
        case .fundKind:
            return ComplementaryKind.allCases.first { $0.rawValue == value }?.label
        case .letterLanguage:
            if value.isEmpty {
                let usual = RecipientResolver(catalog: catalog).defaultLetterLanguage(of: dossier)
                return Texts.text("choice.letterLanguage.default", usual.label)
            }
            return LetterLanguage.allCases.first { $0.rawValue == value }?.choiceLabel
        case .decisionMentions:
            return YesNoAnswer.allCases.first { $0.rawValue == value }?.label
        case .fund:
            let country = dossier.country
            if let fund = organism({ $0.kind == .fund && (country == nil || $0.country == country) }) {
                return fundLabel(fund, dossier: dossier)
            }
            return value == FundChoice.otherId ? Texts.text("choice.fund.other") : nil
        case .civility:
            return Civility.allCases.first { $0.rawValue == value }?.label
        case .subject:
            return DisputeSubject.allCases.first { $0.rawValue == value }?.label
        case .contactChannel:
            return ContactChannel.allCases.first { $0.rawValue == value }?.label
        case .complaintMode:
            return SendingMode.allCases.first { $0.rawValue == value }?.label
        case .mediator:
            guard let route = catalog.route(of: dossier) else { return nil }
            if value.isEmpty, let usual = catalog.defaultMediator(fundId: dossier.fund.organismId, route: route) {
                return Texts.text("choice.mediator.usual", usual.interfaceName)
            }
            return organism({ $0.kind.mediates && $0.serves(route) })?.interfaceName
        case .court:
            guard let route = catalog.route(of: dossier) else { return nil }
            let resolver = RecipientResolver(catalog: catalog)
            if value.isEmpty {
                var probe = dossier
                probe.stages.court?.courtId = ""
                if let competent = resolver.court(of: probe) {
                    return Texts.text("choice.court.competent", competent.interfaceName)
                }
            }
            // The list: the local courts, then every other court of the route.
            let local = resolver.competentLabourCourts(of: dossier)
            if let court = local.first(where: { $0.id == value }) { return court.interfaceName }
            return organism({ $0.kind == .court && $0.serves(route) })?.interfaceName
        default:
            return nil
        }
    }
}
