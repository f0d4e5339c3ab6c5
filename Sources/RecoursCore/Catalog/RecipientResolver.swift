/// Who a letter goes to, with the address block to print and the delays that apply to the answer.
public struct Recipient: Sendable, Equatable {
    /// Name lines then postal address lines, ready to print.
    public var lines: [String]
    public var email: String?
    public var phone: String?
    public var website: String?
    public var delays: [Delay]
    /// The catalog entry, when the recipient comes from the catalog.
    public var organism: Organism?
    /// False for a service reached only online (the letter is then a text to paste in a form).
    public var hasPostalAddress: Bool

    public func delay(_ kind: DelayKind) -> Delay? { delays.first { $0.kind == kind } }
}

/// Decides, from the dossier and the catalog, which organism each stage's letter is for.
public struct RecipientResolver: Sendable {
    public var catalog: OrganismCatalog

    public init(catalog: OrganismCatalog) {
        self.catalog = catalog
    }

    public func fund(of dossier: Dossier) -> Organism? {
        dossier.fund.isOther ? nil : catalog.organism(id: dossier.fund.organismId)
    }

    /// "Partenamut", or the name typed for "Autre organisme".
    public func fundName(of dossier: Dossier) -> String {
        dossier.fund.isOther ? dossier.fund.customName.trimmed : (fund(of: dossier)?.name ?? dossier.fund.organismId)
    }

    /// The fund as running text names it: "la CAAMI", "Partenamut", or the name typed.
    public func fundPhrase(of dossier: Dossier) -> String {
        dossier.fund.isOther
            ? dossier.fund.customName.trimmed : (fund(of: dossier)?.runningName ?? dossier.fund.organismId)
    }

    /// The mediator chosen in stage 3, else the one the fund names for the dossier's route.
    public func mediator(of dossier: Dossier) -> Organism? {
        let id = dossier.stages.mediation?.mediatorId.trimmed ?? ""
        if !id.isEmpty { return catalog.organism(id: id) }
        guard let route = dossier.route else { return nil }
        return catalog.defaultMediator(fundId: dossier.fund.organismId, route: route)
    }

    /// The court chosen in stage 4, else the competent one for the route and the amount.
    public func court(of dossier: Dossier) -> Organism? {
        let id = dossier.stages.court?.courtId.trimmed ?? ""
        if !id.isEmpty { return catalog.organism(id: id) }
        guard let route = dossier.route else { return nil }
        let amount = AmountParser.cents(dossier.dispute.amount).map { Double($0) / 100 }
        return catalog.competentCourt(route: route, amount: amount)
    }

    /// Whether stage 4's letter is a petition to the Belgian labour court (else a formal notice to the fund).
    public func stageFourIsLabourCourtPetition(_ dossier: Dossier) -> Bool {
        dossier.route == .belgiumCompulsory
    }

    public func recipient(for dossier: Dossier, stage: EscalationStage) -> Recipient? {
        switch stage {
        case .customerService, .complaint:
            if stage == .complaint, dossier.dispute.subject == .medicalAdviser,
                let id = fund(of: dossier)?.medicalAdviserComplaintsId, let service = catalog.organism(id: id)
            {
                return make(service, service.contact)
            }
            return fundRecipient(dossier, stage: stage)
        case .mediation:
            guard let mediator = mediator(of: dossier) else { return nil }
            return make(mediator, mediator.contact)
        case .court:
            if stageFourIsLabourCourtPetition(dossier) {
                let record = dossier.stages.court ?? CourtRecord()
                // Letter wording: stays with the letters' language (see the Dutch issue).
                let courtName = court(of: dossier)?.name ?? "Tribunal du travail"
                let location = record.location.trimmed
                var lines = ["Greffe du \(courtName.lowercasedFirst)\(location.isEmpty ? "" : " de \(location)")"]
                lines += addressLines(record.address)
                return Recipient(
                    lines: lines, email: nil, phone: nil, website: nil, delays: [], organism: court(of: dossier),
                    hasPostalAddress: lines.count > 1)
            }
            return fundRecipient(dossier, stage: .complaint)
        }
    }

    func fundRecipient(_ dossier: Dossier, stage: EscalationStage) -> Recipient? {
        if dossier.fund.isOther {
            let name = dossier.fund.customName.trimmed
            let address = addressLines(dossier.fund.customAddress)
            guard !name.isEmpty else { return nil }
            let defaults = dossier.route.flatMap { catalog.rules(for: $0) }?.delays ?? []
            return Recipient(
                lines: [name] + address, email: nil, phone: nil, website: nil,
                delays: defaults.filter { $0.kind == .acknowledgment || $0.kind == .answer }, organism: nil,
                hasPostalAddress: !address.isEmpty)
        }
        guard let fund = fund(of: dossier) else { return nil }
        var recipient = make(fund, fund.contactPoint(for: stage))
        // A fund without its own delays gets its route's default ones (e.g. ACPR in France).
        if recipient.delays.isEmpty, stage >= .complaint, let route = dossier.route,
            let rules = catalog.rules(for: route)
        {
            recipient.delays = rules.delays.filter { $0.kind == .acknowledgment || $0.kind == .answer }
        }
        return recipient
    }

    func make(_ organism: Organism, _ point: ContactPoint) -> Recipient {
        var lines = [organism.name]
        if let name = point.name, !name.isEmpty { lines.append(name) }
        // A mediator's address may repeat its parent organism's name as first line.
        lines += point.address.filter { $0 != organism.name }
        return Recipient(
            lines: lines, email: point.email, phone: point.phone, website: point.website, delays: point.delays,
            organism: organism, hasPostalAddress: !point.address.isEmpty)
    }

    func addressLines(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmed }.filter { !$0.isEmpty }
    }
}

extension String {
    /// "Tribunal du travail" → "tribunal du travail".
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
