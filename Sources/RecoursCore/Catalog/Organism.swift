/// What an organism is, for the stages it can be the recipient of.
public enum OrganismKind: String, Codable, Sendable, CaseIterable {
    case fund, mediator, authority, service, court

    public var label: String {
        switch self {
        case .fund: Texts.text("organismKind.fund")
        case .mediator: Texts.text("organismKind.mediator")
        case .authority: Texts.text("organismKind.authority")
        case .service: Texts.text("organismKind.service")
        case .court: Texts.text("organismKind.court")
        }
    }

    /// Organisms of this kind can receive a stage-3 referral.
    public var mediates: Bool { self == .mediator || self == .authority }
}

/// How a delay is counted.
public enum DelayUnit: String, Codable, Sendable, CaseIterable {
    /// Every day counts.
    case calendarDays
    /// Jours ouvrables: Monday to Saturday, public holidays excluded.
    case workingDaysMonSat
    /// Jours ouvrés: Monday to Friday, public holidays excluded.
    case workingDaysMonFri
    case months
    case years

    /// "30 jours calendaires", "30 kalenderdagen": in the interface language (the letters have their own).
    func phrase(_ amount: Int) -> String {
        let count = String(amount)
        switch self {
        case .calendarDays: return Texts.plural("delay.calendarDays", count: amount, count)
        case .workingDaysMonSat: return Texts.plural("delay.workingDaysMonSat", count: amount, count)
        case .workingDaysMonFri: return Texts.plural("delay.workingDaysMonFri", count: amount, count)
        case .months: return Texts.plural("delay.months", count: amount, count)
        case .years: return Texts.plural("delay.years", count: amount, count)
        }
    }
}

/// What a delay is for.
public enum DelayKind: String, Codable, Sendable, CaseIterable {
    /// The organism acknowledges receipt within…
    case acknowledgment
    /// The organism answers within…
    case answer
    /// Minimum wait after the written complaint before a mediator may be seized.
    case mediationWait
    /// The mediator must be seized within … of the written complaint.
    case mediationWindow
    /// The court must be seized within … of the notified decision.
    case courtAppeal
    /// Claims prescribe after…
    case prescription
}

/// A delay, always with the source it comes from, so that a user catalog can correct it.
public struct Delay: Codable, Sendable, Equatable {
    public var kind: DelayKind
    public var amount: Int
    public var unit: DelayUnit
    public var source: String
    /// True when the sources disagree or are unsure: shown as guidance, never as law.
    public var unconfirmed: Bool?
    /// The delay runs from the end of the month of its starting event (Belgium, art. 174 of the law of
    /// 14 July 1994: "à compter de la fin du mois au cours duquel les soins ont été fournis").
    public var fromEndOfMonth: Bool?
    /// The source in other languages, by language code, where it names a Belgian law by its French title
    /// ("Charte de l'assuré social" is "Handvest van de sociaal verzekerde" in Dutch).
    public var localizedSources: [String: String]?

    public init(
        kind: DelayKind, amount: Int, unit: DelayUnit, source: String, unconfirmed: Bool? = nil,
        fromEndOfMonth: Bool? = nil
    ) {
        self.kind = kind
        self.amount = amount
        self.unit = unit
        self.source = source
        self.unconfirmed = unconfirmed
        self.fromEndOfMonth = fromEndOfMonth
    }

    /// "30 jours calendaires", "2 mois".
    public var phrase: String { unit.phrase(amount) }

    /// The source in the interface language (the catalog's where no translation exists).
    public var interfaceSource: String { localizedSources?.forInterfaceLanguage ?? source }
}

/// A contact point's name and address in another language: a Brussels seat has a French and a Dutch street name
/// ("Chaussée de Haecht 579" / "Haachtsesteenweg 579"), and a service a name in each language.
public struct LocalizedContact: Codable, Sendable, Equatable {
    /// Replaces the point's name; an empty name removes it (a French "À l'attention de…" line).
    public var name: String?
    /// Replaces the point's address lines.
    public var address: [String]?

    public init(name: String? = nil, address: [String]? = nil) {
        self.name = name
        self.address = address
    }
}

/// A postal and electronic address of an organism or of one of its services.
public struct ContactPoint: Codable, Sendable, Equatable {
    /// The service's name, printed on the first line of the recipient block.
    public var name: String?
    /// Postal address, one line per entry, without the organism's name.
    public var address: [String]
    public var phone: String?
    public var email: String?
    public var website: String?
    public var hours: String?
    public var delays: [Delay]
    public var source: String?
    /// The source in other languages, by language code, where the research's remarks in it are in French ("(adresse
    /// : siège de l'union)"): the Dutch interface shows `{"nl": …}` (`interfaceSource`).
    public var localizedSources: [String: String]?
    public var unconfirmed: Bool?
    /// The name and address in other languages, by language code (`"nl"`, `"de"`); the letters of that language
    /// use them (`in(_:)`).
    public var localized: [String: LocalizedContact]?

    public init(
        name: String? = nil, address: [String] = [], phone: String? = nil, email: String? = nil,
        website: String? = nil, hours: String? = nil, delays: [Delay] = [], source: String? = nil,
        unconfirmed: Bool? = nil, localized: [String: LocalizedContact]? = nil
    ) {
        self.localized = localized
        self.name = name
        self.address = address
        self.phone = phone
        self.email = email
        self.website = website
        self.hours = hours
        self.delays = delays
        self.source = source
        self.unconfirmed = unconfirmed
    }

    enum CodingKeys: String, CodingKey {
        case name, address, phone, email, website, hours, delays, source, localizedSources, unconfirmed, localized
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        address = try c.decodeIfPresent([String].self, forKey: .address) ?? []
        phone = try c.decodeIfPresent(String.self, forKey: .phone)
        email = try c.decodeIfPresent(String.self, forKey: .email)
        website = try c.decodeIfPresent(String.self, forKey: .website)
        hours = try c.decodeIfPresent(String.self, forKey: .hours)
        delays = try c.decodeIfPresent([Delay].self, forKey: .delays) ?? []
        source = try c.decodeIfPresent(String.self, forKey: .source)
        localizedSources = try c.decodeIfPresent([String: String].self, forKey: .localizedSources)
        unconfirmed = try c.decodeIfPresent(Bool.self, forKey: .unconfirmed)
        localized = try c.decodeIfPresent([String: LocalizedContact].self, forKey: .localized)
    }

    /// The source in the interface language (the catalog's where no translation exists).
    public var interfaceSource: String? { localizedSources?.forInterfaceLanguage ?? source }

    /// The point as a letter in `language` prints it: the variant's name and address where it gives them, the
    /// French ones otherwise (and always in French).
    public func `in`(_ language: LetterLanguage) -> ContactPoint {
        guard language != .french, let variant = localized?[language.rawValue] else { return self }
        var point = self
        if let name = variant.name { point.name = name.isEmpty ? nil : name }
        if let address = variant.address { point.address = address }
        return point
    }

    public func delay(_ kind: DelayKind) -> Delay? { delays.first { $0.kind == kind } }

    /// A letter can reach it: a postal address, an e-mail address or a web form.
    public var isReachable: Bool { !address.isEmpty || email != nil || website != nil }
}

/// The language a court works in (loi du 15 juin 1935), or a letter is written in.
public enum LetterLanguage: String, Codable, Sendable, CaseIterable {
    case french = "fr"
    case dutch = "nl"
    case german = "de"

    /// The letter language of the interface's language.
    public static var interface: LetterLanguage { Texts.language == .dutch ? .dutch : .french }

    public var label: String {
        switch self {
        case .french: Texts.text("language.fr")
        case .dutch: Texts.text("language.nl")
        case .german: Texts.text("language.de")
        }
    }

    /// The entry of the letters' language in the wizard's list.
    public var choiceLabel: String {
        switch self {
        case .french: Texts.text("choice.letterLanguage.fr")
        case .dutch: Texts.text("choice.letterLanguage.nl")
        case .german: Texts.text("choice.letterLanguage.de")
        }
    }
}

/// One entry of the organism catalog: a fund, a mediator, a court or an authority.
public struct Organism: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    /// The name in other languages, by language code ("nl": "Christelijke Mutualiteit", "de": …).
    public var names: [String: String]?
    /// The organism this one belongs to: a local fund's national union, a court division's court.
    public var parentId: String?
    /// France, funds: the law that governs the organism (prescription article, default mediator).
    public var complementaryKind: ComplementaryKind?
    /// Courts: the language of the proceedings; a petition in another language is null. Belgian funds: the language
    /// the fund works in, where it has one (a Flemish fund), which its letters take unless the member chooses.
    public var language: LetterLanguage?
    /// Courts: the division (afdeling) whose registry receives the petition, when the court has several.
    public var division: String?
    /// The day the entry was last checked against its sources (ISO date).
    public var verified: String?
    /// The article used before the name in a sentence: "le", "la", "l'" (none for "Partenamut").
    public var article: String?
    /// A shorter name for running text ("CAAMI"); the full name stays in address blocks.
    public var shortName: String?
    public var country: Country
    public var kind: OrganismKind
    /// The routes this organism serves (a mediator or a court); empty means every route of its country.
    public var routes: [Route]
    public var description: String?
    /// The description in other languages, by language code: `{"nl": "…"}`.
    public var localizedDescriptions: [String: String]?
    /// Head office, or the only address of a mediator or court.
    public var contact: ContactPoint
    /// Funds: the service for stage 1.
    public var customerService: ContactPoint?
    /// Funds: the complaints service for stage 2.
    public var complaints: ContactPoint?
    /// Funds: the mediator for stage 3, by route raw value ("france", "belgiumCompulsory", …).
    public var mediators: [String: String]?
    /// Funds: where complaints about a medical adviser's decision go, when not to the complaints service.
    public var medicalAdviserComplaintsId: String?
    /// Belgian funds: the insurance company (SMA) that sells the fund's hospitalisation insurance, which receives
    /// the first letters of that route.
    public var insurerId: String?
    public var notes: [String]?
    /// The notes in other languages, by language code: `{"nl": […]}`, one translation per note, in order.
    public var localizedNotes: [String: [String]]?
    public var source: String
    /// The source in other languages, by language code, where the research's remarks in it are in French ("(page de
    /// 2016)", "notes de recherche de Recours"): the Dutch interface shows `{"nl": …}` (`interfaceSource`).
    public var localizedSources: [String: String]?

    /// The source in the interface language (the catalog's where no translation exists).
    public var interfaceSource: String { localizedSources?.forInterfaceLanguage ?? source }

    /// The notes in the interface language (the French ones where no translation exists).
    public var interfaceNotes: [String] {
        guard let translated = localizedNotes?.forInterfaceLanguage, translated.count == (notes ?? []).count else {
            return notes ?? []
        }
        return translated
    }

    /// The description in the interface language (the French one where no translation exists).
    public var interfaceDescription: String? { localizedDescriptions?.forInterfaceLanguage ?? description }

    public init(
        id: String, name: String, article: String? = nil, shortName: String? = nil, country: Country,
        kind: OrganismKind, routes: [Route] = [],
        description: String? = nil, contact: ContactPoint, customerService: ContactPoint? = nil,
        complaints: ContactPoint? = nil, mediators: [String: String]? = nil, medicalAdviserComplaintsId: String? = nil,
        notes: [String]? = nil, source: String, names: [String: String]? = nil, parentId: String? = nil,
        complementaryKind: ComplementaryKind? = nil, language: LetterLanguage? = nil, division: String? = nil,
        verified: String? = nil, insurerId: String? = nil
    ) {
        self.names = names
        self.insurerId = insurerId
        self.parentId = parentId
        self.complementaryKind = complementaryKind
        self.language = language
        self.division = division
        self.verified = verified
        self.medicalAdviserComplaintsId = medicalAdviserComplaintsId
        self.id = id
        self.name = name
        self.article = article
        self.shortName = shortName
        self.country = country
        self.kind = kind
        self.routes = routes
        self.description = description
        self.contact = contact
        self.customerService = customerService
        self.complaints = complaints
        self.mediators = mediators
        self.notes = notes
        self.source = source
    }

    enum CodingKeys: String, CodingKey {
        case id, name, article, shortName, country, kind, routes, description, contact, customerService, complaints,
            mediators, notes, localizedNotes, localizedDescriptions
        case source, localizedSources, medicalAdviserComplaintsId, names, parentId, complementaryKind, language,
            division, verified, insurerId
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        article = try c.decodeIfPresent(String.self, forKey: .article)
        shortName = try c.decodeIfPresent(String.self, forKey: .shortName)
        country = try c.decode(Country.self, forKey: .country)
        kind = try c.decode(OrganismKind.self, forKey: .kind)
        // A route list may name the legacy "france", which stands for every French route.
        let routeNames = try c.decodeIfPresent([String].self, forKey: .routes) ?? []
        var routes: [Route] = []
        for raw in routeNames {
            guard let named = Route.named(raw) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .routes, in: c, debugDescription: "unknown route \(raw)")
            }
            routes += named.filter { !routes.contains($0) }
        }
        self.routes = routes
        description = try c.decodeIfPresent(String.self, forKey: .description)
        localizedDescriptions = try c.decodeIfPresent([String: String].self, forKey: .localizedDescriptions)
        contact = try c.decodeIfPresent(ContactPoint.self, forKey: .contact) ?? ContactPoint()
        customerService = try c.decodeIfPresent(ContactPoint.self, forKey: .customerService)
        complaints = try c.decodeIfPresent(ContactPoint.self, forKey: .complaints)
        mediators = try c.decodeIfPresent([String: String].self, forKey: .mediators)
        medicalAdviserComplaintsId = try c.decodeIfPresent(String.self, forKey: .medicalAdviserComplaintsId)
        notes = try c.decodeIfPresent([String].self, forKey: .notes)
        localizedNotes = try c.decodeIfPresent([String: [String]].self, forKey: .localizedNotes)
        source = try c.decodeIfPresent(String.self, forKey: .source) ?? ""
        localizedSources = try c.decodeIfPresent([String: String].self, forKey: .localizedSources)
        names = try c.decodeIfPresent([String: String].self, forKey: .names)
        insurerId = try c.decodeIfPresent(String.self, forKey: .insurerId)
        parentId = try c.decodeIfPresent(String.self, forKey: .parentId)
        complementaryKind = try c.decodeIfPresent(ComplementaryKind.self, forKey: .complementaryKind)
        language = try c.decodeIfPresent(LetterLanguage.self, forKey: .language)
        division = try c.decodeIfPresent(String.self, forKey: .division)
        verified = try c.decodeIfPresent(String.self, forKey: .verified)
    }

    /// The name in a language, else the French name.
    public func name(in language: LetterLanguage) -> String {
        language == .french ? name : (names?[language.rawValue] ?? name)
    }

    /// The name in the interface language: the Dutch one (`names.nl`) in a Dutch interface, when the catalog has
    /// it; else the French name.
    public var interfaceName: String {
        names?.forInterfaceLanguage.flatMap { $0.isEmpty ? nil : $0 } ?? name
    }

    /// The name as a sentence of the interface uses it: `runningName` in French ("la CAAMI"); in Dutch the short
    /// or the Dutch name, without article (the Dutch texts carry their own words around it).
    public var interfaceRunningName: String {
        Texts.language == .french ? runningName : (shortName ?? interfaceName)
    }

    /// The name as a French sentence uses it: "la CAAMI", "le Médiateur fédéral", "Partenamut" (the letters).
    public var runningName: String {
        let base = shortName ?? name
        guard let article, !article.isEmpty else { return base }
        return article.hasSuffix("'") || article.hasSuffix("’") ? article + base : "\(article) \(base)"
    }

    public func serves(_ route: Route) -> Bool {
        routes.isEmpty ? route.country == country : routes.contains(route)
    }

    /// The contact point to write to at a given stage (falls back to the head office).
    public func contactPoint(for stage: EscalationStage) -> ContactPoint {
        switch stage {
        case .customerService: customerService ?? contact
        case .complaint: complaints ?? contact
        case .mediation, .court: contact
        }
    }
}

/// Legal rules of one route (delays that do not belong to one organism), with their sources.
public struct RouteRules: Codable, Sendable, Equatable {
    public var route: Route
    public var delays: [Delay]
    /// The mediator of the route for a fund that names none (France: by kind of organism; Belgium: the OCM for
    /// complementary services, the Ombudsman des Assurances for hospitalisation insurance).
    public var mediatorId: String?
    /// When set, a complaint sent by registered letter interrupts the prescription, which starts again from it
    /// (France: L221-12 Code de la mutualité, L114-2 Code des assurances; Belgium: art. 174 of the law of
    /// 14 July 1994). The source of the rule.
    public var prescriptionInterruption: String?
    /// Court claims up to this amount need a prior amicable attempt (France, CPC art. 750-1).
    public var amicableAttemptThreshold: Double?
    public var amicableAttemptSource: String?
    /// Catalog id of the competent court, and of the court for small claims when it differs.
    public var courtId: String?
    public var smallClaimsCourtId: String?
    public var smallClaimsThreshold: Double?
    public var notes: [String]?

    public func delay(_ kind: DelayKind) -> Delay? { delays.first { $0.kind == kind } }
}

extension Dictionary where Key == String {
    /// The value for the interface's language in one of the catalog's translation tables (`{"nl": …}`); nil in
    /// French (the catalog's own language) or when the table has none.
    var forInterfaceLanguage: Value? { Texts.language == .french ? nil : self[Texts.language.rawValue] }
}
