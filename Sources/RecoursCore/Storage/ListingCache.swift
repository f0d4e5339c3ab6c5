import Foundation

/// What identifies a draft file's content without reading it: its size, its modification time and its inode. An
/// atomic save (a new file renamed over the old one) changes the inode; an edit in place changes the time.
public struct FileStamp: Codable, Equatable, Sendable {
    public let size: Int64
    public let modifiedNanoseconds: Int64
    public let inode: UInt64

    public init(size: Int64, modifiedNanoseconds: Int64, inode: UInt64) {
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
        self.inode = inode
    }

    /// No file: never equal to a real one's stamp.
    public static let none = FileStamp(size: -1, modifiedNanoseconds: 0, inode: 0)

    public static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileStamp(
            size: Int64(info.st_size),
            modifiedNanoseconds: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            inode: UInt64(info.st_ino))
    }
}

/// The summaries `recours list` printed for each draft of a folder, kept in the cache folder (never in the drafts
/// folder, which a listing does not write to) so that the next listing reads only the drafts that changed. A
/// summary is used only for a file whose stamp is the same, in a listing made with the same key (program version,
/// interface language, today's date, catalog), and while the attachments it checked exist as they did; anything
/// it cannot match is recomputed from the draft. The file is private (0600, in a 0700 folder): it holds titles and
/// next steps.
public struct ListingCache: Codable, Sendable {
    /// The cache file of a drafts folder, in the cache folder: one per folder.
    public static func file(for draftsDirectory: URL, in cacheDirectory: URL) -> URL {
        let name = fingerprint([Data(draftsDirectory.standardizedFileURL.path.utf8)])
        return cacheDirectory.appendingPathComponent("list-\(name).json")
    }
    static let formatVersion = 2

    public struct Summary: Codable, Equatable, Sendable {
        public let stamp: FileStamp
        /// The draft's `updatedAt`, for the order of the list; nil for a draft that cannot be read.
        public let updatedAt: Date?
        /// What the listing prints for the draft, or why it cannot be read.
        public let text: String
        /// The attachments' paths the validator checked, and whether each existed then.
        public let checkedFiles: [String: Bool]

        public init(stamp: FileStamp, updatedAt: Date?, text: String, checkedFiles: [String: Bool]) {
            self.stamp = stamp
            self.updatedAt = updatedAt
            self.text = text
            self.checkedFiles = checkedFiles
        }

        // One array per summary — size, modification time, inode, `updatedAt` or null, text, then each checked path
        // and whether it existed — rather than nested objects: reading 10,000 objects with their keys was most of
        // a cached listing's time (format 2).
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.unkeyedContainer()
            try c.encode(stamp.size)
            try c.encode(stamp.modifiedNanoseconds)
            try c.encode(stamp.inode)
            if let updatedAt { try c.encode(updatedAt.timeIntervalSinceReferenceDate) } else { try c.encodeNil() }
            try c.encode(text)
            for (path, existed) in checkedFiles.sorted(by: { $0.key < $1.key }) {
                try c.encode(path)
                try c.encode(existed)
            }
        }

        /// `init(from:)`, from the JSON tree.
        init(tree node: JSONNode) throws(JSONTreeRefusal) {
            guard case .array(let values) = node, values.count >= 5, values.count % 2 == 1,
                case .number(let size) = values[0], let sizeValue = Int64(size),
                case .number(let modified) = values[1], let modifiedValue = Int64(modified),
                case .number(let inode) = values[2], !inode.hasPrefix("-"), let inodeValue = UInt64(inode),
                case .string(let text) = values[4]
            else { throw TreeFields.refusal }
            stamp = FileStamp(size: sizeValue, modifiedNanoseconds: modifiedValue, inode: inodeValue)
            if case .null = values[3] {
                updatedAt = nil
            } else {
                updatedAt = Date(timeIntervalSinceReferenceDate: try TreeFields.double(values[3]))
            }
            self.text = text
            var checked: [String: Bool] = [:]
            var i = 5
            while i < values.count {
                guard case .string(let path) = values[i], case .bool(let existed) = values[i + 1] else {
                    throw TreeFields.refusal
                }
                // `init(from:)` keeps the last of a path given twice; the encoder never writes one twice.
                checked[path] = existed
                i += 2
            }
            checkedFiles = checked
        }

        public init(from decoder: any Decoder) throws {
            var c = try decoder.unkeyedContainer()
            stamp = FileStamp(
                size: try c.decode(Int64.self), modifiedNanoseconds: try c.decode(Int64.self),
                inode: try c.decode(UInt64.self))
            updatedAt = try c.decodeNil() ? nil : Date(timeIntervalSinceReferenceDate: try c.decode(Double.self))
            text = try c.decode(String.self)
            var checked: [String: Bool] = [:]
            while !c.isAtEnd { checked[try c.decode(String.self)] = try c.decode(Bool.self) }
            checkedFiles = checked
        }
    }

    var format: Int
    public var key: String
    /// By file name.
    public var summaries: [String: Summary]

    public init(key: String, summaries: [String: Summary] = [:]) {
        self.format = Self.formatVersion
        self.key = key
        self.summaries = summaries
    }

    /// The cache of the folder for this key; an empty one when it is missing, unreadable, of another key or format.
    public static func load(from url: URL, key: String) -> ListingCache {
        guard let data = try? Data(contentsOf: url), let cache = read(data), cache.format == formatVersion,
            cache.key == key
        else { return ListingCache(key: key) }
        return cache
    }

    /// The cache in a file: read from its JSON tree (`init(tree:)`), or by `JSONDecoder` where the tree reading
    /// gives up. Decoding 10,000 summaries through `Codable` was a quarter of a cached listing.
    static func read(_ data: Data) -> ListingCache? {
        if let tree = try? JSONTreeReader.read(data), let cache = try? ListingCache(tree: tree) { return cache }
        return try? JSONDecoder().decode(ListingCache.self, from: data)
    }

    /// The fields `encode(to:)` writes, read by name; anything else (a field more, a null, a number that is not a
    /// plain integer where one is written) gives up.
    init(tree node: JSONNode) throws(JSONTreeRefusal) {
        let fields = try TreeFields(node, known: ["format", "key", "summaries"])
        guard let format = try fields.integer("format"), let key = try fields.string("key") else {
            throw TreeFields.refusal
        }
        self.init(
            key: key,
            summaries: try fields.required("summaries") { node throws(JSONTreeRefusal) in
                guard case .object(let object) = node else { throw TreeFields.refusal }
                var summaries: [String: Summary] = [:]
                summaries.reserveCapacity(object.keys.count)
                for (name, value) in zip(object.keys, object.values) {
                    guard summaries.updateValue(try Summary(tree: value), forKey: name) == nil else {
                        throw TreeFields.refusal
                    }
                }
                return summaries
            })
        self.format = format
    }

    /// The summary of a file, when it still describes it.
    public func summary(for name: String, stamp: FileStamp, fileExists: (String) -> Bool) -> Summary? {
        guard let summary = summaries[name], summary.stamp == stamp,
            summary.checkedFiles.allSatisfy({ fileExists($0.key) == $0.value })
        else { return nil }
        return summary
    }

    /// Written atomically and privately; where it cannot be written, there is simply no cache.
    public func save(to url: URL) {
        guard let data = try? JSONEncoder().encode(self) else { return }
        guard (try? AtomicFile.ensurePrivateDirectory(url.deletingLastPathComponent())) != nil else { return }
        try? AtomicFile.write(data, to: url)
    }

    /// A short fingerprint of some bytes (FNV-1a, 64 bits), to key the cache on the catalog's content.
    public static func fingerprint(_ parts: [Data]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            hash ^= 0xff
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
