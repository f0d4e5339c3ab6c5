import Foundation

/// The organisms (funds, mediators, courts) and the rules of each route, read at run time from
/// `Resources/organisms.json`, completed or corrected by the user's own catalog file.
public struct OrganismCatalog: Codable, Sendable, Equatable {
    /// 2: French routes by kind of organism, Belgian hospitalisation route, labour courts by postal code, names in
    /// other languages, parents, verification dates. Version 1 files are still read (see README, "Catalog").
    public static let currentSchemaVersion = 2
    public static let fileName = "organisms.json"

    public var schemaVersion: Int
    public var organisms: [Organism] { didSet { positions = Self.positions(of: organisms) } }
    /// Where each id is first found in `organisms`, for `organism(id:)` (asked several times per validation).
    private var positions: [String: Int]
    public var routes: [RouteRules]
    /// Belgian postal codes → labour court, sorted, covering 1000–9992 in the shipped catalog.
    public var labourCourtAreas: [LabourCourtArea]
    /// The sources of the areas by key: the same few sources serve some 150 ranges, so each range names its key.
    public var areaSources: [String: String]

    public init(
        organisms: [Organism], routes: [RouteRules], labourCourtAreas: [LabourCourtArea] = [],
        areaSources: [String: String] = [:]
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.organisms = organisms
        self.positions = Self.positions(of: organisms)
        self.routes = routes
        self.labourCourtAreas = labourCourtAreas
        self.areaSources = areaSources
    }

    enum CodingKeys: String, CodingKey { case schemaVersion, organisms, routes, labourCourtAreas, areaSources }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        organisms = try c.decodeIfPresent([Organism].self, forKey: .organisms) ?? []
        positions = Self.positions(of: organisms)
        routes = try c.decodeIfPresent([RouteRules].self, forKey: .routes) ?? []
        labourCourtAreas = try c.decodeIfPresent([LabourCourtArea].self, forKey: .labourCourtAreas) ?? []
        areaSources = try c.decodeIfPresent([String: String].self, forKey: .areaSources) ?? [:]
    }

    /// The source of an area: the text its key names, or the text itself (a user's range may cite it directly).
    public func source(of area: LabourCourtArea) -> String { areaSources[area.source] ?? area.source }

    // MARK: Loading

    /// Reads one catalog file.
    public static func read(_ url: URL) throws(CatalogError) -> OrganismCatalog {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(path: url.path, reason: Texts.text("catalog.reason.cannotRead"))
        }
        let catalog: OrganismCatalog
        do {
            // Read from its tree where that reader is sure of every field, else by `JSONDecoder`, which then
            // gives the value or words the error (`CatalogTreeReading.swift`).
            if let tree = try? JSONTreeReader.read(data), let quick = try? OrganismCatalog(tree: tree) {
                catalog = quick
            } else {
                catalog = try JSONDecoder().decode(OrganismCatalog.self, from: data)
            }
        } catch {
            throw .unreadable(path: url.path, reason: JSONProblem.describe(error))
        }
        guard catalog.schemaVersion <= currentSchemaVersion else {
            throw .unreadable(
                path: url.path,
                reason: Texts.text(
                    "catalog.reason.unknownFormat",
                    String(catalog.schemaVersion), String(currentSchemaVersion)))
        }
        return catalog
    }

    /// The shipped catalog with the user's file laid over it (an entry with the same id replaces the shipped one).
    public static func load(shipped: URL, user: URL?) throws(CatalogError) -> OrganismCatalog {
        var catalog = try read(shipped)
        try catalog.checkReferences(file: shipped.path)
        if let user, FileManager.default.fileExists(atPath: user.path) {
            let overlay = try read(user)
            // Duplicates inside the user's file would vanish in the merge: refuse them first.
            var seen = Set<String>()
            for organism in overlay.organisms where !seen.insert(organism.id).inserted {
                throw .unreadable(path: user.path, reason: Texts.text("catalog.reason.duplicateId", organism.id))
            }
            catalog.merge(overlay)
            try catalog.checkReferences(file: user.path)
        }
        return catalog
    }

    /// `checkReferences()`, with the error naming the file that brought the problem.
    func checkReferences(file: String) throws(CatalogError) {
        do {
            try checkReferences()
        } catch {
            if case .invalid(let reason) = error { throw .unreadable(path: file, reason: reason) }
            throw error
        }
    }

    public mutating func merge(_ other: OrganismCatalog) {
        for organism in other.organisms {
            if let index = organisms.firstIndex(where: { $0.id == organism.id }) {
                organisms[index] = organism
            } else {
                organisms.append(organism)
            }
        }
        for rules in other.routes {
            if let index = routes.firstIndex(where: { $0.route == rules.route }) {
                routes[index] = rules
            } else {
                routes.append(rules)
            }
        }
        // The user's ranges are looked up first: one corrected range needs no copy of the others.
        labourCourtAreas = other.labourCourtAreas + labourCourtAreas
        areaSources.merge(other.areaSources) { _, user in user }
    }

    /// Every id a fund or a route names must exist, and ids must be unique.
    public func checkReferences() throws(CatalogError) {
        var seen = Set<String>()
        for organism in organisms {
            guard seen.insert(organism.id).inserted else {
                throw .invalid(Texts.text("catalog.reason.duplicateId", organism.id))
            }
            guard organism.id != FundChoice.otherId else {
                throw .invalid(Texts.text("catalog.reason.reservedId", FundChoice.otherId))
            }
        }
        for organism in organisms {
            for id in [organism.medicalAdviserComplaintsId, organism.parentId, organism.insurerId].compactMap({ $0 })
            where self.organism(id: id) == nil {
                throw .invalid(Texts.text("catalog.reason.unknownOrganism", organism.id, id))
            }
            for (route, id) in organism.mediators ?? [:] {
                guard Route.named(route) != nil || route == Country.belgiumKey else {
                    throw .invalid(Texts.text("catalog.reason.unknownRoute", organism.id, route))
                }
                guard self.organism(id: id) != nil else {
                    throw .invalid(Texts.text("catalog.reason.unknownMediator", organism.id, id))
                }
            }
        }
        for rules in routes {
            for id in [rules.courtId, rules.smallClaimsCourtId].compactMap({ $0 }) where organism(id: id) == nil {
                throw .invalid(Texts.text("catalog.reason.unknownCourt", rules.route.rawValue, id))
            }
            if let id = rules.mediatorId, organism(id: id) == nil {
                throw .invalid(Texts.text("catalog.reason.unknownMediator", rules.route.rawValue, id))
            }
        }
        for area in labourCourtAreas {
            let range = "\(area.from)–\(area.to)"
            guard area.from <= area.to, !area.courts.isEmpty else {
                throw .invalid(Texts.text("catalog.reason.emptyArea", range))
            }
            for id in area.courts where organism(id: id)?.kind != .court {
                throw .invalid(Texts.text("catalog.reason.unknownCourt", range, id))
            }
        }
    }

    // MARK: Look-ups

    /// The first organism with this id.
    public func organism(id: String) -> Organism? { positions[id].map { organisms[$0] } }

    private static func positions(of organisms: [Organism]) -> [String: Int] {
        var positions: [String: Int] = [:]
        positions.reserveCapacity(organisms.count)
        for (index, organism) in organisms.enumerated() where positions[organism.id] == nil {
            positions[organism.id] = index
        }
        return positions
    }

    public func funds(in country: Country? = nil) -> [Organism] {
        organisms.filter { $0.kind == .fund && (country == nil || $0.country == country) }
    }

    public func mediators(for route: Route) -> [Organism] {
        organisms.filter { $0.kind.mediates && $0.serves(route) }
    }

    public func rules(for route: Route) -> RouteRules? { routes.first { $0.route == route } }

    /// The escalation route of a dossier, once its country is known. In France the kind of organism decides it: a
    /// catalog fund's own kind, else the kind typed for "Autre organisme", else a mutuelle.
    public func route(of dossier: Dossier) -> Route? {
        guard let country = dossier.country else { return nil }
        let catalogKind = dossier.fund.isOther ? nil : organism(id: dossier.fund.organismId)?.complementaryKind
        return Route(
            country: country, disputeKind: dossier.disputeKind,
            complementaryKind: catalogKind ?? dossier.fund.complementaryKind)
    }

    /// The mediator a fund names for a route (a key may be the route, or its country for every route of it), else
    /// the route's own default mediator.
    public func defaultMediator(fundId: String, route: Route) -> Organism? {
        let fund = fundId == FundChoice.otherId ? nil : organism(id: fundId)
        if let fund, fund.country != route.country { return nil }
        let named = fund.flatMap { fund in
            fund.mediators?[route.rawValue]
                ?? fund.mediators?[route.isFrance ? Route.legacyFrance : Country.belgiumKey]
        }
        // A local fund without its own mediator has its union's.
        let inherited = named ?? fund.flatMap { union(of: $0).mediators?[route.rawValue] }
        guard let id = inherited ?? rules(for: route)?.mediatorId else { return nil }
        return organism(id: id)
    }

    /// A local fund's national union, or the fund itself when it is one.
    public func union(of fund: Organism) -> Organism {
        fund.parentId.flatMap { organism(id: $0) } ?? fund
    }

    /// The competent court of a route for a claim of that amount (nil amount: the general court).
    public func competentCourt(route: Route, amount: Double?) -> Organism? {
        guard let rules = rules(for: route) else { return nil }
        if let amount, let threshold = rules.smallClaimsThreshold, amount <= threshold,
            let id = rules.smallClaimsCourtId
        {
            return organism(id: id)
        }
        return rules.courtId.flatMap { organism(id: $0) }
    }
}

/// A catalog that cannot be used, with a message naming the file.
public enum CatalogError: Error, Equatable, Sendable {
    case notFound(searched: [String])
    case unreadable(path: String, reason: String)
    case invalid(String)

    public var message: String {
        switch self {
        case .notFound(let searched):
            Texts.text("catalog.error.notFound", OrganismCatalog.fileName, searched.joined(separator: ", "))
        case .unreadable(let path, let reason):
            Texts.text("catalog.error.unreadable", path, reason)
        case .invalid(let reason):
            Texts.text("catalog.error.invalid", reason)
        }
    }
}
