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
    /// The catalog does not confirm how to reach it (*à vérifier*).
    public var unconfirmed = false

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

    /// The fund as running text of the interface names it: "la CAAMI", "Partenamut", or the name typed.
    public func fundPhrase(of dossier: Dossier) -> String {
        dossier.fund.isOther
            ? dossier.fund.customName.trimmed : (fund(of: dossier)?.interfaceRunningName ?? dossier.fund.organismId)
    }

    public func route(of dossier: Dossier) -> Route? { catalog.route(of: dossier) }

    /// The mediator chosen in stage 3, else the one the fund names for the dossier's route.
    public func mediator(of dossier: Dossier) -> Organism? {
        let id = dossier.stages.mediation?.mediatorId.trimmed ?? ""
        if !id.isEmpty { return catalog.organism(id: id) }
        guard let route = route(of: dossier) else { return nil }
        return catalog.defaultMediator(fundId: dossier.fund.organismId, route: route)
    }

    /// The court chosen in stage 4, else the competent one: for a labour-court route the court of the member's
    /// postal code (the first of the two in Brussels until the member chooses), else the route's court for the
    /// amount.
    public func court(of dossier: Dossier) -> Organism? {
        let id = dossier.stages.court?.courtId.trimmed ?? ""
        if !id.isEmpty { return catalog.organism(id: id) }
        guard let route = route(of: dossier) else { return nil }
        if route.goesToLabourCourt, let local = competentLabourCourts(of: dossier).first { return local }
        let amount = AmountParser.cents(dossier.dispute.amount).map { Double($0) / 100 }
        return catalog.competentCourt(route: route, amount: amount)
    }

    /// The labour courts of the member's postal code (Belgium): one, none when it is unknown; in Brussels the court
    /// of the language the law imposes, else the one of the language the member chose for the letters, else the
    /// one of the language the fund works in (CM Gezondheidsfonds: Dutch, like its letters), or both when none
    /// says.
    public func competentLabourCourts(of dossier: Dossier) -> [Organism] {
        guard dossier.country == .belgium else { return [] }
        // The postal area looked up once, for the courts and for Brussels' language.
        let area = catalog.labourCourtArea(postalCode: dossier.member.postalCode)
        let courts = area?.courts.compactMap { catalog.organism(id: $0) } ?? []
        guard courts.count > 1,
            let language = brusselsLanguage(of: dossier, memberArea: area) ?? dossier.letterLanguage
                ?? (dossier.fund.isOther ? nil : fund(of: dossier)?.language)
        else {
            return courts
        }
        let imposed = courts.filter { $0.language == language }
        return imposed.isEmpty ? courts : imposed
    }

    /// Brussels-Capital: the petition's language follows the defendant's — the fund's — seat (loi du 15 juin 1935,
    /// art. 4 § 1): Dutch for a fund seated in the Dutch-language region, French in the French-language region; nil
    /// when the member chooses (a fund seated in Brussels, or whose seat is unknown) or outside Brussels.
    public func brusselsLanguage(of dossier: Dossier) -> LetterLanguage? {
        brusselsLanguage(of: dossier, memberArea: catalog.labourCourtArea(postalCode: dossier.member.postalCode))
    }

    /// `brusselsLanguage(of:)` for a caller that has looked up the member's postal area already
    /// (`catalog.labourCourtArea(postalCode: dossier.member.postalCode)`).
    func brusselsLanguage(of dossier: Dossier, memberArea: LabourCourtArea?) -> LetterLanguage? {
        guard memberArea?.language == .choice else { return nil }
        let seat =
            dossier.fund.isOther
            ? addressLines(dossier.fund.customAddress) : (fund(of: dossier)?.contact.address ?? [])
        guard let code = Self.belgianPostalCode(in: seat), let area = catalog.labourCourtArea(postalCode: code) else {
            return nil
        }
        return area.language.language
    }

    /// The last four-digit number that starts an address line ("1031 Bruxelles").
    static func belgianPostalCode(in lines: [String]) -> String? {
        for line in lines.reversed() {
            let first = line.trimmed.prefix { $0.isNumber }
            if first.count == 4 { return String(first) }
        }
        return nil
    }

    /// Whether stage 4's letter is a petition to the Belgian labour court (else a formal notice to the fund).
    public func stageFourIsLabourCourtPetition(_ dossier: Dossier) -> Bool {
        route(of: dossier)?.goesToLabourCourt ?? false
    }

    /// - Parameter language: the letter's language, for the organism's name (`Organism.name(in:)`) and the
    ///   contact points' names and addresses (`ContactPoint.in(_:)`).
    public func recipient(
        for dossier: Dossier, stage: EscalationStage, language: LetterLanguage = .french
    ) -> Recipient? {
        switch stage {
        case .customerService, .complaint:
            if stage == .complaint, dossier.dispute.subject == .medicalAdviser,
                let id = fund(of: dossier)?.medicalAdviserComplaintsId, let service = catalog.organism(id: id)
            {
                return make(service, service.contact.in(language), language: language)
            }
            return fundRecipient(dossier, stage: stage, language: language)
        case .mediation:
            guard let mediator = mediator(of: dossier) else { return nil }
            return make(mediator, mediator.contact.in(language), language: language)
        case .court:
            if stageFourIsLabourCourtPetition(dossier) {
                return petitionRecipient(dossier, language: language)
            }
            return fundRecipient(dossier, stage: .complaint, language: language)
        }
    }

    /// The registry of the labour court: the catalog's address, unless the member typed the registry's address
    /// (a court the catalog does not know, or a corrected address). Named in the petition's language: the court's,
    /// else (a court the catalog does not know the language of) the letter's, `language`.
    func petitionRecipient(_ dossier: Dossier, language: LetterLanguage = .french) -> Recipient {
        let record = dossier.stages.court ?? CourtRecord()
        let court = court(of: dossier)
        let language = court?.language ?? language
        let typed = addressLines(record.address)
        let location = record.location.trimmed
        if typed.isEmpty, let court, !court.contact.address.isEmpty {
            // The interface's summary of the recipient; the letter writes the registry in the court's language itself
            // (`LetterContext.registryLines`).
            // The registry's own name, in the court's language whatever the interface's.
            var lines =
                court.language == .french
                ? [Texts.table(.french).text("recipient.registry", [court.name.lowercasedFirst])]
                : [court.name, court.contact.name ?? Texts.table(.dutch).text("recipient.registry.name")]
            lines += court.contact.address
            return Recipient(
                lines: lines, email: court.contact.email, phone: court.contact.phone, website: court.contact.website,
                delays: [], organism: court, hasPostalAddress: true,
                unconfirmed: court.contact.unconfirmed == true
                    || catalog.labourCourtArea(postalCode: dossier.member.postalCode)?.unconfirmed == true)
        }
        var lines: [String]
        switch language {
        case .french, .dutch:
            // "Greffe du tribunal du travail de Gent", "Griffie van de arbeidsrechtbank te Gent".
            let table: DisplayLanguage = language == .dutch ? .dutch : .french
            let courtName =
                court.map { $0.name(in: language).lowercasedFirst }
                ?? Texts.table(table).text("recipient.court.default")
            lines = [
                location.isEmpty
                    ? Texts.table(table).text("recipient.registry", [courtName])
                    : Texts.table(table).text("recipient.registry.at", [courtName, location])
            ]
        case .german:
            // "Arbeitsgericht Eupen" and its "Kanzlei", as the Antragschrift writes them (the interface has no German).
            let courtName = court?.name(in: .german) ?? ""
            lines = [[courtName, location].filter { !$0.isEmpty }.joined(separator: " ")]
            if let registry = court?.contact.in(.german).name { lines.append(registry) }
            lines = lines.filter { !$0.isEmpty }
        }
        lines += typed
        return Recipient(
            lines: lines, email: nil, phone: nil, website: nil, delays: [], organism: court,
            hasPostalAddress: !typed.isEmpty)
    }

    func fundRecipient(_ dossier: Dossier, stage: EscalationStage, language: LetterLanguage = .french) -> Recipient? {
        if dossier.fund.isOther {
            let name = dossier.fund.customName.trimmed
            let address = addressLines(dossier.fund.customAddress)
            guard !name.isEmpty else { return nil }
            let defaults = route(of: dossier).flatMap { catalog.rules(for: $0) }?.delays ?? []
            return Recipient(
                lines: [name] + address, email: nil, phone: nil, website: nil,
                delays: defaults.filter { $0.kind == .acknowledgment || $0.kind == .answer }, organism: nil,
                hasPostalAddress: !address.isEmpty)
        }
        guard let catalogFund = fund(of: dossier) else { return nil }
        let fund = addressee(of: catalogFund, dossier)
        var point = contactPoint(of: fund, for: stage, language: language)
        // An address the member copied from a letter of the fund wins over the catalog's.
        let typed = addressLines(dossier.fund.customAddress)
        if !typed.isEmpty {
            point.address = typed
            point.unconfirmed = nil
        }
        var recipient = make(fund, point, language: language)
        // A fund without its own delays gets its route's default ones (e.g. ACPR in France).
        if recipient.delays.isEmpty, stage >= .complaint, let route = route(of: dossier),
            let rules = catalog.rules(for: route)
        {
            recipient.delays = rules.delays.filter { $0.kind == .acknowledgment || $0.kind == .answer }
        }
        return recipient
    }

    /// Who a catalog fund's letters go to: the fund, or for a hospitalisation insurance (the insurer's contract) the
    /// insurance company (SMA), when the catalog knows it.
    func addressee(of catalogFund: Organism, _ dossier: Dossier) -> Organism {
        guard route(of: dossier) == .belgiumHospitalisation else { return catalogFund }
        let insurer = (catalogFund.insurerId ?? catalog.union(of: catalogFund).insurerId).flatMap {
            catalog.organism(id: $0)
        }
        return insurer ?? catalogFund
    }

    /// The postal address the letters take from the catalog while the member's own address field is empty: the
    /// fund's for "Adresse de l'organisme" (`fund.customAddress`: the customer service's at stage 1, the complaints
    /// service's from stage 2 on, in the language of the current stage's letter), the registry's for the court's
    /// address (`stages.court.address`, for a petition to the labour court); `unconfirmed` when the catalog has it
    /// from a weak source. Nil for any other field, a fund typed by hand, and where the catalog has no postal
    /// address. The wizard shows it in the empty field; it is never written into the dossier, and what the member
    /// types there replaces it in the letters.
    public func catalogAddress(for field: Field, of dossier: Dossier) -> ContactPoint? {
        switch field {
        case .fundAddress:
            guard let catalogFund = fund(of: dossier) else { return nil }
            let stage: EscalationStage = dossier.currentStage == .customerService ? .customerService : .complaint
            let language = letterLanguage(of: dossier, stage: dossier.currentStage).language
            let point = contactPoint(of: addressee(of: catalogFund, dossier), for: stage, language: language)
            guard !point.address.isEmpty else { return nil }
            return ContactPoint(address: point.address, unconfirmed: point.unconfirmed)
        case .courtAddress:
            guard stageFourIsLabourCourtPetition(dossier), let court = court(of: dossier),
                !court.contact.address.isEmpty
            else { return nil }
            let unconfirmed =
                court.contact.unconfirmed == true
                || catalog.labourCourtArea(postalCode: dossier.member.postalCode)?.unconfirmed == true
            return ContactPoint(address: court.contact.address, unconfirmed: unconfirmed ? true : nil)
        default:
            return nil
        }
    }

    /// The fund's service for a stage; when the catalog has no way to reach it, the fund's head office, else its
    /// union's complaints service or head office — marked unconfirmed (*à vérifier*). Names and addresses are in
    /// `language` where the catalog has them (`ContactPoint.in(_:)`).
    public func contactPoint(
        of fund: Organism, for stage: EscalationStage, language: LetterLanguage = .french
    ) -> ContactPoint {
        var point = fund.contactPoint(for: stage).in(language)
        // In France, a complaints service reached online only still gets the fund's own postal address when the
        // catalog has one: a registered complaint interrupts the prescription (L221-12, L114-2), so the letter needs
        // a postal address. The head office stands in for the service: *à vérifier*. (A Belgian service reached by
        // e-mail keeps its e-mail: the catalog's "head office" of a Belgian fund is often its union's.)
        let office = fund.contact.in(language)
        if fund.country == .france, stage >= .complaint, point.address.isEmpty, point.isReachable,
            !office.address.isEmpty
        {
            point.address = office.address
            point.unconfirmed = true
            return point
        }
        guard !point.isReachable else { return point }
        let union = catalog.union(of: fund)
        let candidates = [office] + [union.complaints, union.contact].compactMap { $0?.in(language) }
        guard let fallback = candidates.first(where: \.isReachable) else { return point }
        point.address = fallback.address
        point.email = point.email ?? fallback.email
        point.website = point.website ?? fallback.website
        // The fund's own head office is where its letters go when it names no service; another's is a guess.
        let ownOffice = fallback == office
        point.unconfirmed = ownOffice ? (fallback.unconfirmed ?? point.unconfirmed) : true
        return point
    }

    /// The recipient's block: its name (in `language` where the catalog has it), its point's name and address.
    func make(_ organism: Organism, _ point: ContactPoint, language: LetterLanguage = .french) -> Recipient {
        var lines = [organism.name(in: language)]
        if let name = point.name, !name.isEmpty { lines.append(name) }
        // A mediator's address may repeat its parent organism's name as first line.
        lines += point.address.filter { $0 != organism.name && $0 != lines[0] }
        return Recipient(
            lines: lines, email: point.email, phone: point.phone, website: point.website, delays: point.delays,
            organism: organism, hasPostalAddress: !point.address.isEmpty, unconfirmed: point.unconfirmed == true)
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
