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
        guard let data = try? Data(contentsOf: url),
            let cache = try? JSONDecoder().decode(ListingCache.self, from: data),
            cache.format == formatVersion, cache.key == key
        else { return ListingCache(key: key) }
        return cache
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
