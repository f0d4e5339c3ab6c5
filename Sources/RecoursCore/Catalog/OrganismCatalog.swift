import Foundation

/// The organisms (funds, mediators, courts) and the rules of each route, read at run time from
/// `Resources/organisms.json`, completed or corrected by the user's own catalog file.
public struct OrganismCatalog: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1
    public static let fileName = "organisms.json"

    public var schemaVersion: Int
    public var organisms: [Organism]
    public var routes: [RouteRules]

    public init(organisms: [Organism], routes: [RouteRules]) {
        self.schemaVersion = Self.currentSchemaVersion
        self.organisms = organisms
        self.routes = routes
    }

    enum CodingKeys: String, CodingKey { case schemaVersion, organisms, routes }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try c.decode(Int.self, forKey: .schemaVersion)
        organisms = try c.decodeIfPresent([Organism].self, forKey: .organisms) ?? []
        routes = try c.decodeIfPresent([RouteRules].self, forKey: .routes) ?? []
    }

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
            catalog = try JSONDecoder().decode(OrganismCatalog.self, from: data)
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
            if let id = organism.medicalAdviserComplaintsId, self.organism(id: id) == nil {
                throw .invalid(Texts.text("catalog.reason.unknownOrganism", organism.id, id))
            }
            for (route, id) in organism.mediators ?? [:] {
                guard Route(rawValue: route) != nil else {
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
        }
    }

    // MARK: Look-ups

    public func organism(id: String) -> Organism? { organisms.first { $0.id == id } }

    public func funds(in country: Country? = nil) -> [Organism] {
        organisms.filter { $0.kind == .fund && (country == nil || $0.country == country) }
    }

    public func mediators(for route: Route) -> [Organism] {
        organisms.filter { $0.kind.mediates && $0.serves(route) }
    }

    public func rules(for route: Route) -> RouteRules? { routes.first { $0.route == route } }

    /// The mediator a fund names for a route, if it names one.
    public func defaultMediator(fundId: String, route: Route) -> Organism? {
        guard let id = organism(id: fundId)?.mediators?[route.rawValue] else { return nil }
        return organism(id: id)
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
