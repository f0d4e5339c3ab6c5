import Foundation
import RecoursTestSupport
import Testing

@testable import RecoursCore

/// The catalog's quick reading (`JSONTreeReader`, `OrganismCatalog(tree:)`) against `JSONDecoder`, its reference:
/// wherever the quick one gives a catalog, `JSONDecoder` gives the same one; where it gives up, `read` answers with
/// `JSONDecoder`'s value or error.
@Suite struct CatalogTreeReadingTests {
    static let shippedData: Data = {
        guard let data = try? Data(contentsOf: TestSupport.shippedCatalogURL) else { fatalError("no catalog") }
        return data
    }()

    /// The quick catalog, nil where it gives up; when it does not, it equals the reference.
    func expectAgreement(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        guard let tree = try? JSONTreeReader.read(data), let quick = try? OrganismCatalog(tree: tree) else {
            return false
        }
        let reference = try? JSONDecoder().decode(OrganismCatalog.self, from: data)
        #expect(
            reference == quick, "\(String(decoding: data, as: UTF8.self).prefix(400))", sourceLocation: sourceLocation)
        return true
    }

    @Test func theShippedCatalogIsReadQuicklyAndAsJSONDecoderReadsIt() throws {
        #expect(expectAgreement(Self.shippedData))
        let tree = try JSONTreeReader.read(Self.shippedData)
        #expect(try OrganismCatalog(tree: tree).organisms.count == TestSupport.catalog.organisms.count)
    }

    /// A field added to a type and not to its quick reading must not be dropped silently: every stored property
    /// (a coded field: the coding keys have the properties' names) is among the keys the quick reading knows.
    @Test func everyFieldOfEveryCatalogTypeIsKnownToTheQuickReading() {
        func fields(_ value: Any) -> Set<String> { Set(Mirror(reflecting: value).children.compactMap(\.label)) }
        let catalog = TestSupport.catalog
        let organism = catalog.organisms[0]
        #expect(fields(catalog).subtracting(["positions"]) == Set(OrganismCatalog.treeKeys))
        #expect(fields(organism) == Set(Organism.treeKeys))
        #expect(fields(organism.contact) == Set(ContactPoint.treeKeys))
        #expect(fields(LocalizedContact()) == Set(LocalizedContact.treeKeys))
        #expect(fields(catalog.routes[0]) == Set(RouteRules.treeKeys))
        #expect(fields(catalog.routes[0].delays[0]) == Set(Delay.treeKeys))
        #expect(fields(catalog.labourCourtAreas[0]) == Set(LabourCourtArea.treeKeys))
        // `TreeFields` marks the keys it has seen in 64 bits.
        let lists = [
            OrganismCatalog.treeKeys, Organism.treeKeys, ContactPoint.treeKeys, LocalizedContact.treeKeys,
            RouteRules.treeKeys, Delay.treeKeys, LabourCourtArea.treeKeys,
        ]
        #expect(lists.allSatisfy { $0.count <= 64 && Set($0).count == $0.count })
    }

    @Test func aFileTheQuickReadingGivesUpOnGetsJSONDecodersValueOrError() throws {
        let folder = try TestSupport.makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A user's comment (an unknown key): read by JSONDecoder, which ignores it.
        let commented = folder.appendingPathComponent("commented.json")
        try Data(#"{"schemaVersion": 2, "comment": "mine", "organisms": []}"#.utf8).write(to: commented)
        #expect(try OrganismCatalog.read(commented).organisms.isEmpty)
        // A count as a string: JSONDecoder's error, which names the field.
        let wrong = folder.appendingPathComponent("wrong.json")
        try Data(#"{"schemaVersion": "2"}"#.utf8).write(to: wrong)
        do throws(CatalogError) {
            _ = try OrganismCatalog.read(wrong)
            Issue.record("a version as a string was read")
        } catch {
            #expect(error.message.contains("schemaVersion"))
        }
    }

    /// A small catalog damaged in thousands of ways, in its values and in its bytes.
    @Test func damagedCatalogsAgree() throws {
        var small = TestSupport.catalog
        small.organisms =
            Array(small.organisms.prefix(8))
            + small.organisms.filter { $0.contact.localized != nil }
            .prefix(2)
        small.routes = Array(small.routes.prefix(3))
        small.labourCourtAreas = Array(small.labourCourtAreas.prefix(6))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let base = try encoder.encode(small)
        #expect(expectAgreement(base))
        let object = try JSONSerialization.jsonObject(with: base)
        var random = SeededRandom(seed: 0xCA7A_1061)
        var read = 0
        for round in 0..<600 {
            let data: Data
            if round % 4 == 3 {
                var bytes = Array(base)
                for _ in 0..<Int.random(in: 1...3, using: &random) {
                    let at = Int.random(in: 0..<bytes.count, using: &random)
                    switch Int.random(in: 0..<3, using: &random) {
                    case 0: bytes.remove(at: at)
                    case 1: bytes.insert(bytes[at], at: at)
                    default: bytes[at] = Array(#"{}[],:"\0-e.9n"#.utf8).randomElement(using: &random)!
                    }
                }
                data = Data(bytes)
            } else {
                var damaged = object
                for _ in 0..<Int.random(in: 1...2, using: &random) { damaged = damage(damaged, using: &random) }
                data = try JSONSerialization.data(withJSONObject: damaged)
            }
            if expectAgreement(data) { read += 1 }
        }
        #expect(read > 120)
    }

    /// One value somewhere in the tree changed: removed, nulled, of another type, an unknown key, a number that
    /// is not a plain integer, an unknown name.
    func damage(_ value: Any, using random: inout SeededRandom) -> Any {
        let replacements: [Any] = [
            NSNull(), "texte", 5, 1.0, 1e2, -0.0, 3.5, true, false, [Any](), [String: Any](), "france", "xx", 1e300,
        ]
        if var object = value as? [String: Any], !object.isEmpty {
            let key = object.keys.sorted().randomElement(using: &random)!
            switch Int.random(in: 0..<6, using: &random) {
            case 0: object[key] = nil
            case 1: object["unknownField"] = "x"
            case 2: object[key] = replacements.randomElement(using: &random)!
            default: object[key] = damage(object[key]!, using: &random)
            }
            return object
        }
        if var array = value as? [Any], !array.isEmpty {
            let at = Int.random(in: 0..<array.count, using: &random)
            if Int.random(in: 0..<4, using: &random) == 0 {
                array[at] = replacements.randomElement(using: &random)!
            } else {
                array[at] = damage(array[at], using: &random)
            }
            return array
        }
        return replacements.randomElement(using: &random)!
    }
}

/// `JSONTreeReader` against `JSONDecoder` on any JSON: every document the reader accepts, `JSONDecoder` reads to
/// the same values; every one `JSONDecoder` refuses, the reader refuses.
@Suite struct JSONTreeReaderTests {
    indirect enum Value: Decodable, Equatable {
        case null, bool(Bool), number(Double), string(String), array([Value]), object([String: Value])

        init(from decoder: any Decoder) throws {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() {
                self = .null
            } else if let value = try? single.decode(Bool.self) {
                self = .bool(value)
            } else if let value = try? single.decode(Double.self) {
                self = .number(value)
            } else if let value = try? single.decode(String.self) {
                self = .string(value)
            } else if let value = try? single.decode([Value].self) {
                self = .array(value)
            } else {
                self = .object(try single.decode([String: Value].self))
            }
        }

        /// The reader's node as the same value; nil for a number `JSONDecoder` would not read as a double.
        init?(_ node: JSONNode) {
            switch node {
            case .null: self = .null
            case .bool(let value): self = .bool(value)
            case .number:
                guard let value = try? TreeFields.double(node) else { return nil }
                self = .number(value)
            case .string(let text): self = .string(text)
            case .array(let nodes):
                var values: [Value] = []
                for node in nodes {
                    guard let value = Value(node) else { return nil }
                    values.append(value)
                }
                self = .array(values)
            case .object(let object):
                var members: [String: Value] = [:]
                for (key, node) in zip(object.keys, object.values) {
                    // A key given twice: the reader keeps both, its readers refuse the object.
                    guard let value = Value(node), members.updateValue(value, forKey: key) == nil else { return nil }
                }
                self = .object(members)
            }
        }
    }

    func expectAgreement(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let reference = try? JSONDecoder().decode(Value.self, from: data)
        guard let node = try? JSONTreeReader.read(data) else { return false }
        guard let quick = Value(node) else { return false }
        #expect(
            reference == quick, "\(String(decoding: data, as: UTF8.self).prefix(300))", sourceLocation: sourceLocation)
        return true
    }

    @Test func stringsAreReadAsJSONDecoderReadsThem() {
        let bodies = [
            "plain", "é à « » – €", "tab\\tnew\\nline", "\\u00e9", "\\ud83d\\ude00", "\\ud83d", "\\ude00", "\\u0000",
            "\\/", "\\\\", "\\\"", "\\x", "\t", "\u{01}", "\\uD834\\uDD1E", "\\u12", "e\u{301}", "a\\nb\\u00e9c",
        ]
        var read = 0
        for body in bodies {
            if expectAgreement(Data("{\"k\":\"\(body)\"}".utf8)) { read += 1 }
            if expectAgreement(Data("{\"\(body)\":[\"\(body)\", \"x\"]}".utf8)) { read += 1 }
        }
        #expect(read > 20)
        // Invalid UTF-8 and a byte-order mark are refused.
        #expect((try? JSONTreeReader.read(Data([0x22, 0xC3, 0x22]))) == nil)
        #expect((try? JSONTreeReader.read(Data([0xEF, 0xBB, 0xBF] + Array("{}".utf8)))) == nil)
    }

    @Test func numbersAreReadAsJSONDecoderReadsThem() {
        let literals = [
            "0", "-0", "7", "-7", "1.0", "1.5", "-2.50", "1e3", "1E3", "1e+3", "2.5e-3", "1e-400", "0e5", "1e400",
            "9223372036854775807", "9223372036854775808", "1.7976931348623157e308", "4.9e-324", "00", "01", "-",
            "1.", ".5", "+1", "1e", "0.1", "123456789012345678901234567890", "9007199254740993", "1.0e0", "-",
        ]
        var read = 0
        for literal in literals where expectAgreement(Data("[\(literal)]".utf8)) { read += 1 }
        #expect(read > 15)
    }

    @Test func aKeyGivenTwiceIsKeptTwiceForTheCatalogReadingToRefuse() throws {
        guard case .object(let object) = try JSONTreeReader.read(Data(#"{"a":1,"a":2}"#.utf8)) else {
            Issue.record("not an object")
            return
        }
        #expect(object.keys == ["a", "a"])
        let twice = Data(#"{"schemaVersion": 2, "schemaVersion": 1}"#.utf8)
        #expect((try? OrganismCatalog(tree: JSONTreeReader.read(twice))) == nil)
        let table = Data(#"{"schemaVersion": 2, "areaSources": {"a": "x", "a": "y"}}"#.utf8)
        #expect((try? OrganismCatalog(tree: JSONTreeReader.read(table))) == nil)
    }

    /// Random documents, valid and damaged.
    @Test func generatedDocumentsAgree() {
        var random = SeededRandom(seed: 0x5EED_1234)
        var read = 0
        for round in 0..<3_000 {
            var text = randomValue(depth: 0, using: &random)
            if round % 3 == 0, !text.isEmpty {
                var bytes = Array(text.utf8)
                let at = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes.remove(at: at)
                case 1: bytes.insert(bytes[at], at: at)
                default: bytes[at] = Array("{}[],:\"\\0-e.".utf8).randomElement(using: &random)!
                }
                text = String(decoding: bytes, as: UTF8.self)
            }
            if expectAgreement(Data(text.utf8)) { read += 1 }
        }
        #expect(read > 1_000)
    }

    func randomValue(depth: Int, using random: inout SeededRandom) -> String {
        switch Int.random(in: 0..<9, using: &random) {
        case 0 where depth < 4, 1 where depth == 0:
            let count = Int.random(in: 0..<6, using: &random)
            return "{"
                + (0..<count).map { _ in
                    "\"\(randomString(using: &random))\" : \(randomValue(depth: depth + 1, using: &random))"
                }.joined(separator: ",") + "}"
        case 2 where depth < 4:
            let count = Int.random(in: 0..<5, using: &random)
            return "[ "
                + (0..<count).map { _ in randomValue(depth: depth + 1, using: &random) }
                .joined(separator: ", ") + "]"
        case 3: return ["true", "false", "null"].randomElement(using: &random)!
        case 4, 5:
            return ["0", "-1", "42", "3.25", "1e2", "-0.0", "255", "1.0", "99999999999999999999", "2E-3"]
                .randomElement(using: &random)!
        default: return "\"\(randomString(using: &random))\""
        }
    }

    func randomString(using random: inout SeededRandom) -> String {
        let pieces = ["a", "é", "«", "€", "\\n", "\\\"", "\\u00e9", "\\ud83d\\ude00", " ", "k", "\\/", "–", "\\t"]
        return (0..<Int.random(in: 0..<5, using: &random)).map { _ in pieces.randomElement(using: &random)! }
            .joined()
    }
}

/// The list's cache read from its JSON tree (`ListingCache(tree:)`) is the one `JSONDecoder` reads.
@Suite struct ListingCacheTreeReadingTests {
    @Test func generatedCachesAreReadAsJSONDecoderReadsThem() throws {
        var random = SeededRandom(seed: 0x11_57CA_C4E)
        var summaries: [String: ListingCache.Summary] = [:]
        for n in 0..<500 {
            var checked: [String: Bool] = [:]
            for k in 0..<Int.random(in: 0..<3, using: &random) {
                checked["/tmp/pièce \(k) \(n).pdf"] = Bool.random(using: &random)
            }
            let date =
                n % 7 == 0 ? nil : Date(timeIntervalSinceReferenceDate: Double.random(in: 0..<1e9, using: &random))
            summaries["brouillon-\(n).json"] = ListingCache.Summary(
                stamp: FileStamp(
                    size: Int64.random(in: 0..<2_000_000, using: &random),
                    modifiedNanoseconds: Int64.random(in: 0..<Int64.max, using: &random),
                    inode: UInt64.random(in: 0...UInt64.max, using: &random)),
                updatedAt: date, text: "Dossier « \(n) » — étape \(n % 4 + 1)\n\tsuite \\ \"fin\"",
                checkedFiles: checked)
        }
        let cache = ListingCache(key: "clé", summaries: summaries)
        let data = try JSONEncoder().encode(cache)
        let quick = try ListingCache(tree: JSONTreeReader.read(data))
        let reference = try JSONDecoder().decode(ListingCache.self, from: data)
        #expect(quick.key == reference.key && quick.format == reference.format)
        #expect(quick.summaries == reference.summaries)
        #expect(ListingCache.read(data)?.summaries == reference.summaries)
    }

    @Test func aCacheTheTreeReadingGivesUpOnIsReadByJSONDecoder() throws {
        // A summary's size written as 1.0: JSONDecoder reads it as 1, the tree reading gives up.
        let data = Data(#"{"format": 2, "key": "k", "summaries": {"a.json": [1.0, 2, 3, null, "texte"]}}"#.utf8)
        #expect((try? ListingCache(tree: JSONTreeReader.read(data))) == nil)
        #expect(ListingCache.read(data)?.summaries["a.json"]?.stamp.size == 1)
    }
}
