import Foundation
import RecoursTestSupport
import Testing

@testable import RecoursCore

#if canImport(Glibc)
    import Glibc
#endif

/// Hostile draft files: whatever is in a file named like a draft, loading it never crashes, never takes unbounded
/// memory, never changes the file, and either gives a dossier or an error naming the file.
/// (The command line and the wizard on the same files: `HostileDraftCLITests`, `HostileInputEndToEndTests`.)
struct HostileDraftTests {
    /// The real drafts the project ships, and the storage tests' sample: the inputs that get cut and mangled.
    static let realDrafts: [(name: String, data: Data)] = {
        let examples = TestSupport.packageRoot.appendingPathComponent("Examples")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []).filter {
            $0.hasSuffix(".json")
        }
        .sorted()
        return names.map { ($0, try! Data(contentsOf: examples.appendingPathComponent($0))) }
            + [("sample.json", DraftStore.encode(DraftStoreTests.sample()))]
    }()

    /// Decodes in memory, expecting a refusal whose message names the file and reads as French.
    @discardableResult
    static func expectRefused(
        _ data: Data, path: String = "/brouillons/hostile.json", _ label: @autoclosure () -> String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> DraftError? {
        do {
            let dossier = try DraftStore.decode(data, path: path)
            Issue.record("\(label()) was accepted: \(dossier.id)", sourceLocation: sourceLocation)
            return nil
        } catch {
            #expect(error.message.contains(path), "\(label()): \(error.message)", sourceLocation: sourceLocation)
            #expect(
                TestSupport.isFrenchSentence(error.message), "\(label()): \(error.message)",
                sourceLocation: sourceLocation)
            return error
        }
    }

    static func isUnreadable(_ error: DraftError?) -> Bool {
        if case .unreadable? = error { return true }
        return false
    }

    // MARK: Truncation

    /// Every prefix of every real draft is refused, except the ones that are the whole JSON text (a cut in the
    /// final line break). 0 bytes included.
    @Test func truncatedAtEveryByte() throws {
        var refused = 0
        for (name, data) in Self.realDrafts {
            let bytes = [UInt8](data)
            let lastBrace = try #require(bytes.lastIndex(of: UInt8(ascii: "}")))
            for length in 0..<bytes.count {
                let prefix = Data(bytes[0..<length])
                if length > lastBrace {
                    #expect(throws: Never.self, "\(name) cut at \(length) is whole") {
                        try DraftStore.decode(prefix, path: name)
                    }
                    continue
                }
                let error = Self.expectRefused(prefix, path: "/brouillons/\(name)", "\(name) cut at \(length)")
                #expect(Self.isUnreadable(error), "\(name) cut at \(length): \(String(describing: error))")
                refused += 1
            }
        }
        #expect(refused > 5_000)
    }

    /// The same on files, through `DraftStore.load`, for a spread of cuts: each file keeps its bytes.
    @Test func truncatedFilesAreLeftUntouched() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        for (name, data) in Self.realDrafts {
            for length in stride(from: 0, to: data.count - 2, by: 89) {
                let url = directory.appendingPathComponent("\(length)-\(name)")
                try data.prefix(length).write(to: url)
                let error = DraftStoreTests.expectLoadFailure(url)
                #expect(Self.isUnreadable(error))
            }
        }
    }

    // MARK: Not JSON, not UTF-8

    @Test func binaryAndInvalidUTF8AreRefused() throws {
        var random = SeededRandom(seed: 0x5EED_0001)
        var cases: [(String, Data)] = [
            ("zéros", Data(count: 4096)),
            ("PDF", Data("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".utf8)),
            ("gzip", Data([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4B, 0x4C, 0x4A, 0x06, 0x00])),
            ("ELF", Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + [UInt8](repeating: 0, count: 56))),
            ("BOM seul", Data([0xEF, 0xBB, 0xBF])),
            ("espaces", Data("   \n\t  ".utf8)),
            ("null", Data("null".utf8)),
            ("chaîne", Data("\"brouillon\"".utf8)),
            ("objet vide", Data("{}".utf8)),
            ("JSON puis déchets", Data("{\"schemaVersion\": 1}garbage".utf8)),
            ("deux objets", DraftStore.encode(DraftStoreTests.sample()) + DraftStore.encode(DraftStoreTests.sample())),
            ("commentaire", Data("// brouillon\n".utf8) + DraftStore.encode(DraftStoreTests.sample())),
            ("NaN", Data("{\"schemaVersion\": NaN}".utf8)),
            ("version énorme", Data("{\"schemaVersion\": 1e400}".utf8)),
        ]
        for index in 0..<40 {
            let count = Int.random(in: 1...2048, using: &random)
            cases.append(
                ("aléatoire \(index)", Data((0..<count).map { _ in UInt8.random(in: 0...255, using: &random) })))
        }
        // Invalid UTF-8 inside the strings of a real draft: a lone continuation byte, a truncated sequence,
        // an overlong form, an encoded surrogate, bytes that never occur in UTF-8.
        let text = try #require(String(data: DraftStore.encode(DraftStoreTests.sample()), encoding: .utf8))
        for (label, bytes) in [
            ("continuation seule", [0x80]), ("séquence tronquée", [0xC3]), ("forme trop longue", [0xC0, 0xAF]),
            ("surrogate", [0xED, 0xA0, 0x80]), ("octet FF", [0xFF]), ("octet FE", [0xFE]),
            ("au-delà de U+10FFFF", [0xF4, 0x90, 0x80, 0x80]),
        ] as [(String, [UInt8])] {
            let pieces = text.components(separatedBy: "Première ligne.")
            try #require(pieces.count == 2)
            cases.append(("UTF-8 invalide : \(label)", Data(pieces[0].utf8) + Data(bytes) + Data(pieces[1].utf8)))
        }
        for (label, data) in cases {
            Self.expectRefused(data, label)
        }
        // The reason says what kind of file it is, when that can be told.
        let reasons: [(Data, String)] = [
            (Data(), "le fichier est vide"), (Data(" \n".utf8), "le fichier est vide"),
            (Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0xFF, 0x00]), "pas du texte UTF-8"),
            (cases.first { $0.0 == "UTF-8 invalide : octet FF" }!.1, "pas du texte UTF-8"),
            (Data("{\"schemaVersion\": 1, \"title\": \"coupé".utf8), "tronqué"),
        ]
        for (data, expected) in reasons {
            let message = Self.expectRefused(data, expected)?.message ?? ""
            #expect(message.contains(expected), "\(expected) (\(data.count) octets): \(message)")
        }
    }

    /// A draft in UTF-16 or UTF-32 (an editor that saved it so) is either read as the same dossier or refused;
    /// never misread.
    @Test func otherUnicodeEncodingsAreReadRightOrRefused() throws {
        let sample = DraftStoreTests.sample()
        let text = try #require(String(data: DraftStore.encode(sample), encoding: .utf8))
        for encoding in [String.Encoding.utf16, .utf16LittleEndian, .utf16BigEndian, .utf32] {
            let data = try #require(text.data(using: encoding))
            do {
                #expect(try DraftStore.decode(data, path: "autre.json") == sample, "\(encoding)")
            } catch {
                #expect(error.message.contains("autre.json"))
            }
        }
    }

    // MARK: Size and depth

    /// 100 MB (sparse: nothing written) is refused from its size, without being read.
    @Test func hundredMegabytesIsRefusedWithoutReadingIt() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let url = directory.appendingPathComponent("cent-mo.json")
        #expect(
            FileManager.default.createFile(
                atPath: url.path, contents: Data("{\"schemaVersion\": 1, \"title\": \"".utf8)))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 100 * 1_048_576)
        try handle.close()
        let error = DraftStoreTests.expectLoadFailure(url)
        #expect(error == .tooLarge(path: url.path, bytes: 100 * 1_048_576))
        #expect(error?.message.contains("100 Mo") == true)
        // The memory of the process that reads it: `HostileDraftCLITests` (one process per file, measured).
    }

    /// Just under the limit, a real file full of garbage is read and refused.
    @Test func largeGarbageUnderTheLimitIsRefused() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        let url = directory.appendingPathComponent("gros.json")
        var data = Data("{\"schemaVersion\": 1, \"title\": [".utf8)
        data.append(Data(repeating: UInt8(ascii: "7"), count: 20 * 1_048_576))
        try data.write(to: url)
        let error = DraftStoreTests.expectLoadFailure(url)
        #expect(Self.isUnreadable(error))
    }

    /// Deeply nested arrays and objects (at the root, under a known key, under an unknown one) are refused with
    /// a message, never a stack overflow.
    @Test(arguments: [600, 10_000, 1_000_000])
    func deeplyNestedJSONIsRefused(depth: Int) throws {
        let arrays = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let objects = String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)
        let unclosed = String(repeating: "[{\"a\":", count: depth / 2)
        for (label, json) in [
            ("racine", arrays), ("objets", objects), ("non fermé", unclosed),
            ("sous une clé connue", "{\"schemaVersion\": 1, \"title\": \(arrays)}"),
            ("sous une clé inconnue", "{\"schemaVersion\": 1, \"extra\": \(objects)}"),
            ("avant la version", "{\"x\": \(arrays), \"schemaVersion\": 1}"),
        ] {
            let error = Self.expectRefused(Data(json.utf8), "\(label), profondeur \(depth)")
            #expect(Self.isUnreadable(error))
            #expect(error?.message.contains("imbriqu") == true, "\(label): \(error?.message ?? "")")
        }
    }

    /// The limit is 512 levels, the root included; brackets inside strings do not count.
    @Test func nestingLimitAndBracketsInStrings() throws {
        func draft(depth: Int) -> Data {
            Data(
                ("{\"schemaVersion\": 1, \"x\": " + String(repeating: "[", count: depth - 1)
                    + String(repeating: "]", count: depth - 1) + "}").utf8)
        }
        #expect(JSONProblem.nestingDepth(draft(depth: 512), above: 512) == 512)
        let tooDeep = Self.expectRefused(draft(depth: 513), "513 niveaux")
        #expect(tooDeep?.message.contains("plus de 512 niveaux") == true)
        // 512 levels is valid JSON: refused for the missing keys, not for the depth.
        let deepEnough = Self.expectRefused(draft(depth: 512), "512 niveaux")
        #expect(deepEnough?.message.contains("niveaux") == false)
        var dossier = DraftStoreTests.sample()
        dossier.title = String(repeating: "[{", count: 5_000) + "\"\\\"[" + String(repeating: "]", count: 3)
        #expect(try DraftStore.decode(DraftStore.encode(dossier), path: "crochets.json") == dossier)
        #expect(JSONProblem.nestingDepth(DraftStore.encode(dossier), above: 512) < 10)
    }

    /// Nesting that Foundation accepts, under a key Recours does not know, is ignored like any unknown key.
    @Test func moderateNestingUnderAnUnknownKeyIsIgnored() throws {
        let sample = DraftStoreTests.sample()
        var object = try #require(try JSONSerialization.jsonObject(with: DraftStore.encode(sample)) as? [String: Any])
        var nested: Any = "fond"
        for _ in 0..<100 { nested = ["n": [nested]] }
        object["extension"] = nested
        let data = try JSONSerialization.data(withJSONObject: object)
        #expect(try DraftStore.decode(data, path: "x.json") == sample)
    }

    // MARK: Wrong types, versions

    /// Every value of a real draft, replaced by a value of every other JSON type: never a crash; a refusal names
    /// the file and the key; an acceptance is a dossier that saves and loads back the same.
    @Test func everyValueWithEveryWrongType() throws {
        let (name, data) = Self.realDrafts[0]
        let root = try JSONSerialization.jsonObject(with: data)
        let paths = Self.leafPaths(root)
        #expect(paths.count > 40)
        let replacements: [Any] = [
            NSNull(), 42, -1, 1.5, "texte", "", true, [Any](), ["x": 1] as [String: Any], [1, "a"] as [Any],
        ]
        var refused = 0
        var accepted = 0
        for path in paths {
            for replacement in replacements {
                let mutated = Self.replacing(root, at: path, with: replacement)
                let json = try JSONSerialization.data(withJSONObject: mutated)
                do {
                    let dossier = try DraftStore.decode(json, path: name)
                    #expect(try DraftStore.decode(DraftStore.encode(dossier), path: name) == dossier)
                    accepted += 1
                } catch {
                    refused += 1
                    #expect(error.message.contains(name))
                    if case .unreadable(_, let reason) = error, let key = path.last(where: { $0.intValue == nil }) {
                        #expect(reason.contains(key.stringValue) || path.count == 1, "\(path): \(reason)")
                    }
                }
            }
        }
        #expect(refused > accepted)
    }

    @Test(arguments: [
        ("2", true), ("99", true), ("9223372036854775807", true), ("0", false), ("-1", false), ("1.5", false),
        ("\"1\"", false), ("null", false), ("true", false), ("[1]", false), ("1e300", false), ("{}", false),
    ])
    func schemaVersionValues(value: String, newer: Bool) throws {
        let text = try #require(String(data: DraftStore.encode(DraftStoreTests.sample()), encoding: .utf8))
        let data = Data(
            text.replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : \(value)").utf8)
        let error = Self.expectRefused(data, "schemaVersion \(value)")
        if newer {
            guard case .newerFormat? = error else {
                Issue.record("\(value): \(String(describing: error))")
                return
            }
            #expect(error?.message.contains("mettez Recours à jour") == true)
        } else {
            #expect(Self.isUnreadable(error), "\(value): \(String(describing: error))")
        }
    }

    @Test func missingSchemaVersionIsRefused() throws {
        var object = try #require(
            try JSONSerialization.jsonObject(with: DraftStore.encode(DraftStoreTests.sample())) as? [String: Any])
        object["schemaVersion"] = nil
        let error = Self.expectRefused(try JSONSerialization.data(withJSONObject: object), "sans version")
        #expect(error?.message.contains("schemaVersion") == true)
    }

    // MARK: Unknown keys (accepted: forward compatibility)

    /// Keys Recours does not know, at every level, are ignored: the draft opens as the same dossier, and saving it
    /// again gives a valid draft with everything Recours knows (the unknown keys are not kept).
    @Test func unknownKeysAreIgnoredAndResavingIsHarmless() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        for (name, data) in Self.realDrafts {
            let original = try DraftStore.decode(data, path: name)
            let root = try JSONSerialization.jsonObject(with: data)
            let extended = Self.addingUnknownKeys(root)
            let url = directory.appendingPathComponent(name)
            let extendedData = try JSONSerialization.data(
                withJSONObject: extended, options: [.prettyPrinted, .sortedKeys])
            try extendedData.write(to: url)
            let loaded = try DraftStore.load(url)
            #expect(loaded == original, "\(name)")
            #expect(try Data(contentsOf: url) == extendedData, "opening does not rewrite the file")
            // Re-saving (what the wizard does after a change) replaces the file with a valid draft.
            try DraftStore.save(loaded, to: url)
            let resaved = try Data(contentsOf: url)
            #expect(try DraftStore.load(url) == original)
            #expect(!String(decoding: resaved, as: UTF8.self).contains("cléInconnue"))
            #expect(DraftStoreTests.names(in: directory).filter { $0.hasPrefix(".") }.isEmpty)
        }
    }

    @Test func duplicateKeysAndAByteOrderMarkNeverCrash() throws {
        let text = try #require(String(data: DraftStore.encode(DraftStoreTests.sample()), encoding: .utf8))
        let duplicated = text.replacingOccurrences(of: "\"title\" :", with: "\"title\" : \"premier\", \"title\" :")
        let withBOM = Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
        for (label, data) in [("clé en double", Data(duplicated.utf8)), ("BOM", withBOM)] {
            do {
                let dossier = try DraftStore.decode(data, path: "d.json")
                #expect(dossier.id == DraftStoreTests.sample().id, "\(label)")
            } catch {
                #expect(error.message.contains("d.json"), "\(label)")
            }
        }
    }

    // MARK: Big but legitimate

    /// 1 MB of facts, a 100 000-character line, 1 000 attachments: saved and read back exactly, privately, in
    /// bounded time.
    @Test func oneMegabyteOfFactsAndAThousandAttachments() throws {
        let directory = try TestSupport.makeTemporaryDirectory()
        defer { TestSupport.remove(directory) }
        var dossier = DraftStoreTests.sample(id: "gros")
        let paragraph = "Le 3 mars 2026, la mutuelle a refusé le remboursement de la séance n° 12 : « hors délai ». "
        dossier.dispute.facts = String(repeating: paragraph + "\n", count: 1_048_576 / paragraph.utf8.count + 1)
        dossier.dispute.whyUnsatisfied = String(repeating: "mot ", count: 25_000)
        dossier.dispute.attachments = (1...1_000).map {
            Attachment(
                description: "Pièce n° \($0) — facture « kiné »", date: "01/03/2026",
                path: "/home/membre/pieces/\($0).pdf")
        }
        #expect(dossier.dispute.facts.utf8.count > 1_048_576)
        let clock = ContinuousClock()
        let elapsed = try clock.measure {
            let url = try DraftStore(directory: directory).save(dossier)
            #expect(DraftStoreTests.mode(url) == 0o600)
            #expect(try DraftStore.load(url) == dossier)
        }
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }

    // MARK: Helpers

    struct Key: CodingKey, Hashable {
        var stringValue: String
        var intValue: Int?
        init(_ string: String) { stringValue = string }
        init(_ index: Int) {
            stringValue = "\(index)"
            intValue = index
        }
        init?(stringValue: String) { self.init(stringValue) }
        init?(intValue: Int) { self.init(intValue) }
    }

    /// The path of every value of a JSON tree (objects and arrays included, the root excluded).
    static func leafPaths(_ value: Any, prefix: [Key] = []) -> [[Key]] {
        var paths: [[Key]] = prefix.isEmpty ? [] : [prefix]
        if let object = value as? [String: Any] {
            for (key, child) in object.sorted(by: { $0.key < $1.key }) {
                paths += leafPaths(child, prefix: prefix + [Key(key)])
            }
        } else if let array = value as? [Any] {
            for (index, child) in array.enumerated() { paths += leafPaths(child, prefix: prefix + [Key(index)]) }
        }
        return paths
    }

    static func replacing(_ value: Any, at path: [Key], with replacement: Any) -> Any {
        guard let first = path.first else { return replacement }
        if var object = value as? [String: Any] {
            object[first.stringValue] = replacing(
                object[first.stringValue] as Any, at: Array(path.dropFirst()), with: replacement)
            return object
        }
        if var array = value as? [Any], let index = first.intValue {
            array[index] = replacing(array[index], at: Array(path.dropFirst()), with: replacement)
            return array
        }
        return value
    }

    /// The same tree with an unknown key of each kind added to every object.
    static func addingUnknownKeys(_ value: Any) -> Any {
        if var object = value as? [String: Any] {
            for (key, child) in object { object[key] = addingUnknownKeys(child) }
            object["cléInconnue"] = "valeur d'une version future"
            object["cléInconnueObjet"] = ["a": [1, 2, ["b": NSNull()]]]
            return object
        }
        if let array = value as? [Any] { return array.map(addingUnknownKeys) }
        return value
    }
}
