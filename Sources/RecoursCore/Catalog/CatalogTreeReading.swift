/// The catalog read straight from its JSON tree (`JSONTreeReader`), without `Codable`.
///
/// Why: `JSONDecoder` took 9–11 ms to decode the 300 KB catalog, at every start of every command; profiles put
/// most of it in `Codable`'s generic machinery (a container box and generic metadata looked up for every value,
/// retains and releases), which a second `Decoder` over a parsed tree did not remove (tried: 20 % less). This reads
/// the same fields by name.
///
/// It is never the judge of a file: anything it is not sure to read exactly as `init(from:)` does — an unknown key
/// (a field added to a type and not here, or a user's comment), a null, a number that is not a plain integer where
/// one is asked, a value of another type — makes it give up, and `OrganismCatalog.read` hands the file to
/// `JSONDecoder`, whose value or error is the answer. `CatalogTreeReadingTests` checks that both give the same
/// catalog for the shipped file and for thousands of damaged ones, and that every coding key of every type is known
/// here.
extension OrganismCatalog {
    init(tree node: JSONNode) throws(JSONTreeRefusal) {
        let fields = try TreeFields(node, known: Self.treeKeys)
        guard let version = try fields.integer("schemaVersion") else { throw TreeFields.refusal }
        self.init(
            organisms: try fields.array("organisms", Organism.init(tree:)) ?? [],
            routes: try fields.array("routes", RouteRules.init(tree:)) ?? [],
            labourCourtAreas: try fields.array("labourCourtAreas", LabourCourtArea.init(tree:)) ?? [],
            areaSources: try fields.table("areaSources", TreeFields.string) ?? [:])
        schemaVersion = version
    }

    static let treeKeys = ["schemaVersion", "organisms", "routes", "labourCourtAreas", "areaSources"]
}

extension Organism {
    init(tree node: JSONNode) throws(JSONTreeRefusal) {
        let fields = try TreeFields(node, known: Self.treeKeys)
        var routes: [Route] = []
        for raw in try fields.array("routes", TreeFields.string) ?? [] {
            // As `init(from:)`: the legacy "france" stands for every French route.
            guard let named = Route.named(raw) else { throw TreeFields.refusal }
            routes += named.filter { !routes.contains($0) }
        }
        self.init(
            id: try fields.required("id", TreeFields.string),
            name: try fields.required("name", TreeFields.string),
            article: try fields.string("article"),
            shortName: try fields.string("shortName"),
            country: try fields.required("country", TreeFields.choice),
            kind: try fields.required("kind", TreeFields.choice),
            routes: routes,
            description: try fields.string("description"),
            contact: try fields.value("contact", ContactPoint.init(tree:)) ?? ContactPoint(),
            customerService: try fields.value("customerService", ContactPoint.init(tree:)),
            complaints: try fields.value("complaints", ContactPoint.init(tree:)),
            mediators: try fields.table("mediators", TreeFields.string),
            medicalAdviserComplaintsId: try fields.string("medicalAdviserComplaintsId"),
            notes: try fields.array("notes", TreeFields.string),
            source: try fields.string("source") ?? "",
            names: try fields.table("names", TreeFields.string),
            parentId: try fields.string("parentId"),
            complementaryKind: try fields.value("complementaryKind", TreeFields.choice),
            language: try fields.value("language", TreeFields.choice),
            division: try fields.string("division"),
            verified: try fields.string("verified"),
            insurerId: try fields.string("insurerId"))
        localizedDescriptions = try fields.table("localizedDescriptions", TreeFields.string)
        localizedNotes = try fields.table("localizedNotes") { node throws(JSONTreeRefusal) in
            try TreeFields.strings(node)
        }
        localizedSources = try fields.table("localizedSources", TreeFields.string)
    }

    static let treeKeys = [
        "id", "name", "article", "shortName", "country", "kind", "routes", "description", "contact",
        "customerService", "complaints", "mediators", "notes", "localizedNotes", "localizedDescriptions", "source",
        "localizedSources", "medicalAdviserComplaintsId", "names", "parentId", "complementaryKind", "language",
        "division", "verified",
        "insurerId",
    ]
}

extension ContactPoint {
    init(tree node: JSONNode) throws(JSONTreeRefusal) {
        let fields = try TreeFields(node, known: Self.treeKeys)
        self.init(
            name: try fields.string("name"),
            address: try fields.array("address", TreeFields.string) ?? [],
            phone: try fields.string("phone"),
            email: try fields.string("email"),
            website: try fields.string("website"),
            hours: try fields.string("hours"),
            delays: try fields.array("delays", Delay.init(tree:)) ?? [],
            source: try fields.string("source"),
            unconfirmed: try fields.bool("unconfirmed"),
            localized: try fields.table("localized", LocalizedContact.init(tree:)))
        localizedSources = try fields.table("localizedSources", TreeFields.string)
    }

    static let treeKeys = [
        "name", "address", "phone", "email", "website", "hours", "delays", "source", "localizedSources",
        "unconfirmed", "localized",
    ]
}

extension LocalizedContact {
    init(tree node: JSONNode) throws(JSONTreeRefusal) {
        let fields = try TreeFields(node, known: Self.treeKeys)
        self.init(name: try fields.string("name"), address: try fields.array("address", TreeFields.string))
    }

    static let treeKeys = ["name", "address"]
}

extension Delay {
    init(tree node: JSONNode) throws(JSONTreeRefusal) {
        let fields = try TreeFields(node, known: Self.treeKeys)
        guard let amount = try fields.integer("amount") else { throw TreeFields.refusal }
        self.init(
            kind: try fields.required("kind", TreeFields.choice),
            amount: amount,
            unit: try fields.required("unit", TreeFields.choice),
            source: try fields.required("source", TreeFields.string),
            unconfirmed: try fields.bool("unconfirmed"),
            fromEndOfMonth: try fields.bool("fromEndOfMonth"))
        localizedSources = try fields.table("localizedSources", TreeFields.string)
    }

    static let treeKeys = ["kind", "amount", "unit", "source", "unconfirmed", "fromEndOfMonth", "localizedSources"]
}

extension RouteRules {
    init(tree node: JSONNode) throws(JSONTreeRefusal) {
        let fields = try TreeFields(node, known: Self.treeKeys)
        self.init(
            route: try fields.required("route", TreeFields.choice),
            delays: try fields.required("delays") { node throws(JSONTreeRefusal) in
                try TreeFields.elements(node, Delay.init(tree:))
            },
            mediatorId: try fields.string("mediatorId"),
            prescriptionInterruption: try fields.string("prescriptionInterruption"),
            amicableAttemptThreshold: try fields.value("amicableAttemptThreshold", TreeFields.double),
            amicableAttemptSource: try fields.string("amicableAttemptSource"),
            courtId: try fields.string("courtId"),
            smallClaimsCourtId: try fields.string("smallClaimsCourtId"),
            smallClaimsThreshold: try fields.value("smallClaimsThreshold", TreeFields.double),
            notes: try fields.array("notes", TreeFields.string))
    }

    static let treeKeys = [
        "route", "delays", "mediatorId", "prescriptionInterruption", "amicableAttemptThreshold",
        "amicableAttemptSource", "courtId", "smallClaimsCourtId", "smallClaimsThreshold", "notes",
    ]
}

extension LabourCourtArea {
    init(tree node: JSONNode) throws(JSONTreeRefusal) {
        let fields = try TreeFields(node, known: Self.treeKeys)
        guard let from = try fields.integer("from"), let to = try fields.integer("to") else {
            throw TreeFields.refusal
        }
        self.init(
            from: from, to: to,
            courts: try fields.required("courts") { node throws(JSONTreeRefusal) in try TreeFields.strings(node) },
            language: try fields.required("language", TreeFields.choice),
            facilities: try fields.bool("facilities"),
            municipalities: try fields.string("municipalities"),
            source: try fields.required("source", TreeFields.string),
            unconfirmed: try fields.bool("unconfirmed"))
    }

    static let treeKeys = [
        "from", "to", "courts", "language", "facilities", "municipalities", "source", "unconfirmed",
    ]
}

/// One object's fields, read by name. A field that is missing and a field that is null both read as absent for
/// an optional field, as `decodeIfPresent` has it; a required one is then refused.
struct TreeFields {
    static let refusal = JSONTreeRefusal(offset: 0)

    let object: JSONObject

    /// Refuses anything but an object, an object with a key that is not `known`, and one with a key given twice
    /// (which of the two `JSONDecoder` keeps is its own business).
    init(_ node: JSONNode, known: [String]) throws(JSONTreeRefusal) {
        guard case .object(let object) = node else { throw Self.refusal }
        var seen: UInt64 = 0  // bit i: known[i] was met (no type has more than 64 fields: a test checks)
        for key in object.keys {
            guard let index = known.firstIndex(of: key), seen & (1 << index) == 0 else { throw Self.refusal }
            seen |= 1 << index
        }
        self.object = object
    }

    /// The field's node, nil when missing or null.
    private func node(_ key: String) -> JSONNode? {
        guard let position = object.position(of: key) else { return nil }
        if case .null = object.values[position] { return nil }
        return object.values[position]
    }

    func value<T>(_ key: String, _ read: (JSONNode) throws(JSONTreeRefusal) -> T) throws(JSONTreeRefusal) -> T? {
        guard let node = node(key) else { return nil }
        return try read(node)
    }

    func required<T>(_ key: String, _ read: (JSONNode) throws(JSONTreeRefusal) -> T) throws(JSONTreeRefusal) -> T {
        guard let node = node(key) else { throw Self.refusal }
        return try read(node)
    }

    func string(_ key: String) throws(JSONTreeRefusal) -> String? { try value(key, Self.string) }
    func bool(_ key: String) throws(JSONTreeRefusal) -> Bool? { try value(key, Self.bool) }
    func integer(_ key: String) throws(JSONTreeRefusal) -> Int? { try value(key, Self.integer) }

    func array<T>(_ key: String, _ read: (JSONNode) throws(JSONTreeRefusal) -> T) throws(JSONTreeRefusal) -> [T]? {
        guard let node = node(key) else { return nil }
        return try Self.elements(node, read)
    }

    func table<T>(_ key: String, _ read: (JSONNode) throws(JSONTreeRefusal) -> T) throws(JSONTreeRefusal)
        -> [String: T]?
    {
        guard let node = node(key) else { return nil }
        guard case .object(let object) = node else { throw Self.refusal }
        var table: [String: T] = [:]
        table.reserveCapacity(object.keys.count)
        for (key, value) in zip(object.keys, object.values) {
            guard table.updateValue(try read(value), forKey: key) == nil else { throw Self.refusal }
        }
        return table
    }

    static func elements<T>(_ node: JSONNode, _ read: (JSONNode) throws(JSONTreeRefusal) -> T) throws(JSONTreeRefusal)
        -> [T]
    {
        guard case .array(let nodes) = node else { throw Self.refusal }
        var elements: [T] = []
        elements.reserveCapacity(nodes.count)
        for node in nodes { elements.append(try read(node)) }
        return elements
    }

    static func strings(_ node: JSONNode) throws(JSONTreeRefusal) -> [String] { try elements(node, string) }

    static func string(_ node: JSONNode) throws(JSONTreeRefusal) -> String {
        guard case .string(let text) = node else { throw refusal }
        return text
    }

    static func bool(_ node: JSONNode) throws(JSONTreeRefusal) -> Bool {
        guard case .bool(let value) = node else { throw refusal }
        return value
    }

    /// A plain integer (`1.0` and `1e3`, which `JSONDecoder` reads by rules of its own, are refused).
    static func integer(_ node: JSONNode) throws(JSONTreeRefusal) -> Int {
        guard case .number(let literal) = node,
            !literal.utf8.contains(where: {
                $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E")
            }),
            let value = Int(literal)
        else { throw refusal }
        return value
    }

    /// A double. Refused: a number too large for one, or too small to be told from zero, and `0e5` (which
    /// `JSONDecoder` refuses as a double, though it is JSON, and reads as an integer).
    static func double(_ node: JSONNode) throws(JSONTreeRefusal) -> Double {
        guard case .number(let literal) = node, let value = Double(literal), value.isFinite,
            !literal.hasPrefix("0e"), !literal.hasPrefix("0E")
        else { throw refusal }
        if value == 0 {
            let mantissa = literal.utf8.prefix { $0 != UInt8(ascii: "e") && $0 != UInt8(ascii: "E") }
            if mantissa.contains(where: { $0 >= UInt8(ascii: "1") && $0 <= UInt8(ascii: "9") }) { throw refusal }
        }
        return value
    }

    /// A value of a string enum.
    static func choice<T: RawRepresentable>(_ node: JSONNode) throws(JSONTreeRefusal) -> T where T.RawValue == String {
        guard case .string(let text) = node, let value = T(rawValue: text) else { throw refusal }
        return value
    }
}
